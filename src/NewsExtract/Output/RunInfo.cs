namespace NewsExtract.Output;

/// <summary>What the review workbook's Summary sheet tells about a run beyond its files: when, with what tool and which models.</summary>
/// <param name="Date">When the run started; written in UTC.</param>
/// <param name="Models">The model set's description, or <see cref="RulesOnly"/>.</param>
public sealed record RunInfo(DateTimeOffset Date, string ToolVersion, string Models)
{
    public const string RulesOnly = "rules only";
}
