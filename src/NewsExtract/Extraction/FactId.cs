using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Globalization;

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
        // Sized for the usual fact, so the text is not copied as it grows: ids are computed for every candidate, twice.
        var builder = new StringBuilder(256);
        Append(builder, "doc_id", fact.DocId);
        Append(builder, "fact_type", fact.FactType);
        foreach (var field in FactKeys.KeyFields(Normalize(fact.FactType)))
        {
            Append(builder, FactKeys.ColumnName(field), Value(fact, field));
        }

        var text = builder.ToString();
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)), hash);
            return Convert.ToHexStringLower(hash[..(Length / 2)]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The fact with its id filled in when it is blank; a fact that already has an id is returned as is.</summary>
    public static Fact EnsureId(Fact fact) =>
        string.IsNullOrWhiteSpace(fact.FactId) ? fact with { FactId = Compute(fact) } : fact;

    private static string Value(Fact fact, FactField field) => field switch
    {
        FactField.Subject => fact.Subject,
        FactField.Relation => fact.Relation,
        FactField.Object => fact.Object,
        FactField.Amount => fact.Amount?.ToString("R", CultureInfo.InvariantCulture) ?? "",
        FactField.Unit => fact.Unit,
        FactField.Date => fact.Date,
        FactField.Place => fact.Place,
        FactField.Modality => fact.Modality,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static string Normalize(string? value) => (value ?? "").Trim().ToLowerInvariant();

    // Length-prefixed so that "a|b" + "c" and "a" + "b|c" cannot collide. Normalized as Normalize does, without
    // making two strings of every value.
    private static void Append(StringBuilder builder, string name, string? value)
    {
        var trimmed = (value ?? "").AsSpan().Trim();
        builder.Append(name).Append(':').Append(trimmed.Length).Append(':');
        var lower = trimmed.Length <= 256 ? stackalloc char[trimmed.Length] : new char[trimmed.Length];
        trimmed.ToLowerInvariant(lower);
        builder.Append(lower).Append('\n');
    }
}
