namespace NewsExtract.Extraction;

/// <summary>The seven fact types of FACT_SCHEMA.md section 3.</summary>
public static class FactTypes
{
    public const string ExportControl = "export_control";
    public const string Price = "price";
    public const string PriceChange = "price_change";
    public const string OfficialRole = "official_role";
    public const string Meeting = "meeting";
    public const string Statistic = "statistic";
    public const string Quote = "quote";

    public static readonly IReadOnlyList<string> All =
        [ExportControl, Price, PriceChange, OfficialRole, Meeting, Statistic, Quote];
}
