using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// price_change: a commodity's price rose or fell, by a percentage ("fell 12%", "up 14%", "a rise of 9 percent") or
/// a multiple ("tripled", "climbed about fivefold", "roughly double its January level"); see <see cref="PriceMoves"/>.
/// Each movement belongs to the commodities named nearest before it in its clause (a list of them gives one row
/// each). Needs a price context (the word price, a per-unit amount) so that export volumes are not read as prices.
/// </summary>
public sealed partial class PriceChangeExtractor : IFactExtractor
{
    private readonly ExtractionLexicons _lexicons;
    private readonly PriceMoves _moves;

    public PriceChangeExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _moves = new PriceMoves(lexicons);
    }

    public string Name => "rule:price_change";

    [GeneratedRegex(@"\bpric(?:e|es|ed|ing)\b|\bvalue\b|\bquot(?:e|es|ed|ation)\b|\btrad(?:ing|ed)\s+at\b|\bcost|\bassessed\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceWord();

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        var views = SentenceView.All(document).ToList();
        foreach (var view in views)
        {
            if (!IsPriced(view))
                continue;
            var fallback = CommodityContext.Carried(view, views);
            foreach (var clause in Clauses.Split(view.Folded))
            {
                var moves = _moves.In(view, clause);
                if (moves.Count == 0)
                    continue;
                var text = view.Folded[clause.Start..clause.End];
                var date = CommodityContext.EndDate(view, clause);
                foreach (var move in moves)
                {
                    var commodities = CommodityContext.Of(view, clause, move.At) ?? fallback;
                    foreach (var name in commodities.Distinct())
                    {
                        yield return RuleFacts.Create(view, FactTypes.PriceChange, Name, name, move.Relation, "",
                            amount: move.Amount, unit: move.Unit, date: date, modality: _lexicons.ModalityOf(text), confidence: 0.7);
                    }
                }
            }
        }
    }

    /// <summary>A sentence about prices: a price word, an amount per unit, or a commodity read at a price anchor
    /// ("crude oil fell 6%", "soybean futures jumped").</summary>
    public static bool IsPriced(SentenceView view) =>
        PriceWord().IsMatch(view.Folded) || view.Of(EntityLabel.MONEY).Any(m => m.Normalized.Contains('/'))
        || CommodityPhrases.In(view).Count > 0;
}
