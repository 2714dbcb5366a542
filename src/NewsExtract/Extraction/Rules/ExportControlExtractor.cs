using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// export_control: a party imposes, tightens, eases, suspends, resumes or maintains a restriction on exports,
/// or grants licences. One row per element named under the measure, else one per class of goods.
/// </summary>
/// <remarks>Works clause by clause: the relation is the clause's most specific trigger verb; the subject is the
/// place acting before the verb; the target is a place after "to/for/from/on/against".</remarks>
public sealed partial class ExportControlExtractor : IFactExtractor
{
    private static readonly string[] Precedence = ["grants_license", "resumes", "suspends", "eases", "tightens", "maintains", "imposes"];

    private readonly ExtractionLexicons _lexicons;
    private readonly Regex _cue;
    private readonly Regex _relation;
    private readonly Regex _items;

    public ExportControlExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _cue = Patterns.Words(lexicons.ExportCues);
        _relation = Patterns.Stems(lexicons.ExportRelations);
        _items = Patterns.Words(lexicons.ControlItems);
    }

    public string Name => "rule:export_control";

    [GeneratedRegex(@"(?:^|\s)(?:to|for|from|on|against|toward|towards|with|into|in)\s+(?:the\s+)?(?:\d+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetPreposition();

    [GeneratedRegex(@"(?:restriction|control|ban|curb|measure|rule|requirement|licen[cs]ing)", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureNoun();

    [GeneratedRegex(@"\b(?:export|shipment|sale|deliver)", RegexOptions.IgnoreCase)]
    private static partial Regex ExportNoun();

    [GeneratedRegex(@"(?:ion|ions|ive|ively)$", RegexOptions.IgnoreCase)]
    private static partial Regex NounEnding();

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        foreach (var view in SentenceView.All(document))
        {
            if (!_cue.IsMatch(view.Folded) || !view.Folded.Contains("export", StringComparison.OrdinalIgnoreCase) && !view.Of(EntityLabel.ELEMENT).Any() && !HasMeasureAndItem(view.Folded))
                continue;
            IReadOnlyList<string> carriedObjects = [];
            foreach (var clause in Clauses.Split(view.Folded))
            {
                var text = view.Folded[clause.Start..clause.End];
                var relation = FindRelation(text);
                var objects = Objects(view, clause);
                if (objects.Count == 0)
                    objects = carriedObjects;
                else
                    carriedObjects = objects;
                if (relation is null || objects.Count == 0)
                    continue;
                var verbAt = clause.Start + relation.Value.Index;
                var subject = Subject(view, clause, verbAt);
                var place = Target(view, clause, subject);
                subject ??= MostFrequentPlace(document, except: place);
                if (subject is null)
                    continue;
                var date = RuleFacts.DateIn(view, clause.Start, clause.End);
                var modality = _lexicons.ModalityOf(text);
                foreach (var obj in objects)
                {
                    yield return RuleFacts.Create(view, FactTypes.ExportControl, Name, subject, relation.Value.Relation, obj,
                        date: date, place: place == subject ? "" : place, modality: modality,
                        confidence: 0.55 + (view.Of(EntityLabel.ELEMENT).Any() ? 0.15 : 0) + (modality == RuleFacts.Asserted ? 0.1 : 0));
                }
            }
        }
    }

    private bool HasMeasureAndItem(string folded) => MeasureNoun().IsMatch(folded) && _items.IsMatch(folded);

    private (string Relation, int Index)? FindRelation(string clause)
    {
        var found = new List<(string Relation, int Index)>();
        foreach (Match m in _relation.Matches(clause))
        {
            var relation = Patterns.ValueOf(_lexicons.ExportRelations, m.Value);
            var rest = clause[(m.Index + m.Length)..];
            var window = rest[..Math.Min(rest.Length, 45)].TrimStart();
            if (relation == "suspends")
            {
                // "suspends exports of X" is a new restriction; "suspends the restrictions for N firms" lifts one.
                var head = Regex.Match(window, @"^.*?(?=\s(?:of|on|for|to|from)\s|[,.;]|$)").Value;
                relation = !MeasureNoun().IsMatch(head) && ExportNoun().IsMatch(head.Replace("the ", "", StringComparison.Ordinal)) ? "imposes" : "suspends";
            }
            if (relation == "imposes" && NounEnding().IsMatch(m.Value))
                continue;
            if (relation == "grants_license" && !Regex.IsMatch(window, @"licen[cs]|permit|approval", RegexOptions.IgnoreCase))
                continue;
            if (relation == "tightens" && m.Value.StartsWith("extend", StringComparison.OrdinalIgnoreCase) && !MeasureNoun().IsMatch(window))
                continue;
            found.Add((relation, m.Index));
        }
        if (found.Count == 0)
            return null;
        // A specific verb (eases, resumes ...) says more than a generic "restricts".
        var specific = found.Where(f => f.Relation != "imposes").ToList();
        return (specific.Count > 0 ? specific : found).MinBy(f => f.Index);
    }

    private IReadOnlyList<string> Objects(SentenceView view, Clause clause)
    {
        var elements = view.Within(clause.Start, clause.End).Where(e => e.Label == EntityLabel.ELEMENT)
            .Select(e => e.Normalized).Distinct().ToList();
        if (elements.Count > 0)
            return elements;
        var items = new List<string>();
        foreach (Match m in _items.Matches(view.Folded[clause.Start..clause.End]))
        {
            var item = view.Text.Substring(clause.Start + m.Index, m.Length).ToLowerInvariant();
            if (!items.Contains(item))
                items.Add(item);
        }
        return items;
    }

    /// <summary>The acting place: a GPE or demonym before the verb that is not itself a target.</summary>
    private string? Subject(SentenceView view, Clause clause, int verbAt)
    {
        foreach (var gpe in view.Within(clause.Start, verbAt).Where(e => e.Label == EntityLabel.GPE).Reverse())
        {
            if (!IsTarget(view, gpe))
                return gpe.Normalized;
        }
        var demonym = Demonyms(view.Text[clause.Start..verbAt]).LastOrDefault();
        if (demonym is not null)
            return demonym;
        // "..., Beijing is signalling" or a possessive anywhere in the sentence ("China's export curbs").
        return view.Within(clause.Start, clause.End).Where(e => e.Label == EntityLabel.GPE && !IsTarget(view, e))
            .Select(e => e.Normalized).FirstOrDefault();
    }

    private string Target(SentenceView view, Clause clause, string? subject)
    {
        foreach (var gpe in view.Within(clause.Start, clause.End).Where(e => e.Label == EntityLabel.GPE))
        {
            if (IsTarget(view, gpe) && gpe.Normalized != subject)
                return gpe.Normalized;
        }
        // "for 28 American companies", "to U.S. customers"
        var m = Regex.Match(view.Text[clause.Start..clause.End], @"\b(?:to|for|from|against)\s+(?:the\s+)?(?:\d+\s+|some\s+|many\s+|several\s+)?(?:[a-z\-]+\s+)?(?<demonym>\p{Lu}[\p{L}\-]+)\s+(?:companies|firms|customers|buyers|entities|importers|users|automakers|manufacturers|chipmakers|businesses|clients)");
        return m.Success ? _lexicons.Places.CountryOfDemonym(m.Groups["demonym"].Value) ?? "" : "";
    }

    private static bool IsTarget(SentenceView view, Entity gpe)
    {
        var before = view.Folded[..view.Rel(gpe)];
        return TargetPreposition().IsMatch(before.Length > 30 ? before[^30..] : before);
    }

    private IEnumerable<string> Demonyms(string text)
    {
        foreach (Match m in Regex.Matches(text, @"\b\p{Lu}[\p{L}]+\b"))
        {
            if (_lexicons.Places.CountryOfDemonym(m.Value) is { } country)
                yield return country;
        }
    }

    private static string? MostFrequentPlace(AnnotatedDocument document, string? except = null) =>
        document.Entities.Where(e => e.Label == EntityLabel.GPE && e.Normalized != except && !string.IsNullOrEmpty(e.Normalized))
            .GroupBy(e => e.Normalized).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(e => e.Start))
            .Select(g => g.Key).FirstOrDefault();
}
