using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsExtract.Extraction;

/// <summary>The stable <c>fact_id</c>: the first 12 hex characters of SHA-256 over doc_id, fact_type and the type's key fields.</summary>
/// <remarks>
/// Text is lower-cased (invariant) and trimmed first, so the id survives case and spacing changes in the
/// extractor; amounts are written in their invariant round-trip form. Confidence, evidence and offsets are
/// not part of the id, so a fact re-read from another sentence keeps its id. Pure and thread-safe.
/// </remarks>
public static class FactId
{
    public const int Length = 12;

    public static string Compute(Fact fact)
    {
        // Ids are computed for every candidate, twice: the text is written into pooled buffers, not built as strings.
        var fields = FactKeys.KeyFields(Normalize(fact.FactType));
        // 32 chars hold any double in its round-trip form (at most 24).
        Span<char> amount = stackalloc char[32];
        var amountLength = fact.Amount is { } a && a.TryFormat(amount, out var written, "R", CultureInfo.InvariantCulture) ? written : 0;
        var capacity = Room("doc_id", fact.DocId) + Room("fact_type", fact.FactType);
        for (var k = 0; k < fields.Count; k++)
            capacity += Room(FactKeys.ColumnName(fields[k]), Value(fact, fields[k], amount[..amountLength]));

        var chars = ArrayPool<char>.Shared.Rent(capacity);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(capacity));
        try
        {
            var length = Append(chars, 0, "doc_id", fact.DocId);
            length = Append(chars, length, "fact_type", fact.FactType);
            for (var k = 0; k < fields.Count; k++)
                length = Append(chars, length, FactKeys.ColumnName(fields[k]), Value(fact, fields[k], amount[..amountLength]));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(chars.AsSpan(0, length), bytes)), hash);
            return Convert.ToHexStringLower(hash[..(Length / 2)]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The fact with its id filled in when it is blank; a fact that already has an id is returned as is.</summary>
    public static Fact EnsureId(Fact fact) =>
        string.IsNullOrWhiteSpace(fact.FactId) ? fact with { FactId = Compute(fact) } : fact;

    // A key field's value; the amount comes already formatted (Compute writes it on the stack).
    private static ReadOnlySpan<char> Value(Fact fact, FactField field, ReadOnlySpan<char> amount) => field switch
    {
        FactField.Subject => fact.Subject,
        FactField.Relation => fact.Relation,
        FactField.Object => fact.Object,
        FactField.Amount => amount,
        FactField.Unit => fact.Unit,
        FactField.Date => fact.Date,
        FactField.Place => fact.Place,
        FactField.Modality => fact.Modality,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static string Normalize(string? value) => (value ?? "").Trim().ToLowerInvariant();

    // Room for one entry: its name, two colons, the value's length (at most 10 digits), the value and a newline.
    private static int Room(string name, ReadOnlySpan<char> value) => name.Length + 13 + value.Length;

    // Length-prefixed so that "a|b" + "c" and "a" + "b|c" cannot collide. Normalized as Normalize does, without
    // making two strings of every value. Returns the new length of the text in chars.
    private static int Append(char[] chars, int at, string name, ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        name.CopyTo(chars.AsSpan(at));
        at += name.Length;
        chars[at++] = ':';
        trimmed.Length.TryFormat(chars.AsSpan(at), out var digits, default, CultureInfo.InvariantCulture);
        at += digits;
        chars[at++] = ':';
        at += trimmed.ToLowerInvariant(chars.AsSpan(at));
        chars[at++] = '\n';
        return at;
    }
}
