using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// statistic: a percentage, multiple or money figure about a country or organization that is not a commodity
/// price ("nearly 60% of global refining comes from X", "X imports 45% of its ...", "Y reported revenue of
/// $60 million"). The relation is the measured thing in a few words, read from the words around the figure.
/// </summary>
public sealed partial class StatisticExtractor : IFactExtractor
{
    private readonly ExtractionLexicons _lexicons;
    private readonly LexiconPattern _moneyNoun;
    private readonly PriceMoves _moves;
    private readonly StatisticSubjects _subjects;

    public StatisticExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _moneyNoun = Patterns.Words(lexicons.StatisticMoney);
        _moves = new PriceMoves(lexicons);
        _subjects = new StatisticSubjects(lexicons);
    }

    // "99.99% min", "94 percent carbon content", "purity of 99.5%": a grade of a product, not a statistic.
    // "5% broken rice", "12.5% protein", "6% lithium oxide content": a quality of the product.
    [GeneratedRegex(@"^\s*(?:[a-z]+\s+){0,2}(?:content|purity|pure|grade|min|minimum|broken|protein|moisture)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GradeAfter();

    // "(44% Mn, CIF ...)", "(97% CaF2)": a chemical formula right after the figure.
    [GeneratedRegex(@"^\s*[A-Z][a-z]?(?:[A-Z][a-z]?|\d)*\s*[,)]")]
    private static partial Regex FormulaAfter();

    // "$4.62 per lb", "$372 a tonne": a price per unit in the clause makes its percentages price moves more often than statistics.
    [GeneratedRegex(@"\b(?:per|a|an)\s+(?:metric\s+)?(?:tonne|ton|t|lb|pound|kg|kilogram|barrel|ounce|oz|bushel|mmbtu)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnit();

    [GeneratedRegex(@"\b(?:purity|grade)\s+(?:of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GradeBefore();

    public string Name => "rule:statistic";

    [GeneratedRegex(@"^\s*(?:of\s+)?(?<phrase>(?:(?!\b(?:comes?|came|is|are|was|were|from|to|in|by|despite|which|that|according|as|and|while|but|since|with|for|than|on|at)\b)[\p{L}\-’']+\s*){1,7})", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseAfter();

    [GeneratedRegex(@"^(?:its|their|the|a|an|his|her|our|global|total)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"\b(?<verb>[a-z]+)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|some\s+|roughly\s+|up\s+to\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBefore();

    public IEnumerable<Fact> Extract(DocumentLookups document, CancellationToken cancellationToken = default)
    {
        var views = document.Sentences;
        foreach (var view in views)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A price move belongs to price_change when the sentence is about a commodity's price. Asked only of a
            // sentence with a figure: the commodity lookups it takes are the costly part, and most sentences have none.
            bool? pricedSentence = null;
            bool Priced() => pricedSentence ??= PriceChangeExtractor.IsPriced(view)
                && (CommoditySubjects.Priced(view).Count > 0 || CommodityContext.Carried(view, views).Count > 0);
            foreach (var clause in view.Clauses)
            {
                var text = view.Folded[clause.Start..clause.End];
                var perUnit = view.Within(clause.Start, clause.End).Any(e => e.Label == EntityLabel.MONEY && (RuleFacts.Money(e)?.Unit.Contains('/') ?? false))
                    || PerUnit().IsMatch(text);
                // Read once for every figure of the clause, and only for a clause with one.
                HashSet<Entity>? moves = null;
                StatisticSubjects.InClause? subjects = null;
                string? modality = null;
                bool? moneyNoun = null;
                foreach (var (figure, value, looseness) in Figures(view, clause, Priced))
                {
                    moves ??= Priced() ? _moves.In(view, clause).Select(m => m.Percent).OfType<Entity>().ToHashSet() : [];
                    if (moves.Contains(figure) || IsGrade(view, figure)
                        || figure.Label == EntityLabel.MONEY && (MoneyRanges.IsHighEnd(view, figure) || MoneyRanges.IsPriceStep(view, figure)))
                        continue;
                    if (figure.Label == EntityLabel.MONEY && (value.Unit.Contains('/') || !(moneyNoun ??= _moneyNoun.IsMatch(text))))
                        continue;
                    // A percentage beside a price per unit (not a share "of" something): loose, for the model to judge.
                    var demote = figure.Label == EntityLabel.PERCENT && perUnit && !OfAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(figure)..)) ? 0.2 : 0;
                    subjects ??= _subjects.In(view, views, clause);
                    string? relation = null;
                    foreach (var (subject, confidence) in subjects.Candidates(figure))
                    {
                        relation ??= Relation(view, clause, figure);
                        // A relation that only repeats the subject says nothing.
                        if (relation.Length == 0 || relation.Equals(subject, StringComparison.OrdinalIgnoreCase))
                            continue;
                        yield return RuleFacts.Create(view, FactTypes.Statistic, Name, subject, relation, "",
                            amount: value.Amount, unit: value.Unit, modality: modality ??= _lexicons.ModalityOf(text), confidence: confidence - looseness - demote);
                    }
                }
            }
        }
    }

    // "three times the buffer norm", "5.9 times earnings", "twice what they were", "triple the normal volume".
    [GeneratedRegex(@"\b(?:(?<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times|(?<w>twice|double|triple|quadruple))\b(?!\s+(?:a|per|each|every)\b)", RegexOptions.IgnoreCase)]
    internal static partial Regex Multiple();

    // "a third of its sugar", "roughly half of global consumption", "by a quarter": a fraction as a percentage.
    [GeneratedRegex(@"(?<!\b(?:first|second|the|and\s+a|and)\s+)\b(?:(?:a|one)\s+(?<f>third|quarter|fifth|tenth)|(?<f>half|two-thirds|three-quarters))\s+of\b|\bby\s+(?:a|one)\s+(?<f>half|third|quarter|fifth|tenth)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Fraction();

    /// <summary>One of these is in every match of <see cref="Multiple"/> or <see cref="Fraction"/> ("two-thirds" holds
    /// "third"): one vectorized search for them passes over most clauses, where each pattern is tried at many places
    /// (the fraction's leading lookbehind hides its words from the regex engine's own search).</summary>
    private static readonly SearchValues<string> FigureWords = SearchValues.Create(
        ["times", "twice", "double", "triple", "quadruple", "third", "quarter", "fifth", "tenth", "half"], StringComparison.OrdinalIgnoreCase);

    /// <summary>False when neither <see cref="Multiple"/> nor <see cref="Fraction"/> can match in <paramref name="text"/>.</summary>
    internal static bool MayHoldFigureInWords(ReadOnlySpan<char> text) => text.ContainsAny(FigureWords);

    private static readonly Dictionary<string, double> Factors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["twice"] = 2, ["double"] = 2, ["triple"] = 3, ["quadruple"] = 4,
        ["half"] = 50, ["third"] = 33.3, ["quarter"] = 25, ["fifth"] = 20, ["tenth"] = 10, ["two-thirds"] = 66.7, ["three-quarters"] = 75,
    };

    /// <summary>The figures of a clause: its percentages and money amounts, then multiples and fractions written
    /// in words (which a price move already claims when the sentence is about a commodity's price). Figures read
    /// from words carry a looseness taken off the confidence.</summary>
    private static IEnumerable<(Entity Figure, (double Amount, string Unit) Value, double Looseness)> Figures(SentenceView view, Clause clause, Func<bool> priced)
    {
        var entities = view.Within(clause.Start, clause.End).Where(e => e.Label is EntityLabel.PERCENT or EntityLabel.MONEY or EntityLabel.DATE).ToList();
        foreach (var figure in entities.Where(e => e.Label != EntityLabel.DATE))
        {
            (double Amount, string Unit)? value = figure.Label == EntityLabel.PERCENT
                ? RuleFacts.Number(figure.Normalized) is { } p ? (p, "%") : null
                : RuleFacts.Money(figure);
            if (value is not null)
                yield return (figure, value.Value, 0);
        }
        if (!MayHoldFigureInWords(view.Folded.AsSpan(clause.Start, clause.End - clause.Start)))
            yield break;
        var text = view.Folded[clause.Start..clause.End];
        foreach (var (match, unit, looseness) in Multiple().Matches(text).Select(m => (m, "x", 0.04)).Concat(Fraction().Matches(text).Select(m => (m, "%", 0.06))))
        {
            var word = unit == "x" ? (match.Groups["n"].Success ? match.Groups["n"].Value : match.Groups["w"].Value) : match.Groups["f"].Value;
            double? amount = Factors.TryGetValue(word, out var f) ? f
                : double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
            var start = view.Sentence.Start + clause.Start + match.Index;
            var synthetic = new Entity(EntityLabel.PERCENT, view.Text.Substring(clause.Start + match.Index, match.Length), start, start + match.Length, "", "rule:statistic");
            if (amount is null || entities.Any(e => e.Overlaps(synthetic)))
                continue;
            // Asked at the first figure in words, not before: most clauses have none.
            if (priced())
                yield break;
            yield return (synthetic, (amount.Value, unit), looseness);
        }
    }

    private static bool IsGrade(SentenceView view, Entity figure) =>
        figure.Label == EntityLabel.PERCENT
        && (GradeAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(figure)..)) || FormulaAfter().IsMatch(view.Text.AsSpan(view.RelEnd(figure)..)) || GradeBefore().IsMatch(WordScanner.LastChunks(view.Folded, 0, view.Rel(figure), 3)));

    /// <summary>What is measured: the verb before the figure and the noun phrase after it ("imports ... rare earths").</summary>
    private static string Relation(SentenceView view, Clause clause, Entity figure)
    {
        var end = view.RelEnd(figure);
        var phrase = PhraseAfter().Match(view.Folded, end, clause.End - end) is { Success: true } m ? m.Groups["phrase"].Value.Trim() : "";
        phrase = Determiner().Replace(Determiner().Replace(phrase, ""), "");
        var at = view.Rel(figure);
        var verbFrom = WordScanner.StartOfChunks(view.Folded, clause.Start, at, VerbChunks);
        var verb = VerbBefore().Match(view.Folded, verbFrom, at - verbFrom) is { Success: true } v ? v.Groups["verb"].Value : "";
        var parts = new List<string>();
        if (verb.Length > 2 && verb is not ("the" or "and" or "with" or "from" or "than" or "about" or "that" or "for" or "was" or "were" or "are" or "is" or "has" or "had" or "have" or "its" or "their" or "over"))
            parts.Add(verb);
        if (phrase.Length > 0)
            parts.Add(phrase);
        else
        {
            // "the price of", "a discount to": two nouns, a preposition and a hedge at most.
            var nounFrom = WordScanner.StartOfChunks(view.Folded, clause.Start, at, 6);
            if (NounBeforePreposition().Match(view.Folded, nounFrom, at - nounFrom) is { Success: true } n)
                parts.Add(n.Groups["noun"].Value);
        }
        return string.Join(' ', parts).Trim();
    }

    // The verb and up to nine words of "about", "nearly", "more than" before the figure.
    private const int VerbChunks = 10;

    [GeneratedRegex(@"(?<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:of|at|to|by)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NounBeforePreposition();

    [GeneratedRegex(@"^\s*of\b")]
    private static partial Regex OfAfter();
}
