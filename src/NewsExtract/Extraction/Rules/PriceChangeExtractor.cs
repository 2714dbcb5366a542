using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// price_change: a commodity's price rose or fell, by a percentage ("fell 12%") or a multiple ("tripled",
/// "surged nearly sixfold", "more than twice their earlier prices"). One row per commodity in the clause.
/// Needs a price context (the word price, a per-unit amount) so that export volumes are not read as prices.
/// </summary>
public sealed partial class PriceChangeExtractor : IFactExtractor
{
    private readonly ExtractionLexicons _lexicons;
    private readonly Regex _change;

    public PriceChangeExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _change = Patterns.Stems(lexicons.PriceChanges);
    }

    public string Name => "rule:price_change";

    [GeneratedRegex(@"\bpric(?:e|es|ed|ing)\b|\bvalue\b|\bquot(?:e|es|ed|ation)\b|\btrad(?:ing|ed)\s+at\b|\bcost", RegexOptions.IgnoreCase)]
    private static partial Regex PriceWord();

    [GeneratedRegex(@"\b(?<num>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty)[\s-]?(?:fold|times)\b|\b(?<word>twice|double|triple|treble)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Multiple();

    private static readonly Dictionary<string, double> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["twenty"] = 20, ["twice"] = 2, ["double"] = 2, ["triple"] = 3, ["treble"] = 3,
    };

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        foreach (var view in SentenceView.All(document))
        {
            var sentencePriced = PriceWord().IsMatch(view.Folded) || view.Of(EntityLabel.MONEY).Any(m => m.Normalized.Contains('/'));
            if (!sentencePriced)
                continue;
            foreach (var clause in Clauses.Split(view.Folded))
            {
                var text = view.Folded[clause.Start..clause.End];
                var commodities = CommoditySubjects.In(view, clause.Start, clause.End);
                if (commodities.Count == 0)
                    continue;
                if (Change(view, clause, text) is not { } change)
                    continue;
                var date = RuleFacts.DateIn(view, clause.Start, clause.End, last: true);
                foreach (var commodity in commodities.DistinctBy(c => c.Name))
                {
                    yield return RuleFacts.Create(view, FactTypes.PriceChange, Name, commodity.Name, change.Relation, "",
                        amount: change.Amount, unit: change.Unit, date: date, modality: _lexicons.ModalityOf(text), confidence: 0.7);
                }
            }
        }
    }

    private (string Relation, double Amount, string Unit)? Change(SentenceView view, Clause clause, string text)
    {
        var verb = _change.Match(text);
        string? relation = verb.Success ? Patterns.ValueOf(_lexicons.PriceChanges, verb.Value).Split('\t')[0] : null;
        var factor = verb.Success ? FactorOf(verb.Value) : null;

        var percent = view.Within(clause.Start, clause.End).FirstOrDefault(e => e.Label == EntityLabel.PERCENT
            && (!verb.Success || view.Rel(e) >= clause.Start + verb.Index));
        if (relation is not null && percent is not null && RuleFacts.Number(percent.Normalized) is { } pct)
            return (relation, pct, "%");
        if (relation is not null && factor is not null)
            return (relation, factor.Value, "x");

        var multiple = Multiple().Match(text);
        if (multiple.Success)
        {
            var key = multiple.Groups["num"].Success ? multiple.Groups["num"].Value : multiple.Groups["word"].Value;
            var amount = double.TryParse(key, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? n : Numbers.GetValueOrDefault(key);
            var direction = relation ?? (Regex.IsMatch(text, @"\b(?:lower|less|cheaper|below)\b", RegexOptions.IgnoreCase) ? "fell" : "rose");
            if (amount > 0)
                return (direction, amount, "x");
        }
        return null;
    }

    private double? FactorOf(string verb)
    {
        var entry = _lexicons.PriceChanges.Entries.Where(e => verb.StartsWith(e.Key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.Key.Length).FirstOrDefault();
        // The lexicon value is "direction" or "direction<TAB>factor"; Lexicon keeps everything after the first tab.
        var parts = (entry.Value ?? "").Split('\t');
        return parts.Length > 1 && double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : null;
    }
}
