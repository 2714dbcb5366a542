namespace NewsExtract.Extraction;

/// <summary>One row of the fact table, with the columns of FACT_SCHEMA.md section 3 in order.</summary>
/// <remarks>Empty strings, not nulls, for blank text columns so that writers need no special cases.</remarks>
public sealed record Fact(
    string FactId,
    string DocId,
    string FactType,
    string Subject,
    string Relation,
    string Object,
    double? Amount,
    string Unit,
    string Date,
    string Place,
    string Modality,
    double Confidence,
    string Extractor,
    string Evidence,
    int Start,
    int End,
    string Verdict = "",
    string Note = "");
