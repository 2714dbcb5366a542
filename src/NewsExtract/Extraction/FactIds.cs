using System.Security.Cryptography;
using System.Text;

namespace NewsExtract.Extraction;

/// <summary>Stable fact ids: the first 12 hex digits of SHA-256 over doc_id, fact_type and the key fields.</summary>
public static class FactIds
{
    public static string Compute(Fact fact)
    {
        var input = string.Join('\u001E', fact.DocId, fact.FactType, FactKeys.KeyOf(fact));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(input));
        return Convert.ToHexStringLower(hash)[..12];
    }

    public static Fact WithId(Fact fact) => fact with { FactId = Compute(fact) };
}
