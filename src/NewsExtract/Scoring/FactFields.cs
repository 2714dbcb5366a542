using NewsExtract.Extraction;
using NewsExtract.Output;

namespace NewsExtract.Scoring;

/// <summary>The fields of a fact that scoring compares, for gold and predicted facts alike; evidence is kept for reports only.</summary>
public sealed record FactFields(
    string FactType,
    string Subject,
    string Relation,
    string Object,
    double? Amount,
    string Unit,
    string Date,
    string Place,
    string Modality,
    string Evidence = "")
{
    /// <summary>The modality a fact has when nothing says otherwise (FACT_SCHEMA.md section 3).</summary>
    public const string Asserted = "asserted";

    public static FactFields From(Fact fact) => new(
        fact.FactType, fact.Subject, fact.Relation, fact.Object, fact.Amount, fact.Unit, fact.Date, fact.Place,
        string.IsNullOrWhiteSpace(fact.Modality) ? Asserted : fact.Modality, fact.Evidence);

    /// <summary>The field as text; an amount in its invariant round-trip form.</summary>
    public string Get(FactField field) => field switch
    {
        FactField.Subject => Subject,
        FactField.Relation => Relation,
        FactField.Object => Object,
        FactField.Amount => InvariantFormat.Amount(Amount),
        FactField.Unit => Unit,
        FactField.Date => Date,
        FactField.Place => Place,
        FactField.Modality => Modality,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
