using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// statistic: a percentage, multiple or money figure about a country or organization that is not a commodity
/// price ("nearly 60% of global refining comes from X", "X imports 45% of its ...", "Y reported revenue of
/// $60 million"). The relation is the measured thing in a few words, read from the words around the figure.
/// </summary>
public sealed partial class StatisticExtractor : IFactExtractor
{
    private readonly ExtractionLexicons _lexicons;
    private readonly Regex _moneyNoun;
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
    [GeneratedRegex(@"^\s*(?:[a-z]+\s+)?(?:content|purity|pure|grade|min|minimum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GradeAfter();

    [GeneratedRegex(@"\b(?:purity|grade)\s+(?:of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GradeBefore();

    public string Name => "rule:statistic";

    [GeneratedRegex(@"^\s*(?:of\s+)?(?<phrase>(?:(?!\b(?:comes?|came|is|are|was|were|from|to|in|by|despite|which|that|according|as|and|while|but|since|with|for|than|on|at)\b)[\p{L}\-’']+\s*){1,7})", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseAfter();

    [GeneratedRegex(@"^(?:its|their|the|a|an|his|her|our|global|total)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"\b(?<verb>[a-z]+)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|some\s+|roughly\s+|up\s+to\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBefore();

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        var views = SentenceView.All(document).ToList();
        foreach (var view in views)
        {
            // A price move belongs to price_change when the sentence is about a commodity's price.
            var priced = PriceChangeExtractor.IsPriced(view)
                && (CommoditySubjects.Priced(view, 0, view.Text.Length).Count > 0 || CommodityContext.Carried(view, views).Count > 0);
            foreach (var clause in Clauses.Split(view.Folded))
            {
                var text = view.Folded[clause.Start..clause.End];
                var moves = priced ? _moves.In(view, clause).Select(m => m.Percent).OfType<Entity>().ToHashSet() : [];
                foreach (var figure in view.Within(clause.Start, clause.End).Where(e => e.Label is EntityLabel.PERCENT or EntityLabel.MONEY))
                {
                    (double Amount, string Unit)? value = figure.Label == EntityLabel.PERCENT
                        ? RuleFacts.Number(figure.Normalized) is { } p ? (p, "%") : null
                        : RuleFacts.Money(figure);
                    if (value is null || moves.Contains(figure) || IsGrade(view, figure)
                        || figure.Label == EntityLabel.MONEY && MoneyRanges.IsHighEnd(view, figure))
                        continue;
                    if (figure.Label == EntityLabel.MONEY && (value.Value.Unit.Contains('/') || !_moneyNoun.IsMatch(text)))
                        continue;
                    var subject = _subjects.Of(view, views, clause, figure);
                    if (subject is null)
                        continue;
                    var relation = Relation(view, clause, figure, subject);
                    if (relation.Length == 0)
                        continue;
                    yield return RuleFacts.Create(view, FactTypes.Statistic, Name, subject, relation, "",
                        amount: value.Value.Amount, unit: value.Value.Unit, modality: _lexicons.ModalityOf(text), confidence: 0.6);
                }
            }
        }
    }

    private static bool IsGrade(SentenceView view, Entity figure) =>
        figure.Label == EntityLabel.PERCENT
        && (GradeAfter().IsMatch(view.Folded[view.RelEnd(figure)..]) || GradeBefore().IsMatch(view.Folded[..view.Rel(figure)]));

    /// <summary>What is measured: the verb before the figure and the noun phrase after it ("imports ... rare earths").</summary>
    private static string Relation(SentenceView view, Clause clause, Entity figure, string subject)
    {
        var after = view.Folded[view.RelEnd(figure)..clause.End];
        var phrase = PhraseAfter().Match(after) is { Success: true } m ? m.Groups["phrase"].Value.Trim() : "";
        phrase = Determiner().Replace(Determiner().Replace(phrase, ""), "");
        var verb = VerbBefore().Match(view.Folded[clause.Start..view.Rel(figure)]) is { Success: true } v ? v.Groups["verb"].Value : "";
        var parts = new List<string>();
        if (verb.Length > 2 && verb is not ("the" or "and" or "with" or "from" or "than" or "about" or "that" or "for" or "was" or "were" or "are" or "is" or "has" or "had" or "have" or "its" or "their" or "over"))
            parts.Add(verb);
        if (phrase.Length > 0)
            parts.Add(phrase);
        else if (Regex.Match(view.Folded[clause.Start..view.Rel(figure)], @"(?<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:of|at|to|by)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$", RegexOptions.IgnoreCase) is { Success: true } n)
            parts.Add(n.Groups["noun"].Value);
        var relation = string.Join(' ', parts).Trim();
        return relation.Equals(subject, StringComparison.OrdinalIgnoreCase) ? "" : relation;
    }
}
