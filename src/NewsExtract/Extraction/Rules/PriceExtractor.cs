using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// price: a commodity quoted at an amount per unit ("X was trading at USD 750 per kilogram", "X prices held at
/// $45/kg", "assessed X at ..."). Each money amount pairs with the nearest commodity before it (else after it).
/// The source is a named organization that reports or assesses the price, in this sentence or the one before.
/// </summary>
public sealed partial class PriceExtractor(ExtractionLexicons lexicons) : IFactExtractor
{
    public string Name => "rule:price";

    [GeneratedRegex(@"\b(?:price[sd]?|trad(?:ing|ed|es)|quoted|fetch(?:ed|ing)?|sold|selling|cost(?:s|ing)?|assessed|offered|bid|valued|stood|held|reaching|reached|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceCue();

    [GeneratedRegex(@"\b(?:by|of|up|down|gain(?:ed)?|los(?:t|s))\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeBefore();

    [GeneratedRegex(@"\b(?:report(?:s|ed)?|according|data|assess(?:ed|ment|es)?|quot(?:ed|es)|show(?:s|ed)?|survey|index|said|says|estimates?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceCue();

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        var views = SentenceView.All(document).ToList();
        foreach (var view in views)
        {
            var monies = view.Of(EntityLabel.MONEY).ToList();
            if (monies.Count == 0)
                continue;
            var commodities = CommoditySubjects.In(view, 0, view.Text.Length);
            if (commodities.Count == 0)
                continue;
            foreach (var money in monies)
            {
                if (RuleFacts.Money(money) is not { } value || MoneyRanges.IsHighEnd(view, money))
                    continue;
                var at = view.Rel(money);
                var perUnit = value.Unit.Contains('/');
                if (!perUnit && !PriceCue().IsMatch(view.Folded[..at]) || ChangeBefore().IsMatch(view.Folded[..at]))
                    continue;
                var commodity = commodities.Where(c => c.End <= at).LastOrDefault() ?? commodities.FirstOrDefault(c => c.Start >= view.RelEnd(money));
                if (commodity is null)
                    continue;
                var date = RuleFacts.DateIn(view, 0, view.Text.Length);
                var source = Source(view) ?? (view.Index > 0 ? Source(views[view.Index - 1]) : null) ?? "";
                yield return RuleFacts.Create(view, FactTypes.Price, Name, commodity.Name, "price", source,
                    amount: value.Amount, unit: value.Unit, date: date, modality: lexicons.ModalityOf(view.Folded),
                    confidence: perUnit ? 0.85 : 0.6);
            }
        }
    }

    private static string? Source(SentenceView view) =>
        SourceCue().IsMatch(view.Folded)
            ? view.Of(EntityLabel.ORG).Select(o => o.Normalized).FirstOrDefault()
            : null;
}
