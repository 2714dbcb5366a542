
namespace NewsExtract.Extraction;

/// <summary>The fact columns that carry meaning, as opposed to provenance (confidence, evidence...).</summary>
public enum FactField { Subject, Relation, Object, Amount, Unit, Date, Place, Modality }

/// <summary>Key fields and attribute fields per fact type (FACT_SCHEMA.md sections 3 and 5).</summary>
/// <remarks>
/// Key fields decide whether two facts are the same fact; they feed <see cref="Output.FactId"/> and the
/// matcher. Attribute fields are the non-key fields the schema defines for the type (date, modality, place);
/// they are scored as accuracy over matched pairs.
/// </remarks>
public static class FactKeys
{
    private static readonly IReadOnlyList<FactField> AllMeaningful =
        [FactField.Subject, FactField.Relation, FactField.Object, FactField.Amount, FactField.Unit, FactField.Date, FactField.Place];

    // Built once (read-only lists): a fact's id asks for its type's keys, and every candidate's id is computed.
    private static readonly IReadOnlyList<FactField> ExportControlKeys = [FactField.Subject, FactField.Relation, FactField.Object, FactField.Place];
    private static readonly IReadOnlyList<FactField> AmountKeys = [FactField.Subject, FactField.Amount, FactField.Unit];
    private static readonly IReadOnlyList<FactField> PriceChangeKeys = [FactField.Subject, FactField.Relation, FactField.Amount, FactField.Unit];
    private static readonly IReadOnlyList<FactField> SubjectObjectKeys = [FactField.Subject, FactField.Object];
    private static readonly IReadOnlyList<FactField> MeetingKeys = [FactField.Place, FactField.Date];

    public static IReadOnlyList<FactField> KeyFields(string factType) => factType switch
    {
        FactTypes.ExportControl => ExportControlKeys,
        FactTypes.Price or FactTypes.Statistic => AmountKeys,
        FactTypes.PriceChange => PriceChangeKeys,
        FactTypes.OfficialRole or FactTypes.Quote => SubjectObjectKeys,
        FactTypes.Meeting => MeetingKeys,
        // An unknown type has no agreed key: every meaningful field is part of its identity.
        _ => AllMeaningful,
    };

    /// <summary>Non-key fields scored as attribute accuracy: date and place only where the type defines them.</summary>
    public static IReadOnlyList<FactField> AttributeFields(string factType) => factType switch
    {
        FactTypes.ExportControl or FactTypes.Price or FactTypes.PriceChange => [FactField.Date, FactField.Modality],
        FactTypes.OfficialRole => [FactField.Place, FactField.Modality],
        _ => [FactField.Modality],
    };

    public static string ColumnName(FactField field) => field switch
    {
        FactField.Subject => "subject",
        FactField.Relation => "relation",
        FactField.Object => "object",
        FactField.Amount => "amount",
        FactField.Unit => "unit",
        FactField.Date => "date",
        FactField.Place => "place",
        FactField.Modality => "modality",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
