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
    private readonly MeasuredQuantity _measured;

    public PriceChangeExtractor(ExtractionLexicons lexicons) : this(lexicons, MoveReaders.Of(lexicons))
    {
    }

    /// <param name="readers">The movement readers, built once for this extractor and the statistic one.</param>
    public PriceChangeExtractor(ExtractionLexicons lexicons, MoveReaders readers)
    {
        _lexicons = lexicons;
        _moves = readers.Moves;
        _measured = readers.Measured;
    }

    public string Name => "rule:price_change";

    [GeneratedRegex(@"\bpric(?:e|es|ed|ing)\b|\bvalue\b|\bquot(?:e|es|ed|ation)\b|\btrad(?:ing|ed)\s+at\b|\bcost|\bassessed\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceWord();

    // "It has gained 9%", "The benchmark has fallen 14%": a sentence that goes on about the commodity before it.
    [GeneratedRegex(@"^\W*(?:it|its\s+price|prices|spot|the\s+(?:benchmark|contract|index|metal|grade|commodity|market))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoesOn();

    // "a 4% gain for aluminium": the commodity comes after the movement.
    [GeneratedRegex(@"^\W*(?:[a-z-]+\s+)?(?:gain|rise|fall|drop|increase|decline|jump|slide|loss|advance)s?\s+(?:for|in)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex MoveFor();

    // Amounts of goods, not their price: "shipments of graphite fell 30%"; nor rates on them ("the royalty on manganese
    // ore would rise to 8%").
    [GeneratedRegex(@"\b(?:shipments?|exports?|imports?|output|production|sales|volumes?|demand|supply|supplies|capacity|inventor(?:y|ies)|stocks|stockpiles?|storage|reserves|deliveries|consumption|purchases|area|quotas?|margins?|sold|shipped|exported|imported|produced|mined|dut(?:y|ies)|tariffs?|royalt(?:y|ies)|lev(?:y|ies)|tax(?:es)?|rates?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    public IEnumerable<Fact> Extract(DocumentLookups document, CancellationToken cancellationToken = default)
    {
        var views = document.Sentences;
        foreach (var view in views)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The moves first: most sentences have none, and what the commodity lookups below cost is spared them.
            var moving = Moving(view);
            if (moving.Count == 0)
                continue;
            var fallback = CommodityContext.Carried(view, views);
            // Without a price word, a commodity that moved ("Copper has outperformed, rising 11%", "Cobalt is up 40%")
            // is a price move in trade news; loose: one that goes on about the commodity of the sentence before ("It
            // has gained 9%").
            var confidence = IsPriced(view) ? 0.7
                : CommodityMoved(view) ? 0.55
                : fallback.Count > 0 && GoesOn().IsMatch(view.Folded) ? 0.4
                : 0;
            if (confidence == 0)
                continue;
            var all = CommoditySubjects.Priced(view);
            foreach (var (clause, moves) in moving)
            {
                var text = view.Folded[clause.Start..clause.End];
                var date = CommodityContext.EndDate(view, clause);
                foreach (var move in moves)
                {
                    if (TotalMoved(view, clause, move))
                        continue;
                    // "Imports of finished steel rose 14%": an amount grew, not a price (a statistic).
                    if (_measured.Before(view, clause, move.At) is not null || ChargeMoved(view, clause, move) || VolumeMoved(view, move))
                        continue;
                    var commodities = CommodityContext.Of(view, clause, move.At) ?? fallback;
                    var rowConfidence = confidence;
                    if (move.Percent is { } percent)
                    {
                        var after = all.FirstOrDefault(c => c.Start >= view.RelEnd(percent) && c.End <= clause.End
                            && MoveFor().IsMatch(view.Folded.AsSpan(view.RelEnd(percent)..c.Start)));
                        if (after is not null)
                            (commodities, rowConfidence) = ([after.Name], confidence - 0.05);
                    }
                    foreach (var name in commodities.Distinct())
                    {
                        yield return RuleFacts.Create(view, FactTypes.PriceChange, Name, name, move.Relation, "",
                            amount: move.Amount, unit: move.Unit, date: date, modality: _lexicons.ModalityOf(text), confidence: rowConfidence);
                    }
                }
            }
        }
    }

    /// <summary>"Pulp: 5.06 million tonnes shipped, up 8.3%", "Plywood: 588,000 m³, down 17%": a move after an amount of
    /// goods, with no amount of money before it in the sentence, is the amount's (a statistic), not a price's.</summary>
    private static bool VolumeMoved(SentenceView view, PriceMove move)
    {
        if (!VolumeBefore().IsMatch(view.Folded.AsSpan(..move.At)))
            return false;
        foreach (var money in view.Of(EntityLabel.MONEY))
        {
            if (view.Rel(money) < move.At)
                return false;
        }
        return true;
    }

    // An amount of goods in weight, volume or pieces, and a few words with no figure after it, right before the move.
    [GeneratedRegex(@"\d[\d.,]*\s*(?:(?:million|billion|thousand|mn|bn|m|k)\s+)?(?:tonnes|tons|t|mt|kt|m³|m3|cubic\s+met(?:re|er)s|barrels|bbl|bales|bags|head|containers|teu|units|vehicles|cars)(?![\p{L}\p{N}])[^\d$€£¥%]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex VolumeBefore();

    /// <summary>A state's charge that moved by a verb ("halved its cess on tea", "the port fee was doubled"): a rate
    /// the state sets (a statistic when it is told), not a price the market made.</summary>
    private static bool ChargeMoved(SentenceView view, Clause clause, PriceMove move) =>
        move.Percent is null
        && (ChargeObject().IsMatch(view.Folded.AsSpan(move.At..clause.End))
            || ChargeSubject().IsMatch(view.Folded.AsSpan(Math.Max(clause.Start, move.At - 80)..move.At)));

    private const string ChargeWords = @"(?:" + StatisticExtractor.TaxWords + @"|fees?|surcharges?|charges?)";

    // The verb's object, a few words that no preposition breaks: "halved its cess", not "up a fifth since the duties".
    [GeneratedRegex(@"^[a-z]+\s+(?:(?:its|the|their|a|an|this|that)\s+)?(?:(?!(?:since|from|to|after|before|as|when|while|by|on|in|at|of|for|and|but)\b)[\w-]+\s+){0,2}?" + ChargeWords + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeObject();

    [GeneratedRegex(@"\b" + ChargeWords + @"\s+(?:(?:on|for)\s+(?:[\w-]+\s+){1,3}?)?(?:(?:was|were|is|are|be|been|has|have|had|will|would|could|to)\s+){1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeSubject();

    /// <summary>"- Gold: $1,387.9m, up 37.1%", "| Silver | $6.1m | $9.0m | +47.5% |": a clause whose only amounts are
    /// totals of a million or more, none per unit, moves a value (a statistic), not a price. A total told after the move
    /// in a statement of its own ("Kelp prices rose 12%, and imports totaled $4.2 billion") is no part of it.</summary>
    private static bool TotalMoved(SentenceView view, Clause clause, PriceMove move)
    {
        var any = false;
        foreach (var money in view.Within(clause.Start, clause.End))
        {
            if (money.Label != EntityLabel.MONEY)
                continue;
            if (view.Rel(money) > move.At && NextStatement().IsMatch(view.Folded.AsSpan(move.At..view.Rel(money))))
                continue;
            if (money.Normalized.Contains('/') || RuleFacts.Money(money) is not { Amount: >= 1_000_000 })
                return false;
            any = true;
        }
        return any;
    }

    // ", and", ", while", ", with": what follows is told of something else.
    [GeneratedRegex(@",\s+(?:and|while|with|whereas|as)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NextStatement();

    /// <summary>The clauses of <paramref name="view"/> that hold a move, with their moves.</summary>
    private List<(Clause Clause, IReadOnlyList<PriceMove> Moves)> Moving(SentenceView view)
    {
        var moving = new List<(Clause, IReadOnlyList<PriceMove>)>();
        foreach (var clause in view.Clauses)
        {
            if (_moves.In(view, clause) is { Count: > 0 } moves)
                moving.Add((clause, moves));
        }
        return moving;
    }

    /// <summary>A sentence about a price, told with a price word or by the commodity that moved ("Cobalt is up 40%"),
    /// not by an amount or a rate of it.</summary>
    public static bool IsAboutPrice(SentenceView view) => IsPriced(view) || CommodityMoved(view);

    private static bool CommodityMoved(SentenceView view) =>
        CommoditySubjects.Priced(view).Count > 0 && !Quantity().IsMatch(view.Folded) && !ShareOfWhole().IsMatch(view.Folded);

    // "Congo mines around three-quarters of the world's cobalt": a share of a whole, not a move.
    [GeneratedRegex(@"\bof\s+(?:the\s+)?(?:world['’]s|world|global|total|all)\b|\b(?:mines|refines|supplie[sd]|produces|uses|used)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOfWhole();

    /// <summary>A sentence about prices: a price word, an amount per unit, or a commodity read at a price anchor
    /// ("crude oil fell 6%", "soybean futures jumped").</summary>
    public static bool IsPriced(SentenceView view) =>
        PriceWord().IsMatch(view.Folded) || view.Of(EntityLabel.MONEY).Any(m => m.Normalized.Contains('/'))
        || CommodityPhrases.In(view).Count > 0;
}
