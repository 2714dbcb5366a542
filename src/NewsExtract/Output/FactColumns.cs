namespace NewsExtract.Output;

/// <summary>Column names of the fact and entity tables (FACT_SCHEMA.md sections 3 and 3b), in file order.</summary>
public static class FactColumns
{
    public static readonly IReadOnlyList<string> Facts =
    [
        "fact_id", "doc_id", "fact_type", "subject", "relation", "object", "amount", "unit", "date", "place",
        "modality", "confidence", "extractor", "evidence", "start", "end", "verdict", "note",
    ];

    public static readonly IReadOnlyList<string> Entities = ["doc_id", "label", "text", "normalized", "start", "end"];
}
