using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// price: a commodity quoted at an amount per unit ("X was trading at USD 610 per kilogram", "X prices held at
/// $45/kg", "assessed X at ..."). Each money amount pairs with the commodity named nearest before it (else after it;
/// a sentence that names none continues the one commodity of the sentence before, "Prices in Rotterdam rose to
/// ..."). The source is a named organization that reports or assesses the price, in this sentence or the one before.
/// The high end of a range and a currency conversion in parentheses are the same price, not another one.
/// </summary>
public sealed partial class PriceExtractor(ExtractionLexicons lexicons) : IFactExtractor
{
    private readonly LexiconPattern _moneyNoun = Patterns.Words(lexicons.StatisticMoney);

    public string Name => "rule:price";

    [GeneratedRegex(@"\b(?:price[sd]?|trad(?:ing|ed|es)|quoted|fetch(?:ed|ing)?|sold|selling|cost(?:s|ing)?|assessed|offered|bid|valued|stood|held|reaching|reached|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceCue();

    // "up $12", "rose RM38 to RM4,326", "gave back $21", "+$38.20" (a signed change in a table row): an amount right
    // after a change is the change, not the price; "a price of $550" is the price.
    [GeneratedRegex(@"\b(?:by|(?<!\bprices?\s+)of|up|down|gain(?:ed|s)?|los(?:t|s)|rose|rises|fell|falls|added|adds|adding|shed|sheds|shedding|losing|gaining|dropping|dropped|slipped|climbed|jumped|eased|declined|advanced|lifted|gave\s+back)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|another\s+|a\s+further\s+)?$|\+\s*$|(?:^|[\s|(])[-−]$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeBefore();

    // "$12 lower on the week", "$15/t higher than": an amount a comparison follows is a difference, not a price.
    [GeneratedRegex(@"^\s*(?:higher|lower|up|down|cheaper|dearer|more|less)\s+(?:on|than|from|over|in|week|day|month|year|w/w|m/m|y/y)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeAfter();

    // "settled at $528/t, $22/t below October": after a price, an amount above or below a time is a difference.
    [GeneratedRegex(@"^\s*(?:below|above|under|over)\s+(?!(?:about|around|some)?\s*[$€£¥\d])", RegexOptions.IgnoreCase)]
    private static partial Regex DifferenceAfter();

    [GeneratedRegex(@"\b(?:report(?:s|ed)?|according|data|assess(?:ed|ment|es)?|quot(?:ed|es)|show(?:s|ed)?|survey|index|said|says|estimates?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceCue();

    // "narrowing the spread between the two grades to $94 a tonne": a difference of two prices (a statistic), not one.
    [GeneratedRegex(@"\bspreads?\b[^,;$€£¥\d]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex SpreadBefore();

    [GeneratedRegex(@"[;]|,\s*(?:while|whereas|but)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\s*(?:for|of|on)\s+(?:the\s+|its\s+|all\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ForGood();

    // Amounts written with a scale word are company and state money, not a commodity's unit price.
    [GeneratedRegex(@"(?:million|billion|trillion|\d(?:bn|mn|m|tn|b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Scaled();

    public IEnumerable<Fact> Extract(DocumentLookups document, CancellationToken cancellationToken = default)
    {
        var views = document.Sentences;
        var main = new Lazy<string?>(() => CommodityContext.Main(views));
        foreach (var view in views)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var monies = view.Of(EntityLabel.MONEY).ToList();
            if (monies.Count == 0)
                continue;
            var commodities = CommoditySubjects.Priced(view);
            var carried = CommodityContext.Carried(view, views);
            // What does not depend on the amount is read once a sentence: once an amount, a sentence of amounts cost
            // the square of its length.
            var cueEnd = PriceCue().Match(view.Folded) is { Success: true } cue ? cue.Index + cue.Length : int.MaxValue;
            var moneyNoun = new Lazy<bool>(() => _moneyNoun.IsMatch(view.Folded));
            var modality = new Lazy<string>(() => lexicons.ModalityOf(view.Folded));
            var source = new Lazy<string>(() => Source(view) ?? (view.Index > 0 ? Source(views[view.Index - 1]) : null) ?? "");
            foreach (var money in monies)
            {
                if (RuleFacts.Money(money) is not { } value || MoneyRanges.IsHighEnd(view, money) || IsConversion(view, money))
                    continue;
                // "its export duty on kelp meal at 240 soles a tonne": a charge per unit is a statistic.
                if (value.Unit.Contains('/') && StatisticExtractor.IsCharge(view, money) || PriceCaps.IsCapLevel(view, view.Rel(money)))
                    continue;
                var at = view.Rel(money);
                var unit = value.Unit;
                var confidence = 0.85;
                // "$52.80 a barrel ..., while Brent traded at $66.20": the bare amount is per barrel too.
                if (MoneyRanges.UnitCarried(view, money, unit) is { } carriedUnit)
                    (unit, confidence) = (carriedUnit, 0.55);
                else if (!unit.Contains('/'))
                    confidence = 0.6;
                if (!unit.Contains('/') && (!HasCueBefore(view.Folded, at, cueEnd) || Scaled().IsMatch(money.Text) || moneyNoun.Value)
                    || ChangeBefore().IsMatch(WordScanner.LastChunks(view.Folded, 0, at, 4))
                    || ChangeAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(money)..))
                    || SpreadBefore().IsMatch(view.Folded.AsSpan(Math.Max(0, at - 80)..at))
                    || view.Monies.Before(money) is not null && DifferenceAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(money)..)))
                    continue;
                // After the amount only within its clause: "X were fixed at $38,000 a day, while Y rates slipped to ..."
                // prices X, not Y.
                // "$1,655 an ounce for platinum, $1,318 for palladium", "$40 for a tonne of scrap": the good the amount is
                // for comes first.
                var commodity = commodities.FirstOrDefault(c => c.Start >= view.RelEnd(money) && ForGood().IsMatch(view.Folded.AsSpan(view.RelEnd(money)..c.Start)))?.Name
                    ?? commodities.Where(c => c.End <= at).LastOrDefault()?.Name
                    ?? commodities.FirstOrDefault(c => c.Start >= view.RelEnd(money)
                        && !ClauseBreak().IsMatch(view.Folded.AsSpan(view.RelEnd(money)..c.Start)))?.Name;
                if (commodity is null && carried.FirstOrDefault() is { } previous)
                    (commodity, confidence) = (previous, confidence - 0.1);
                // "Spot is around $78.50 per pound": a per-unit price that names nothing is the article's main commodity.
                if (commodity is null && unit.Contains('/') && main.Value is { } article)
                    (commodity, confidence) = (article, 0.35);
                if (commodity is null)
                    continue;
                var date = CommodityContext.AsOf(view, at);
                yield return RuleFacts.Create(view, FactTypes.Price, Name, commodity, "price", source.Value,
                    amount: value.Amount, unit: unit, date: date, modality: modality.Value,
                    confidence: confidence);
            }
        }
    }

    /// <summary>Whether a price cue ends by <paramref name="at"/>: the sentence's first cue does (<paramref name="cueEnd"/>),
    /// or one ends right at it, in the chunk before, where the word boundary after it is the end of the text.</summary>
    private static bool HasCueBefore(string folded, int at, int cueEnd) =>
        cueEnd <= at || PriceCue().IsMatch(WordScanner.LastChunks(folded, 0, at, 1));

    /// <summary>"91,500 yuan ($12,700) a tonne": the amount in parentheses right after another amount.</summary>
    private static bool IsConversion(SentenceView view, Entity money)
    {
        var previous = view.Monies.Before(money);
        return previous is not null && view.Folded[view.RelEnd(previous)..view.Rel(money)].Trim() == "(";
    }

    private static string? Source(SentenceView view) =>
        SourceCue().IsMatch(view.Folded)
            ? view.Of(EntityLabel.ORG).Select(o => o.Normalized).FirstOrDefault()
            : null;
}
