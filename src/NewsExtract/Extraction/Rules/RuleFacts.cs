using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>Helpers shared by the rule extractors: building rows, modality, dates and places of a sentence.</summary>
public static partial class RuleFacts
{
    public const string Asserted = "asserted";
    public const string Possible = "possible";

    /// <remarks>The row's <c>FactId</c> is left blank: the <see cref="FactMerger"/> that every candidate goes through
    /// computes it once (the extractors' ids were computed and thrown away).</remarks>
    public static Fact Create(SentenceView view, string factType, string extractor, string subject, string relation, string obj,
        double? amount = null, string unit = "", string date = "", string place = "", string modality = Asserted, double confidence = 0.7) =>
        new(
            FactId: "",
            DocId: view.Document.DocId,
            FactType: factType,
            Subject: subject,
            Relation: relation,
            Object: obj,
            Amount: amount,
            Unit: unit,
            Date: date,
            Place: place,
            Modality: modality,
            Confidence: Math.Round(Math.Clamp(confidence, 0, 1), 2),
            Extractor: extractor,
            Evidence: view.Sentence.Text,
            Start: view.Sentence.Start,
            End: view.Sentence.End);

    /// <summary>DATEs with a value inside [from, to), without a dateline's filing date ("LONDON, May 2 (Agency) -"),
    /// which says when the story was written, not when anything happened.</summary>
    public static IReadOnlyList<Entity> DatesIn(SentenceView view, int from, int to)
    {
        var dates = view.Within(from, to).Where(e => e.Label == EntityLabel.DATE && e.Normalized.Length > 0).ToList();
        if (DatelineStart().IsMatch(view.Text))
            dates.RemoveAll(d => view.Rel(d) < 40 && DatelineDash().IsMatch(view.Text.AsSpan(view.RelEnd(d)..)));
        return dates;
    }

    /// <summary>Parses an entity's normalized money value ("610 USD/kg") into amount and unit.</summary>
    public static (double Amount, string Unit)? Money(Entity money)
    {
        var parts = money.Normalized.Split(' ', 2);
        return parts.Length == 2 && double.TryParse(parts[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var amount)
            ? (amount, parts[1])
            : null;
    }

    public static double? Number(string normalized) =>
        double.TryParse(normalized, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*[-–—]")]
    private static partial Regex DatelineDash();

    [GeneratedRegex(@"^\p{Lu}{3,}[\p{Lu}\s\-]*,")]
    private static partial Regex DatelineStart();
}
