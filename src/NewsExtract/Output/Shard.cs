using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsExtract.Ingestion;

namespace NewsExtract.Output;

/// <summary>One of <see cref="Count"/> parts of a batch (<c>--shard K/N</c>, <see cref="Number"/> 1-based): the files whose doc_id hashes to it.</summary>
/// <remarks>
/// The hash is the first 8 bytes of SHA-256 over the lower-cased doc_id, big-endian, mod N: the same on every machine
/// and process (never <see cref="string.GetHashCode()"/>, which is randomized per process). A file's companions
/// (<c>x.gold.json</c>, <c>x.meta.json</c>) go with its article, and doc_ids that differ only in case land in one shard,
/// so the duplicate-doc_id check (case-insensitive) sees the same files as a single run. Immutable and thread-safe.
/// </remarks>
public sealed record Shard
{
    /// <summary>The skip reason of a file another shard owns; <c>merge</c> recognises such entries by it.</summary>
    public const string OtherShardReason = "in another shard";

    public Shard(int number, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, count);
        Number = number;
        Count = count;
    }

    public int Number { get; }

    public int Count { get; }

    /// <summary>Parses <c>K/N</c> with 1 &lt;= K &lt;= N; null and why not otherwise.</summary>
    public static (Shard? Shard, string? Error) Parse(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return (null, $"'{text}' is not K/N (two whole numbers, e.g. 2/8)");
        }

        return count >= 1 && number >= 1 && number <= count
            ? (new Shard(number, count), null)
            : (null, $"'{text}' needs 1 <= K <= N");
    }

    /// <summary>The 1-based shard that owns <paramref name="docId"/> among <paramref name="count"/>.</summary>
    public static int Of(string docId, int count)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(docId.ToLowerInvariant()));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    public bool Owns(string docId) => Of(docId, Count) == Number;

    /// <summary><see cref="OtherShardReason"/> for an input file another shard reads, null for one of this shard's.</summary>
    public string? SkipReason(string path) =>
        Owns(InputFolder.Classify(Path.GetFileName(path)).DocId) ? null : OtherShardReason;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Count}");
}
