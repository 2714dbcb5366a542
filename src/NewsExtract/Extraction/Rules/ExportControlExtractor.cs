using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// export_control: a party imposes, tightens, eases, suspends, resumes or maintains a restriction on exports,
/// or grants licences. One row per element named under the measure (else per class of goods) and per target.
/// </summary>
/// <remarks>
/// Works clause by clause. The relation is the clause's first trigger verb (a few nouns such as "a ban on"
/// count when the clause names who bans). The subject is the agent of a passive ("imposed by X"), the owner of
/// the measure ("easing U.S. restrictions"), else the nearest state before the verb that is neither a target
/// nor an object. Targets follow "to/for/from/on/against". Stateless and thread-safe.
/// </remarks>
public sealed partial class ExportControlExtractor : IFactExtractor
{
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

    private sealed record Relation(string Name, int Index, bool IsNoun);

    // A target follows a preposition, possibly after a number or a few modifiers ("for three major").
    [GeneratedRegex(@"(?:^|\s)(?:to|for|from|on|against|toward|towards)\s+(?:the\s+)?(?:(?!(?:after|before|as|and|or|with|while|when|that|which|in|on|at|by|of|is|are|was|were|has|have|had|will|would|could|its|their)\b)[a-z0-9\-]+\s+){0,3}$")]
    private static partial Regex TargetPreposition();

    [GeneratedRegex(@"\bexport(?:s|ed|ing|ers?)?\b|\bshipments?\b|\boutbound\b|\boverseas\s+sales\b|\b(?:control|entity)\s+list\b|\blicensing\b|\bunder\s+(?:export\s+)?(?:licen[cs]|control)|\badd(?:s|ed|ing)?\b.{1,60}?\bto\s+(?:the|its|their)\s+(?:[\w\-]+\s+){0,3}list\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExportWord();

    [GeneratedRegex(@"(?:restriction|control|ban|curb|measure|rule|requirement|licen[cs]|quota|regime)", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureNoun();

    [GeneratedRegex(@"\b(?:export|shipment|sale|deliver)", RegexOptions.IgnoreCase)]
    private static partial Regex ExportNoun();

    [GeneratedRegex(@"(?:ion|ions|ive|ively)$", RegexOptions.IgnoreCase)]
    private static partial Regex NounEnding();

    [GeneratedRegex(@"\b(?:bans?|embargo(?:es)?|quotas?)\s+on\b|\blicensing\s+(?:regime|requirements?|system)\b|\blicen[cs]e\s+requirements?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureNounPhrase();

    // "these materials", "them": the goods of the last measure.
    [GeneratedRegex(@"\b(?:these|those|such)\s+(?:materials|elements|metals|minerals|items|products|goods|commodities)\b|\bthem\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();

    [GeneratedRegex(@"\bthe\s+government\b|\bauthorities\b", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentWord();

    [GeneratedRegex(@"(?:\bnot|n't|\bnever|\bno\s+longer)\s+(?:yet\s+|been\s+|be\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NegationBefore();

    // Where the controlled goods are named: "exports of X", "restrictions on X", "licences for X".
    [GeneratedRegex(@"\b(?:exports?|shipments?|sales|controls?|restrictions?|bans?|curbs?|licen[cs]es?|licensing|permits?|quotas?|requirements?|regime)\s+(?:of|on|for|covering|to\s+cover)\s+|\b(?:re-)?export(?:ing|s)\s+(?:or\s+[\w\-]+\s+)?(?=[\w\-.]+\s)", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsAnchor();

    [GeneratedRegex(@"^[a-z\-\s,]{0,40}?\b(?:including|such\s+as|namely|like)\b|^\s*[-:(]", RegexOptions.IgnoreCase)]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"\b(?:from|since|effective|starting|beginning|as\s+of|as\s+from)\s+(?:on\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EffectiveCue();

    private static readonly HashSet<string> NotModifiers = new(
        ["the", "a", "an", "of", "on", "for", "to", "its", "their", "his", "her", "our", "and", "or", "with", "by", "from", "in", "at", "as",
         "all", "some", "any", "export", "exports", "restrictions", "controls", "licences", "licenses", "ban", "curbs", "requirements",
         "these", "those", "other", "more", "such", "into", "under", "over", "including", "will", "would", "could", "may", "has", "have",
         "is", "are", "was", "were", "be", "been", "that", "which", "key", "certain", "several", "many", "most", "two", "three", "four",
         "five", "six", "seven", "eight", "nine", "ten", "further", "new", "also", "only", "both", "whose", "might", "must", "can",
         "should", "shall", "not", "so", "than", "then", "there", "where", "when", "who", "what", "it", "they", "we"],
        StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        var views = SentenceView.All(document).ToList();
        var headlineTarget = views.Count > 0 ? HeadlineTarget(views[0]) : null;
        string? lastSubject = null;
        IReadOnlyList<string> lastObjects = [];
        foreach (var view in views)
        {
            if (!IsAboutExports(view))
                continue;
            IReadOnlyList<string> carriedObjects = [];
            foreach (var clause in Clauses.Split(view.Folded))
            {
                var relation = FindRelation(view.Folded[clause.Start..clause.End]);
                var verbAt = clause.Start + (relation?.Index ?? 0);
                var objects = Objects(view, clause, verbAt);
                if (objects.Count == 0)
                    objects = Anaphor().IsMatch(view.Folded[clause.Start..clause.End]) ? lastObjects : carriedObjects;
                else
                    carriedObjects = objects;
                if (relation is null || objects.Count == 0)
                    continue;
                var targets = Targets(view, clause);
                var subject = Subject(view, clause, verbAt, targets);
                // "the government" without a name is the article's own state; otherwise the last actor carries on.
                var ownGovernment = GovernmentWord().IsMatch(view.Folded[clause.Start..clause.End]);
                // A noun-phrase measure, or a title-case subheading ("Easing Export Signals"), states no measure
                // unless it names who acts.
                if (subject is null && (relation.IsNoun && !ownGovernment || IsTitleCase(view.Text)))
                    continue;
                subject ??= ownGovernment || lastSubject is null || targets.Contains(lastSubject) ? MostFrequentState(document, targets) : lastSubject;
                if (subject is null)
                    continue;
                lastSubject = subject;
                lastObjects = objects;
                if (targets.Count == 0)
                {
                    // FACT_SCHEMA: the target may come from context when the sentence implies it.
                    var context = ContextTarget(document, relation.Name, subject, headlineTarget);
                    targets = context.Length > 0 ? [context] : [""];
                }
                var date = EffectiveDate(view, clause);
                var modality = _lexicons.ModalityOf(view.Folded[clause.Start..clause.End]);
                var confidence = 0.55 + (view.Of(EntityLabel.ELEMENT).Any() ? 0.15 : 0) + (modality == RuleFacts.Asserted ? 0.1 : 0) - (relation.IsNoun ? 0.1 : 0);
                foreach (var obj in objects)
                {
                    foreach (var target in targets)
                    {
                        yield return RuleFacts.Create(view, FactTypes.ExportControl, Name, subject, relation.Name, obj,
                            date: date, place: target, modality: modality, confidence: confidence);
                    }
                }
            }
        }
    }

    private static bool IsTitleCase(string text)
    {
        var words = Regex.Matches(text, @"\b\p{L}{4,}\b").Select(m => m.Value).ToList();
        return words.Count >= 3 && words.Count(w => char.IsUpper(w[0])) >= 0.75 * words.Count;
    }

    /// <summary>A sentence about exports, a control list or licensing, or a measure noun next to controlled goods.</summary>
    private bool IsAboutExports(SentenceView view)
    {
        if (!_cue.IsMatch(view.Folded))
            return false;
        if (ExportWord().IsMatch(view.Folded))
            return true;
        var goods = view.Of(EntityLabel.ELEMENT).Select(view.Rel).Concat(_items.Matches(view.Folded).Select(m => m.Index)).ToList();
        return GoodsAnchor().Matches(view.Folded).Any(a => goods.Any(g => g >= a.Index + a.Length && g - (a.Index + a.Length) < 60));
    }

    private Relation? FindRelation(string clause)
    {
        foreach (Match m in _relation.Matches(clause))
        {
            var relation = Patterns.ValueOf(_lexicons.ExportRelations, m.Value);
            var rest = clause[(m.Index + m.Length)..];
            var window = rest[..Math.Min(rest.Length, 45)].TrimStart();
            if (NegationBefore().IsMatch(clause[..m.Index]))
                continue;
            if (relation == "suspends")
            {
                // "suspends exports of X" is a new restriction; "suspends the restrictions for N firms" lifts one.
                var head = Regex.Match(window, @"^.*?(?=\s(?:of|on|for|to|from)\s|[,.;]|$)").Value;
                relation = !MeasureNoun().IsMatch(head) && ExportNoun().IsMatch(head) ? "imposes" : "suspends";
            }
            if (relation == "imposes" && NounEnding().IsMatch(m.Value))
                continue;
            // "ban" is a verb only with its object: "could ban exports of X"; "a ban on" is a noun (below).
            if (m.Value.Equals("ban", StringComparison.OrdinalIgnoreCase) && !Regex.IsMatch(window, @"^(?:the\s+)?(?:exports?|shipments?|sales)\b", RegexOptions.IgnoreCase))
                continue;
            // "restricting the export of X" is a measure; "curbing China's access to Y" is commentary.
            if (relation == "imposes" && m.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && !Regex.IsMatch(window, @"^(?:\S+\s+){0,3}?(?:exports?|shipments?|sales|licen[cs])", RegexOptions.IgnoreCase)
                && !Regex.IsMatch(rest, @"\bto\s+(?:its|the|their)\s+(?:[a-z]+\s+){0,3}list\b", RegexOptions.IgnoreCase))
                continue;
            // "issued licences" or, in the passive, "permits were issued".
            var lead = clause[Math.Max(0, m.Index - 45)..m.Index];
            if (relation == "grants_license" && !Regex.IsMatch(window, @"licen[cs]|permit|approval", RegexOptions.IgnoreCase)
                && !Regex.IsMatch(lead, @"(?:licen[cs]es|permits|approvals)\s+(?:\S+\s+){0,3}(?:were|was|have\s+been|had\s+been|are|is|being)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase))
                continue;
            if (relation == "tightens" && m.Value.StartsWith("extend", StringComparison.OrdinalIgnoreCase) && !MeasureNoun().IsMatch(window))
                continue;
            return new Relation(relation, m.Index, IsNoun: false);
        }
        // "anyone exporting X would need a permit" states a licensing requirement.
        var need = Regex.Match(clause, @"\bneed(?:s|ed)?\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:permit|licen[cs]e)", RegexOptions.IgnoreCase);
        if (need.Success && !NegationBefore().IsMatch(clause[..need.Index]))
            return new Relation("imposes", need.Index, IsNoun: false);
        var noun = MeasureNounPhrase().Match(clause);
        return noun.Success && !NegationBefore().IsMatch(clause[..noun.Index]) ? new Relation("imposes", noun.Index, IsNoun: true) : null;
    }

    private sealed record Goods(int Start, int End, string Name, bool IsElement);

    /// <summary>
    /// What is controlled: the first goods named after "exports of / restrictions on ..." and the goods listed with
    /// them (elements named after "including" replace a class name), else goods right before "exports", else the
    /// elements of the clause, else the goods nearest after the verb.
    /// </summary>
    private IReadOnlyList<string> Objects(SentenceView view, Clause clause, int verbAt)
    {
        var goods = GoodsIn(view, clause);
        if (goods.Count == 0)
            return NounPhraseAfterAnchor(view, clause);
        var elements = goods.Where(g => g.IsElement).ToList();
        var folded = view.Folded;
        foreach (Match anchor in GoodsAnchor().Matches(folded[..clause.End], clause.Start))
        {
            var anchorEnd = anchor.Index + anchor.Length;
            var first = goods.FirstOrDefault(g => g.Start >= anchorEnd && g.Start - anchorEnd < 60);
            if (first is null)
                continue;
            var listed = Listed(folded, goods, first);
            if (first.IsElement)
                return elements.Select(e => e.Name).Concat(listed.Where(g => !g.IsElement).Select(g => g.Name)).Distinct().ToList();
            var enumerated = elements.Where(e => e.Start > listed[^1].End).ToList();
            if (enumerated.Count > 0 && Enumeration().IsMatch(folded[listed[^1].End..enumerated[0].Start]))
                return enumerated.Select(e => e.Name).Distinct().ToList();
            return listed.Where(g => !g.IsElement || !first.IsElement).Select(g => g.Name).Distinct().ToList();
        }
        var beforeExports = goods.FirstOrDefault(g => Regex.IsMatch(folded[g.End..clause.End], @"^\s+(?:export|exports|shipments|sales)\b", RegexOptions.IgnoreCase));
        if (beforeExports is not null)
            return beforeExports.IsElement ? elements.Select(e => e.Name).Distinct().ToList() : [beforeExports.Name];
        if (elements.Count > 0)
            return elements.Select(e => e.Name).Distinct().ToList();
        // Goods named only before the verb belong to another statement ("X would top the agenda after the decision
        // to impose restrictions").
        var after = goods.FirstOrDefault(g => g.Start >= verbAt);
        return after is null ? [] : Listed(folded, goods, after).Select(g => g.Name).Distinct().ToList();
    }

    private List<Goods> GoodsIn(SentenceView view, Clause clause)
    {
        var names = view.Entities.Where(e => e.Label is EntityLabel.ORG or EntityLabel.PERSON).ToList();
        var elements = CommoditySubjects.In(view, clause.Start, clause.End)
            .Select(c => new Goods(c.Start, c.End, c.Name, IsElement: true));
        var items = _items.Matches(view.Folded[clause.Start..clause.End])
            .Select(m => (Start: clause.Start + m.Index, End: clause.Start + m.Index + m.Length))
            .Where(i => !names.Any(n => view.Rel(n) < i.End && i.Start < view.RelEnd(n)))
            .Select(i => WithModifiers(view, clause, i.Start, i.End));
        var all = elements.Concat(items)
            .Where(g => !view.Entities.Any(e => e.Label == EntityLabel.ELEMENT && view.Rel(e) >= g.Start && view.RelEnd(e) <= g.End) || g.IsElement)
            .OrderBy(g => g.Start).ToList();
        // "rare earth" + "ore" written together is one class of goods: "rare earth ore".
        var merged = new List<Goods>();
        foreach (var g in all)
        {
            if (merged.Count > 0 && !g.IsElement && !merged[^1].IsElement && view.Folded[merged[^1].End..Math.Max(merged[^1].End, g.Start)] == " ")
                merged[^1] = merged[^1] with { End = g.End, Name = view.Text[merged[^1].Start..g.End].ToLowerInvariant() };
            else if (merged.Count == 0 || g.Start >= merged[^1].End)
                merged.Add(g);
        }
        return merged;
    }

    /// <summary>An item class with the modifiers written before it: "chips" in "advanced AI chips".</summary>
    private Goods WithModifiers(SentenceView view, Clause clause, int start, int end)
    {
        var words = Regex.Matches(view.Text[clause.Start..start], @"[\p{L}\p{N}][\p{L}\p{N}\-']*").ToList();
        var from = start;
        for (var i = words.Count - 1; i >= 0 && start - (clause.Start + words[i].Index) < 40 && words.Count - i <= 3; i--)
        {
            var w = words[i];
            var wordEnd = clause.Start + w.Index + w.Length;
            // Modifiers are adjectives and nouns; a verb ("easing chip exports") or a punctuation mark ends them.
            if (view.Folded[wordEnd..from].Trim().Length > 0 || NotModifiers.Contains(w.Value) || w.Value.EndsWith("ly", StringComparison.Ordinal)
                || w.Value.EndsWith("ing", StringComparison.Ordinal) || _relation.Match(w.Value) is { Success: true } verb && verb.Length == w.Length
                || char.IsUpper(w.Value[0]) && !Regex.IsMatch(w.Value, @"^\p{Lu}{2,}$|^\p{Lu}[\p{L}.]*-\p{Ll}"))
                break;
            from = clause.Start + w.Index;
        }
        return new Goods(from, end, view.Text[from..end].ToLowerInvariant(), IsElement: false);
    }

    private static List<Goods> Listed(string folded, List<Goods> goods, Goods first)
    {
        var listed = new List<Goods> { first };
        foreach (var next in goods.Where(g => g.Start > first.End))
        {
            if (!Regex.IsMatch(folded[listed[^1].End..next.Start], @"^(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+)(?:[\w\-]+\s+){0,2}$", RegexOptions.IgnoreCase))
                break;
            listed.Add(next);
        }
        return listed;
    }

    /// <summary>Goods no lexicon names: the words after "exports of" up to a preposition ("advanced photoresists").</summary>
    private static IReadOnlyList<string> NounPhraseAfterAnchor(SentenceView view, Clause clause)
    {
        var anchor = Regex.Match(view.Folded[clause.Start..clause.End], @"\b(?:exports?|shipments?|sales)\s+of\s+(?<np>(?:(?!(?:to|from|for|in|by|and|or|as|that|which|with|under|until|since|at|on|the|its|their)\b)[a-z][a-z\-]*\s*){1,4})", RegexOptions.IgnoreCase);
        return anchor.Success ? [anchor.Groups["np"].Value.Trim().ToLowerInvariant()] : [];
    }

    /// <summary>The targets named in the clause: places after "to/for/on/against" and places listed with them,
    /// and the country of "for 28 American companies".</summary>
    private List<string> Targets(SentenceView view, Clause clause)
    {
        var targets = new List<string>();
        var gpes = view.Within(clause.Start, clause.End).Where(e => e.Label == EntityLabel.GPE && !_lexicons.Places.IsCity(e.Normalized)).ToList();
        for (var i = 0; i < gpes.Count; i++)
        {
            // "to Malaysia and Thailand", "to A, B and C"; a comma alone continues the list only before another list mark.
            var gap = i > 0 ? view.Folded[view.RelEnd(gpes[i - 1])..view.Rel(gpes[i])] : "";
            var listedAfterTarget = i > 0 && targets.Contains(gpes[i - 1].Normalized)
                && (Regex.IsMatch(gap, @"^(?:\s+and\s+|,\s*and\s+|\s+or\s+|,\s*or\s+)(?:the\s+)?$")
                    || Regex.IsMatch(gap, @"^,\s*(?:the\s+)?$") && Regex.IsMatch(view.Folded[view.RelEnd(gpes[i])..], @"^(?:,|\s+and\b|\s+or\b)"));
            if ((IsTarget(view, view.Rel(gpes[i])) || listedAfterTarget) && !targets.Contains(gpes[i].Normalized))
                targets.Add(gpes[i].Normalized);
        }
        var m = Regex.Match(view.Text[clause.Start..clause.End], @"\b(?:to|for|from|against)\s+(?:the\s+)?(?:(?!of\b)[\w\-]+\s+){0,3}?(?<demonym>\p{Lu}[\p{L}\-]+)\s+(?:(?:and|or)\s+\p{Lu}[\p{L}\-]+\s+)?(?:[a-z\-]+\s+){0,2}(?:companies|firms|customers|buyers|entities|importers|users|automakers|carmakers|manufacturers|chipmakers|businesses|clients|suppliers|producers|industries)");
        if (m.Success && _lexicons.Places.CountryOfDemonym(m.Groups["demonym"].Value) is { } country && !targets.Contains(country))
            targets.Add(country);
        return targets;
    }

    /// <summary>The acting state: the agent of a passive, the owner of the measure, else the nearest state or
    /// demonym before the verb that is not a target or an object, else the first such after it.</summary>
    private string? Subject(SentenceView view, Clause clause, int verbAt, IReadOnlyList<string> targets)
    {
        var states = view.Within(clause.Start, clause.End)
            .Where(e => e.Label == EntityLabel.GPE && _lexicons.Places.IsState(e.Normalized) && !targets.Contains(e.Normalized)).ToList();
        var agent = states.FirstOrDefault(g => Regex.IsMatch(view.Folded[..view.Rel(g)], @"\bby\s+(?:the\s+)?$", RegexOptions.IgnoreCase));
        if (agent is not null)
            return agent.Normalized;
        var owner = states.FirstOrDefault(g => !IsTarget(view, view.Rel(g)) && Regex.IsMatch(view.Folded[view.RelEnd(g)..],
            @"^(?:'s)?\s+(?:[a-z\-]+\s+){0,2}(?:export\s+)?(?:restrictions|controls|curbs|bans?|measures|licensing|licen[cs]e\s+requirements?)\b", RegexOptions.IgnoreCase));
        if (owner is not null)
            return owner.Normalized;
        var candidates = states.Where(g => !IsTarget(view, view.Rel(g)) && !IsObject(view, view.Rel(g)))
            .Select(g => (At: view.Rel(g), Name: g.Normalized))
            .Concat(Demonyms(view, clause.Start, clause.End).Where(d => !targets.Contains(d.Name)))
            .ToList();
        var before = candidates.Where(c => c.At < verbAt).OrderByDescending(c => c.At).FirstOrDefault();
        if (before.Name is not null)
            return before.Name;
        return candidates.Where(c => c.At >= verbAt).OrderBy(c => c.At).Select(c => c.Name).FirstOrDefault();
    }

    // A place right after a verb ("accusing China of") is its object, not the actor.
    private static bool IsObject(SentenceView view, int at) =>
        Regex.IsMatch(view.Folded[..at], @"\b[a-z]+(?:ing|ed)\s+(?:the\s+)?$");

    private static bool IsTarget(SentenceView view, int at)
    {
        // "a U.S.-China deal": a place in a compound adjective is no target.
        if (Regex.IsMatch(view.Folded[at..], @"^[\p{L}.]+-\p{Lu}"))
            return false;
        var before = view.Folded[..at];
        var tail = before.Length > 40 ? before[^40..] : before;
        // "exports of X from Ghana" names the origin, not a target.
        if (Regex.IsMatch(before.Length > 80 ? before[^80..] : before, @"\bexport\w*\s+(?:[\w\-.]+\s+){0,5}from\s+(?:the\s+)?$", RegexOptions.IgnoreCase))
            return false;
        return (TargetPreposition().IsMatch(tail) || BuyersIn().IsMatch(tail)) && !Regex.IsMatch(tail, @"according\s+to\s+(?:the\s+)?$", RegexOptions.IgnoreCase);
    }

    [GeneratedRegex(@"\b(?:buyers|customers|importers|users|clients|firms|companies|manufacturers|automakers|chipmakers)\s+(?:based\s+)?in\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BuyersIn();

    private IEnumerable<(int At, string Name)> Demonyms(SentenceView view, int from, int to)
    {
        foreach (Match m in Regex.Matches(view.Text[from..to], @"\b\p{Lu}[\p{L}]+\b"))
        {
            if (_lexicons.Places.CountryOfDemonym(m.Value) is { } country && !IsTarget(view, from + m.Index) && !IsObject(view, from + m.Index))
                yield return (from + m.Index, country);
        }
    }

    /// <summary>When the measure takes effect: a date after "from/since/effective", else the first date that is
    /// not the dateline's filing date.</summary>
    private static string EffectiveDate(SentenceView view, Clause clause)
    {
        var dates = RuleFacts.DatesIn(view, clause.Start, clause.End);
        var effective = dates.FirstOrDefault(d => EffectiveCue().IsMatch(view.Folded[..view.Rel(d)]));
        return (effective ?? dates.FirstOrDefault())?.Normalized ?? "";
    }

    /// <summary>A headline about measures on one party ("curbs on X stay in place") names the target of the
    /// article's restrictions.</summary>
    private string? HeadlineTarget(SentenceView headline)
    {
        foreach (var gpe in headline.Of(EntityLabel.GPE))
        {
            var before = headline.Folded[..headline.Rel(gpe)];
            if (Regex.IsMatch(before, @"(?:curbs?|controls?|restrictions?|bans?|embargo|exports?)\s+(?:on|to|against|for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)
                && _lexicons.Places.IsState(gpe.Normalized))
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
        var top = StateCounts(document).Take(3).ToList();
        if (top.Count < 2 || top[0].Name != subject && top[1].Name != subject)
            return "";
        var other = top[0].Name == subject ? top[1] : top[0];
        var third = top.Count > 2 ? top[2].Count : 0;
        // Only a clear two-party story: the counterpart is mentioned far more than anyone else.
        return other.Count >= 2 * Math.Max(third, 1) ? other.Name : "";
    }

    private string? MostFrequentState(AnnotatedDocument document, IReadOnlyList<string> except) =>
        StateCounts(document).Select(s => s.Name).FirstOrDefault(n => !except.Contains(n));

    private IEnumerable<(string Name, int Count)> StateCounts(AnnotatedDocument document) =>
        document.Entities.Where(e => e.Label == EntityLabel.GPE && _lexicons.Places.IsState(e.Normalized))
            .GroupBy(e => e.Normalized).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(e => e.Start))
            .Select(g => (g.Key, g.Count()));
}
