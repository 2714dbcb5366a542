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

    // A target follows "to/for/from/on/against", possibly after a number or a few lower-case words ("for three major").
    [GeneratedRegex(@"(?:^|\s)(?:to|for|from|on|against|toward|towards)\s+(?:the\s+)?(?:[a-z0-9\-]+\s+){0,3}$")]
    private static partial Regex TargetPreposition();

    [GeneratedRegex(@"(?:restriction|control|ban|curb|measure|rule|requirement|licen[cs]ing)", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureNoun();

    [GeneratedRegex(@"\b(?:export|shipment|sale|deliver)", RegexOptions.IgnoreCase)]
    private static partial Regex ExportNoun();

    [GeneratedRegex(@"(?:ion|ions|ive|ively)$", RegexOptions.IgnoreCase)]
    private static partial Regex NounEnding();

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        var views = SentenceView.All(document).ToList();
        var headlineTarget = views.Count > 0 ? HeadlineTarget(views[0]) : null;
        string? lastSubject = null;
        foreach (var view in views)
        {
            if (!_cue.IsMatch(view.Folded) || !view.Folded.Contains("export", StringComparison.OrdinalIgnoreCase) && !view.Of(EntityLabel.ELEMENT).Any() && !HasMeasureAndItem(view.Folded))
                continue;
            IReadOnlyList<string> carriedObjects = [];
            foreach (var clause in Clauses.Split(view.Folded))
            {
                var text = view.Folded[clause.Start..clause.End];
                var relation = FindRelation(text);
                var verbAt = clause.Start + (relation?.Index ?? 0);
                var objects = Objects(view, clause, verbAt);
                if (objects.Count == 0)
                    objects = carriedObjects;
                else
                    carriedObjects = objects;
                if (relation is null || objects.Count == 0)
                    continue;
                var subject = Subject(view, clause, verbAt);
                var place = Target(view, clause, subject);
                subject ??= lastSubject;
                if (subject is null || subject == place)
                    subject = MostFrequentPlace(document, except: place);
                if (subject is null)
                    continue;
                lastSubject = subject;
                if (place == subject)
                    place = "";
                // FACT_SCHEMA: the target may come from context when the sentence implies it.
                if (place.Length == 0)
                    place = ContextTarget(document, relation.Value.Relation, subject, headlineTarget);
                var date = RuleFacts.DateIn(view, clause.Start, clause.End);
                var modality = _lexicons.ModalityOf(text);
                foreach (var obj in objects)
                {
                    yield return RuleFacts.Create(view, FactTypes.ExportControl, Name, subject, relation.Value.Relation, obj,
                        date: date, place: place, modality: modality,
                        confidence: 0.55 + (view.Of(EntityLabel.ELEMENT).Any() ? 0.15 : 0) + (modality == RuleFacts.Asserted ? 0.1 : 0));
                }
            }
        }
    }

    /// <summary>A headline about measures on one party ("curbs on X stay in place") names the target of the
    /// article's restrictions.</summary>
    private string? HeadlineTarget(SentenceView headline)
    {
        foreach (var gpe in headline.Of(EntityLabel.GPE))
        {
            var before = headline.Folded[..headline.Rel(gpe)];
            if (Regex.IsMatch(before, @"(?:curbs?|controls?|restrictions?|bans?|embargo|exports?)\s+(?:on|to|against|for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)
                && !_lexicons.Places.IsCity(gpe.Normalized))
                return gpe.Normalized;
        }
        return null;
    }

    /// <summary>Restrictions default to the headline's target; relief (easing, resuming, licences) in a two-party
    /// story goes to the other party.</summary>
    private string ContextTarget(AnnotatedDocument document, string relation, string subject, string? headlineTarget)
    {
        if (relation is "imposes" or "maintains" or "tightens")
            return headlineTarget is not null && headlineTarget != subject ? headlineTarget : "";
        var top = document.Entities.Where(e => e.Label == EntityLabel.GPE && !_lexicons.Places.IsCity(e.Normalized))
            .GroupBy(e => e.Normalized).OrderByDescending(g => g.Count()).Take(3).ToList();
        if (top.Count < 2 || top[0].Key != subject && top[1].Key != subject)
            return "";
        var other = top[0].Key == subject ? top[1] : top[0];
        var third = top.Count > 2 ? top[2].Count() : 0;
        // Only a clear two-party story: the counterpart is mentioned far more than anyone else.
        return other.Count() >= 2 * Math.Max(third, 1) ? other.Key : "";
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
            // "restricting the export of X" is a measure; "curbing China's access to Y" is commentary.
            if (relation == "imposes" && m.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && !Regex.IsMatch(window, @"^(?:\S+\s+){0,3}?(?:exports?|shipments?|sales|licen[cs])", RegexOptions.IgnoreCase))
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

    /// <summary>Elements named in the clause, else the goods named next to the export word ("chip export
    /// controls", "restrictions on X and Y"), else the goods named nearest after the verb.</summary>
    private IReadOnlyList<string> Objects(SentenceView view, Clause clause, int verbAt)
    {
        var elements = view.Within(clause.Start, clause.End).Where(e => e.Label == EntityLabel.ELEMENT)
            .Select(e => e.Normalized).Distinct().ToList();
        if (elements.Count > 0)
            return elements;
        var names = view.Entities.Where(e => e.Label is EntityLabel.ORG or EntityLabel.PERSON).ToList();
        var items = _items.Matches(view.Folded[clause.Start..clause.End])
            .Select(m => (Start: clause.Start + m.Index, End: clause.Start + m.Index + m.Length))
            .Where(i => !names.Any(n => view.Rel(n) < i.End && i.Start < view.RelEnd(n)))
            .ToList();
        if (items.Count == 0)
            return [];
        string Text((int Start, int End) i) => view.Text[i.Start..i.End].ToLowerInvariant();
        var folded = view.Folded;
        var near = items.Where(i =>
                Regex.IsMatch(folded[i.End..], @"^\s+(?:export|exports|shipments|sales)\b", RegexOptions.IgnoreCase)
                || Regex.IsMatch(folded[clause.Start..i.Start], @"(?:exports?|shipments|sales|controls?|restrictions?|bans?|curbs?|licen[cs]es?|licensing|permits?)\s+(?:of|on|for)\s+(?:[\w\-]+\s+){0,4}?$", RegexOptions.IgnoreCase))
            .ToList();
        if (near.Count > 0)
        {
            // A list continues the first near item: "controls on semiconductors and related equipment".
            var listed = new List<(int Start, int End)> { near[0] };
            foreach (var next in items.Where(i => i.Start > near[0].End))
            {
                if (!Regex.IsMatch(folded[listed[^1].End..next.Start], @"^(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+)(?:[\w\-]+\s+){0,2}$", RegexOptions.IgnoreCase))
                    break;
                listed.Add(next);
            }
            return listed.Concat(near.Skip(1)).Select(Text).Distinct().ToList();
        }
        var after = items.FirstOrDefault(i => i.Start >= verbAt);
        return [Text(after == default ? items[0] : after)];
    }

    /// <summary>The acting place: the owner of the measure ("easing U.S. restrictions"), else the nearest place or
    /// demonym before the verb that is not a target or an object, else such a place after it.</summary>
    private string? Subject(SentenceView view, Clause clause, int verbAt)
    {
        var gpes = view.Within(clause.Start, clause.End)
            .Where(e => e.Label == EntityLabel.GPE && !_lexicons.Places.IsCity(e.Normalized)).ToList();
        foreach (var gpe in gpes)
        {
            if (Regex.IsMatch(view.Folded[view.RelEnd(gpe)..], @"^(?:'s)?\s+(?:[a-z\-]+\s+){0,2}(?:export\s+)?(?:restrictions|controls|curbs|bans?|measures|licensing)\b", RegexOptions.IgnoreCase)
                && !IsTarget(view, gpe))
                return gpe.Normalized;
        }
        var candidates = gpes.Where(g => !IsTarget(view, g) && !IsObject(view, view.Rel(g)))
            .Select(g => (At: view.Rel(g), Name: g.Normalized))
            .Concat(Demonyms(view, clause.Start, clause.End))
            .ToList();
        var before = candidates.Where(c => c.At < verbAt).OrderByDescending(c => c.At).FirstOrDefault();
        if (before.Name is not null)
            return before.Name;
        return candidates.Where(c => c.At >= verbAt).OrderBy(c => c.At).Select(c => c.Name).FirstOrDefault();
    }

    // A place right after a verb ("accusing China of") is its object, not the actor.
    private static bool IsObject(SentenceView view, int at) =>
        Regex.IsMatch(view.Folded[..at], @"\b[a-z]+(?:ing|ed)\s+(?:the\s+)?$");

    private string Target(SentenceView view, Clause clause, string? subject)
    {
        foreach (var gpe in view.Within(clause.Start, clause.End).Where(e => e.Label == EntityLabel.GPE))
        {
            if (IsTarget(view, gpe) && gpe.Normalized != subject && !_lexicons.Places.IsCity(gpe.Normalized))
                return gpe.Normalized;
        }
        // "for 28 American companies", "only for European and local chip firms"
        var m = Regex.Match(view.Text[clause.Start..clause.End], @"\b(?:to|for|from|against)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?<demonym>\p{Lu}[\p{L}\-]+)\s+(?:(?:and|or)\s+\p{Lu}[\p{L}\-]+\s+)?(?:[a-z\-]+\s+){0,2}(?:companies|firms|customers|buyers|entities|importers|users|automakers|carmakers|manufacturers|chipmakers|businesses|clients|suppliers|producers|industries)");
        var country = m.Success ? _lexicons.Places.CountryOfDemonym(m.Groups["demonym"].Value) : null;
        return country is not null && country != subject ? country : "";
    }

    private static bool IsTarget(SentenceView view, Entity gpe)
    {
        var before = view.Folded[..view.Rel(gpe)];
        var tail = before.Length > 40 ? before[^40..] : before;
        return TargetPreposition().IsMatch(tail) && !Regex.IsMatch(tail, @"according\s+to\s+(?:the\s+)?$", RegexOptions.IgnoreCase);
    }

    private IEnumerable<(int At, string Name)> Demonyms(SentenceView view, int from, int to)
    {
        foreach (Match m in Regex.Matches(view.Text[from..to], @"\b\p{Lu}[\p{L}]+\b"))
        {
            if (_lexicons.Places.CountryOfDemonym(m.Value) is { } country && !IsTarget(view, from + m.Index))
                yield return (from + m.Index, country);
        }
    }

    private static bool IsTarget(SentenceView view, int at)
    {
        var before = view.Folded[..at];
        return TargetPreposition().IsMatch(before.Length > 40 ? before[^40..] : before);
    }

    private static string? MostFrequentPlace(AnnotatedDocument document, string? except = null) =>
        document.Entities.Where(e => e.Label == EntityLabel.GPE && e.Normalized != except && !string.IsNullOrEmpty(e.Normalized))
            .GroupBy(e => e.Normalized).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(e => e.Start))
            .Select(g => g.Key).FirstOrDefault();
}
