namespace NewsExtract.Extraction;

/// <summary>The key fields of each fact type (FACT_SCHEMA.md section 3): what makes two rows the same fact.</summary>
public static class FactKeys
{
    public static IReadOnlyList<string> For(string factType) => factType switch
    {
        FactTypes.ExportControl => ["subject", "relation", "object", "place"],
        FactTypes.Price => ["subject", "amount", "unit"],
        FactTypes.PriceChange => ["subject", "relation", "amount", "unit"],
        FactTypes.OfficialRole => ["subject", "object"],
        FactTypes.Meeting => ["place", "date"],
        FactTypes.Statistic => ["subject", "amount", "unit"],
        FactTypes.Quote => ["subject", "object"],
        _ => throw new ArgumentOutOfRangeException(nameof(factType), factType, "Unknown fact type."),
    };

    public static string Field(Fact fact, string name) => name switch
    {
        "subject" => fact.Subject,
        "relation" => fact.Relation,
        "object" => fact.Object,
        "amount" => fact.Amount?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        "unit" => fact.Unit,
        "date" => fact.Date,
        "place" => fact.Place,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown fact field."),
    };

    /// <summary>Lower-cased, trimmed key values joined with a separator: equal for rows that state the same fact.</summary>
    public static string KeyOf(Fact fact) =>
        string.Join('\u001F', For(fact.FactType).Select(f => Field(fact, f).Trim().ToLowerInvariant()));
}
