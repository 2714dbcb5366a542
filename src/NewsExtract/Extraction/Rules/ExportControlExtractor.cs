using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// export_control: a party imposes, tightens, eases, suspends, resumes or maintains a restriction on exports,
/// or grants licences. One row per element named under the measure (else per class of goods) and per target.
/// </summary>
/// <remarks>
/// Works clause by clause. The relation is the clause's first trigger verb (a few nouns such as "a ban on"
/// count when the clause names who bans); <see cref="ControlledGoods"/> reads what is controlled and
/// <see cref="ExportParties"/> who acts and whom it targets. Stateless and thread-safe.
/// </remarks>
public sealed partial class ExportControlExtractor : IFactExtractor
{
    private readonly ExtractionLexicons _lexicons;
    private readonly LexiconPattern _cue;
    private readonly LexiconPattern _relation;
    private readonly ControlledGoods _goods;
    private readonly ExportParties _parties;
    private readonly PriceCaps _caps;

    public ExportControlExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _cue = Patterns.Words(lexicons.ExportCues);
        _relation = Patterns.Stems(lexicons.ExportRelations);
        _goods = new ControlledGoods(lexicons, _relation);
        _parties = new ExportParties(lexicons, _relation);
        _caps = new PriceCaps(lexicons);
    }

    public string Name => "rule:export_control";

    // Cue kinds: a trigger verb, its aspect ("extended", "keeps", "remains in force"), a measure noun ("a ban on"),
    // a quota change, a permit requirement ("will need a permit").
    // PastAt: where the clause tells an earlier measure in a relative clause ("X, which halted exports in June, will
    // keep the halt"), else -1.
    // Withheld: licences or approvals stopped, frozen or not given ("stopped issuing permits", "has not approved a single
    // licence"): a restriction that tightens a regime for the destinations it names, and imposes one on all others.
    private sealed record Relation(string Name, int Index, bool IsNoun, string Trigger = "", string Cue = "verb", int PastAt = -1, bool Withheld = false);

    // The last measure that named its own goods: what a later "The ban covers X" adds goods to.
    private sealed record ToldMeasure(string Subject, string Relation, string Date, IReadOnlyList<string> Targets, int Sentence);

    // How many sentences after its measure a scope sentence may come: further on, "the order covers X" is more often a
    // measure the rules did not read than the last one they did.
    private const int ScopeReach = 3;

    // "The ban covers X, Y and Z", "The same rule will also apply to Y", "According to a list ..., the suspended licences
    // cover Z": a measure told before, named by its noun at the head of the sentence, and a verb of its scope.
    [GeneratedRegex(@"^(?:(?:according\s+to|under|in\s+addition|for\s+now|however|meanwhile|besides)\b[^,;]{0,80},\s+)?(?:the|this|that|these|those|its|their)\s+(?:[\w\-]+\s+){0,3}?(?:bans?|rules?|decree|decision|order|regulation|resolution|quotas?|restrictions|curbs|controls|measures?|requirements?|regime|licen[cs]es|permits|suspension|moratorium|embargo|prohibition)\s+(?:(?:also|now|will|would|only|still|already|further|currently|then)\s+){0,2}(?:covers?|covered|covering|appl(?:y|ies|ied)\s+to|includes?|included|extends?\s+to|affects?|affected)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeOfTold();

    [GeneratedRegex(@"\bexport(?:s|ed|ing|ers?|able|ations?)?\b|\b(?:trans-?)?shipments?\b|\boutbound\b|\boverseas\s+sales\b|\b(?:control|entity)\s+list\b|\blicensing\b|\bunder\s+(?:export\s+)?(?:licen[cs]|control)|\bunder\s+the\s+same\s+(?:export\s+)?regime\b|\badd(?:s|ed|ing)?\b.{1,60}?\bto\s+(?:the|its|their)\s+(?:[\w\-]+\s+){0,3}list\b|" + ControlledGoods.NeedsPermit + @"|\b(?:sales|supplies|deliveries)\s+of\b[^.;]{1,80}?\bto\b|\b(?:licen[cs]e|permit)\s+applications?\b|\b(?:sell|selling|sold|supplying|ship|shipping|sending)\b[^.;]{1,60}?\bto\b|\b(?:sales?|sell(?:s|ing)?|ship(?:s|ping)?|cargo(?:e?s)?|consignments?)\b[^.;]{0,60}?\b(?:abroad|overseas)\b|\bleaving\s+(?:the\s+country|its\s+(?:ports?|territory|borders?|shores))\b|\b(?:consignments?|shipments?|cargo(?:e?s)?)\b[^.;]{0,60}?\bleaving\s+(?-i:\p{Lu})|\b(?:cargo(?:e?s)?|consignments?)\s+(?:of\s+[^.;]{1,40}?\s+)?(?:bound\s+)?(?:to|for)\s+(?:buyers|customers|utilities|(?-i:\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex ExportWord();

    [GeneratedRegex(@"(?:restriction|control|ban|curb|measure|rule|requirement|licen[cs]|quota|regime)", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureNoun();

    [GeneratedRegex(@"^(?:concentrates?|ores?|metals|minerals)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareGenericGoods();

    // "to" after a noun or a date ("in June 2024 to keep gas"), not after a verb that takes it ("continuing to
    // withhold", "decided to keep", "plans to maintain").
    [GeneratedRegex(@"(?<!\b(?:\w+ing|\w+ed|will|would|is|are|was|were|has|have|had|continue|continues|plans|wants|aims|seeks|intends|agrees|decides|needs|vows|pledges|promises|threatens|tries|moves|set|likely|able|unable)\s+)\bto\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PurposeTo();

    [GeneratedRegex(@"\b(?:export|shipment|sale|sell|deliver|supplying)|^(?:[\w\-]+\s+){1,3}(?:exports|shipments|sales)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExportNoun();

    [GeneratedRegex(@"(?:ion|ions|ive|ively)$", RegexOptions.IgnoreCase)]
    private static partial Regex NounEnding();

    [GeneratedRegex(@"\b(?:put|puts|placed|places|brought|brings|bring)\s+(?:[\w\-,]+\s+){0,8}?(?:under|into)\s+(?:the\s+|its\s+|an?\s+)?(?:same\s+|new\s+)?(?:export\s+)?(?:regime\b|licen[cs]|control|curbs|restrictions|quotas?|ban\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PutUnder();

    [GeneratedRegex(@"\b(?:consider|weigh|stud(?:y|ie|yi)|propos|mull|discuss|draft)\w*\s+(?:(?:an?|the|new|possible|its\s+own)\s+)?(?:(?!on\b|for\b)[a-z-]+\s+)?(?:export\s+)?(?:bans?|restrictions|curbs|controls|limits|caps?|quotas?|embargo(?:es)?|licen[cs]es|licensing(?:\s+(?:system|regime|requirements?))?|permits?(?:\s+(?:system|regime|requirements?))?)\s+(?:on|for)\b|\b(?:consider|weigh|stud(?:y|ie|yi)|propos|mull|discuss|draft)\w*\s+(?:(?:an?|the|new|possible|its\s+own)\s+)?(?:[a-z-]+\s+)?(?:suspension|halt|moratorium)\s+(?:on|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeighedMeasure();

    [GeneratedRegex(@"\b(?:bans?|embargo(?:es)?|quotas?|curbs|caps?)\s+on\b|\b(?:licensing|permit|licen[cs]e)\s+(?:regime|requirements?|system)\b|\bexport\s+(?:licen[cs]es|permits|certificates)\s+for\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureNounPhrase();

    // "these materials", "the metal", "the two metals", "them": goods named before.
    [GeneratedRegex(@"\b(?:these|those|such|the\s+(?:two|three|four))\s+(?:[a-z\-]+\s+)?(?:materials|elements|metals|minerals|items|products|goods|commodities|ores|fuels|grains|crops)\b|\b(?:the|this|that)\s+(?:metal|mineral|ore|element|commodity|fuel|grain|crop)\b|\bthem\b|\bboth\b|\bunder\s+the\s+(?:pause|arrangement|scheme|regime|deal|exemption|waiver|programme|program)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();

    [GeneratedRegex(@"\b(?:it|they)\s+(?:[a-z]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\bthe\s+government\b|\bauthorities\b", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentWord();

    [GeneratedRegex(@"\b(?:government|authorities|ministry|directorate|bureau|customs|agency|office|regulator|cabinet|committee|department|commission)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyWord();

    // "the ministry", "the country" with no name; "we introduced", "we granted": a government speaking of its own measure.
    [GeneratedRegex(@"\bthe\s+(?:[a-z\-]+\s+){0,2}?(?:government|authorities|ministry|directorate|secretariat|customs|regulator|cabinet|department|country|minister)\b|\bMinistry\s+of\b|\bwe\s+(?:(?:have|had|will|would|are|were|also|now|then|already|just|could|may|might|can|shall)\s+){0,3}(?:introduced|imposed|banned|suspended|lifted|granted|issued|extended|approved|required|require|considering|decided|set|raised)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HomeBody();

    // The subject of the verb is a government body named by its kind alone: "the ministry", "the trade ministry".
    [GeneratedRegex(@"\bthe\s+(?:[a-z\-]+\s+){0,2}?(?:government|authorities|ministry|regulator|cabinet)\s+(?:[a-z]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex BodySubject();

    // "extend X to Vietnam", "to cover Y": a wider scope; "to late September", "to 2027", "to 31 October": a later end.
    [GeneratedRegex(@"\bto\s+(?!(?:late|early|mid|the\s+end|end|(?:January|February|March|April|May|June|July|August|September|October|November|December)|\d+)\b)\w", RegexOptions.IgnoreCase)]
    private static partial Regex ScopeTo();

    // The scope of "extend" is read up to the first comma: "extended its ban for another year, ... to local mills" keeps it.
    [GeneratedRegex(@"^[^,;:]{0,80}")]
    private static partial Regex ScopeWindow();

    [GeneratedRegex(@"^add(?:s|ed|ing)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AddVerb();

    [GeneratedRegex(@"(?:\bnot|n't|\bnever|\bno\s+longer|\brefus\w*\s+to|\bno\s+(?:plans?|intention|need|reason)\s+to|\bnot\s+(?:plan|planning|intend|intending|expected|likely)\s+to|\bruled\s+out)\s+(?:yet\s+|been\s+|be\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NegationBefore();

    [GeneratedRegex(@"\bno\s+(?:new\s+|more\s+|further\s+|fresh\s+)?(?:export\s+)?(?:permits|licen[cs]es|approvals)\b[^.;]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex NoPermitsBefore();

    [GeneratedRegex(@"^[^.;:]{0,40}?\band\s+(?:its|their)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ElidedVerbGap();

    [GeneratedRegex(@"\b(?:continu\w*\s+to|still|remains?|remained|stays?|stayed|kept|keeps?|keeping)\s+(?:being\s+|be\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex KeptBefore();

    [GeneratedRegex(@"^(?:stop|stops|stopped|halted|ceased|froze|freezing|freezes)\s+(?:issuing|approv|licen|permit|granting)", RegexOptions.IgnoreCase)]
    private static partial Regex WithheldStem();

    // A grant that has stopped happening, not one hedged or refused for the future ("not expected to approve").
    [GeneratedRegex(@"(?:\b(?:has|have|had)\s+not|\b(?:hasn't|haven't|hadn't)|\b(?:has|have)\s+no\s+longer|\bno\s+longer|\b(?:has|have)\s+never)\s+(?:yet\s+|been\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithheldBefore();

    [GeneratedRegex(@"\bimport(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:permits?|licen[cs]es?|licensing|quotas?|bans?|curbs|restrictions|tariffs?|dut(?:y|ies))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImportMeasure();

    [GeneratedRegex(@"\b(?:from|since|effective|starting|beginning|as\s+of|as\s+from)\s+(?:on\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EffectiveCue();

    // "require licences for 14 more types of", "additional categories": within a few words of the trigger.
    [GeneratedRegex(@"\G[\w-]+(?:\s+[\w-]+){0,6}?\s+(?:\d+\s+|several\s+|a\s+few\s+)?(?:more|additional|further)\s+(?:[\w-]+\s+)?(?:types|categories|kinds|items|products|goods|technologies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoreItems();

    [GeneratedRegex(@"^(?:(?:by|to|further|slightly|marginally|back)\s+){0,2}(?:[$€£¥]|\d)")]
    private static partial Regex MovedByAmount();

    [GeneratedRegex(@"^(?:[\w-]+\s+){0,2}?(?:prices?|premiums?|output|production|demand|shares|stocks|rates|costs|margins|sales|revenues?|profits?|earnings|volumes|hopes|sentiment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LiftedAmount();

    [GeneratedRegex(@"\bexport\s+(?:[\w-]+\s+)?(?:dut(?:y|ies)|tax(?:es)?|lev(?:y|ies)|tariffs?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExportTax();

    // What makes a clause about a control even when it names an export tax too.
    [GeneratedRegex(@"\b(?:licen[cs]\w*|permits?|bans?|banned|quotas?|caps?|capped|embargo\w*|halt\w*|suspen\w*|curbs?|restrict\w*|prohibit\w*|controls?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ControlNoun();

    /// <summary>A clause whose measure is a tax on exports and nothing else.</summary>
    private static bool TaxOnly(ReadOnlySpan<char> clause) => ExportTax().IsMatch(clause) && !ControlNoun().IsMatch(clause);


    public IEnumerable<Fact> Extract(DocumentLookups document, CancellationToken cancellationToken = default) => Candidates(document, cancellationToken).Select(c => c.Fact);

    /// <summary>Every export-control candidate with the trigger and the patterns that proposed it, so that a trained
    /// relation classifier can use them as features.</summary>
    public IEnumerable<ExportControlCandidate> Candidates(DocumentLookups document, CancellationToken cancellationToken = default)
    {
        var views = document.Sentences;
        var headlineTarget = views.Count > 0 ? _parties.HeadlineTarget(views[0]) : null;
        var states = _parties.States(document, views);
        string? lastSubject = null;
        IReadOnlyList<string> lastObjects = [];
        ToldMeasure? lastMeasure = null;
        foreach (var view in views)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The destinations of the sentence's last restriction, for a later clause that widens it.
            IReadOnlyList<string> lastTargets = [];
            // "The EU and the UK will lower the price cap on Russian crude": a sanction on what buyers pay, read apart.
            var caps = _caps.In(view).ToList();
            if (caps.Count > 0)
            {
                foreach (var cap in caps)
                    yield return cap;
                continue;
            }
            // A measure sentence without an export word ("the ban would be extended to X") counts, loosely, once the
            // article has stated a measure.
            var contextual = !IsAboutExports(view);
            // "It has issued import permits for raw sugar": a measure on imports is no export control.
            if (contextual && (lastSubject is null || !_cue.IsMatch(view.Folded) || !_relation.IsMatch(view.Folded) || ImportMeasure().IsMatch(view.Folded)))
            {
                foreach (var scoped in Scoped(view, lastMeasure))
                    yield return scoped;
                continue;
            }
            var named = false;
            IReadOnlyList<string> carriedObjects = [];
            // Clauses without a measure since the goods were last carried: their goods are read only when a later
            // clause needs them carried over, not for every clause.
            var unread = new List<Clause>();
            // The measure of the sentence's last clause that had one, and where that clause ends.
            Relation? spoken = null;
            var spokenEnd = 0;
            foreach (var (clause, sharedFrom) in WholeNames(view, view.Clauses).SelectMany(c => Measures(view, c)))
            {
                // "keeps its export duty at 9.5%": a tax on exports is a statistic (its rate), not an export control.
                if (TaxOnly(view.Folded.AsSpan(clause.Start..clause.End)))
                    continue;
                var relation = FindRelation(view.Folded[clause.Start..clause.End]);
                if (relation is null)
                {
                    unread.Add(clause);
                    continue;
                }
                // "lifted its ban on white rice in 2024 and its ban on broken rice last year": the second measure's verb
                // is the first one's, left out.
                if (relation.IsNoun && sharedFrom >= 0 && spoken is { IsNoun: false } verb
                    && ElidedVerbGap().IsMatch(view.Folded.AsSpan(spokenEnd..clause.Start)))
                    relation = relation with { Name = verb.Name, IsNoun = false, Trigger = verb.Trigger, Cue = verb.Cue, Withheld = verb.Withheld };
                (spoken, spokenEnd) = (relation, clause.End);
                var verbAt = clause.Start + relation.Index;
                var (objects, pattern) = _goods.Objects(view, clause, verbAt);
                if (objects.Count == 0)
                {
                    carriedObjects = LastGoods(view, unread) ?? carriedObjects;
                    unread.Clear();
                    // "Both products will need a licence": the goods of the sentence before, measure or not, else of the
                    // last measure.
                    (objects, pattern) = Anaphor().IsMatch(view.Folded.AsSpan(clause.Start..clause.End))
                        ? (PreviousGoods(views, view) ?? lastObjects, "anaphor") : (carriedObjects, "carried");
                }
                else
                {
                    // "granted export licences for concentrate": a bare generic head names the goods told before.
                    if (objects is [var only] && BareGenericGoods().IsMatch(only)
                        && (PreviousGoods(views, view) ?? lastObjects) is { Count: > 0 } told && !told.Contains(only))
                        (objects, pattern) = (told, "anaphor");
                    carriedObjects = objects;
                    unread.Clear();
                }
                // Loose goods: list members a lexicon item hid, weaker anchors; else the goods of the last measure
                // ("the requirement will remain in force", "granted licences to 12 operators").
                var extras = _goods.Extras(view, clause, objects).ToList();
                // "The ban was first imposed in May 2024": a sentence that dates the start of the measure told before.
                var startTold = relation.Name == "imposes" && !relation.IsNoun && HistoryOf(view, relation.Name) is not null;
                if (objects.Count == 0 && extras.Count == 0 && lastObjects.Count > 0)
                    extras = lastObjects.Select(o => (o, startTold ? "previous-start" : "previous")).ToList();
                if (objects.Count == 0 && extras.Count == 0)
                    continue;
                var targets = _parties.Targets(view, clause);
                if (relation.Withheld && targets.Count > 0)
                    relation = relation with { Name = "tightens" };
                var subject = _parties.Subject(view, clause, verbAt, targets);
                // "the ministry suspended kelp exports ..., and one Chinese buyer cancelled": a body of no named state
                // before the verb is the article's own state's, not a state named after the verb.
                // The article's state is read over the whole document: asked last, once the rare cue is there.
                if (subject is not null && BodySubject().IsMatch(view.Folded.AsSpan(clause.Start..verbAt))
                    && states.Home is { } own && own != subject && !targets.Contains(own)
                    && _parties.FirstState(view, clause.Start, verbAt, []) is null
                    && _lexicons.Places.DemonymsIn(view.Text, clause.Start, verbAt).Count == 0)
                    subject = own;
                // "China mines 80% of the world's tungsten and has required licences ...", "X banned ..., and its latest
                // package extended the ban to Y in Russian plants": the first verb's subject, not a state after the verb.
                if (sharedFrom >= 0)
                    subject = _parties.FirstState(view, sharedFrom, clause.Start, targets) ?? subject;
                // "the government" without a name is the article's own state; otherwise the last actor carries on.
                var ownGovernment = GovernmentWord().IsMatch(view.Folded.AsSpan(clause.Start..clause.End));
                var loose = contextual && !startTold ? 0.15 : 0.0;
                // A noun-phrase measure, or a title-case subheading ("Easing Export Signals"), states no measure
                // unless it names who acts; the last actor is a loose guess.
                if (subject is null && (relation.IsNoun && !ownGovernment || IsTitleCase(view.Text)))
                {
                    if (lastSubject is null || targets.Contains(lastSubject))
                        continue;
                    subject = lastSubject;
                    loose = 0.2;
                }
                // "it banned ..." points back to the state named earlier in the sentence, else in the one before.
                if (subject is null && Pronoun().IsMatch(view.Folded.AsSpan(clause.Start..verbAt)))
                    subject = _parties.FirstState(view, 0, clause.Start, targets)
                        ?? (view.Index > 0 ? _parties.FirstState(views[view.Index - 1], 0, views[view.Index - 1].Text.Length, targets) : null);
                // "Indonesia: approvals on ice. The trade ministry's directorate stopped issuing ...": a body of no named
                // state acts for the one state the sentence before is about.
                if (subject is null && view.Index > 0 && BodyWord().IsMatch(view.Folded.AsSpan(clause.Start..verbAt)))
                    subject = _parties.OnlyState(views[view.Index - 1], targets);
                var guessed = subject is null;
                // "the ministry", "the country" with no name: the state whose government the article names.
                if (subject is null && states.Home is { } home && !targets.Contains(home) && HomeBody().IsMatch(view.Folded.AsSpan(clause.Start..clause.End)))
                    subject = home;
                subject ??= ownGovernment || lastSubject is null || targets.Contains(lastSubject) ? ExportParties.MostFrequentState(states, targets) : lastSubject;
                // No state named at all: a story datelined in a capital is that state's ("LUSAKA - log exports will stop").
                if (subject is null && states.Home is { } dated && !targets.Contains(dated))
                    subject = dated;
                if (subject is null)
                    continue;
                // "relief from Myanmar: Myanmar's government granted ...": the actor is no target of its own measure.
                if (targets.Contains(subject))
                    targets = targets.Where(t => t != subject).ToList();
                // The article's main state is the other guess when the actor was carried over.
                var alternative = guessed ? ExportParties.MostFrequentState(states, targets) : null;
                if (alternative == subject)
                    alternative = null;
                var sameActor = subject == lastSubject;
                lastSubject = subject;
                if (objects.Count > 0)
                    lastObjects = objects;
                // "banned sales of X to Russia, and its latest package extended the ban to Y": the widened measure
                // keeps the destinations of the one it widens.
                if (targets.Count == 0 && pattern == "extended-to" && sameActor)
                    targets = [.. lastTargets];
                else if (targets.Count > 0 && relation.Name is "imposes" or "tightens" or "maintains")
                    lastTargets = targets;
                var explicitTargets = targets;
                // "Shipments to X will continue to receive export permits": relief for named destinations from the
                // measure told before is a grant for its goods, as sure as the measure.
                if (relation.Name == "grants_license" && targets.Count > 0)
                    extras = extras.Select(e => e is (var item, "previous") ? (item, "previous-exempted") : e).ToList();
                if (targets.Count == 0)
                {
                    // FACT_SCHEMA: the target may come from context when the sentence implies it.
                    var context = _parties.ContextTarget(states, relation.Name, subject, headlineTarget);
                    targets = context.Length > 0 ? [context] : [""];
                }
                var date = EffectiveDate(view, clause, skipHistory: relation.Name is not ("imposes" or "tightens"));
                var modality = _lexicons.ModalityOf(WithoutDates(view, clause));
                var confidence = 0.55 + (view.Of(EntityLabel.ELEMENT).Any() ? 0.15 : 0) + (modality == RuleFacts.Asserted ? 0.1 : 0) - (relation.IsNoun ? 0.1 : 0) - loose;
                var history = relation.Name is "imposes" or "tightens" ? null
                    : HistoryOf(view, relation.Name) ?? (relation.PastAt >= 0 ? new History(PastDate(view, clause.Start + relation.PastAt, verbAt), clause.Start + relation.PastAt) : null);
                // Only targets named before the history ("its ban on X exports to Y, imposed in 2024") are the old measure's.
                var historyTargets = history is null ? [] : explicitTargets.Where(t => view.Within(clause.Start, clause.End)
                    .Any(e => e.Label == EntityLabel.GPE && e.Normalized == t && view.Rel(e) < history.At)).ToList();
                var items = objects.Select(o => (Item: o, Pattern: pattern, Confidence: confidence))
                    .Concat(extras.Select(e => (e.Item, e.Pattern, Confidence: LooseConfidence(e.Pattern) - loose)));
                // A measure with goods of its own; a sentence whose clauses only carry goods over may still say what
                // the last one covers ("The ban covers X but exempts shipments to Y").
                if (objects.Count > 0)
                    (lastMeasure, named) = (new ToldMeasure(subject, relation.Name, date, explicitTargets, view.Index), true);
                foreach (var (obj, itemPattern, itemConfidence) in items)
                {
                    foreach (var target in targets)
                    {
                        yield return new ExportControlCandidate(RuleFacts.Create(view, FactTypes.ExportControl, Name, subject, relation.Name, obj,
                            date: date, place: target, modality: modality, confidence: itemConfidence), relation.Trigger, relation.Cue, itemPattern);
                        if (alternative is not null)
                            yield return new ExportControlCandidate(RuleFacts.Create(view, FactTypes.ExportControl, Name, alternative, relation.Name, obj,
                                date: date, place: target, modality: modality, confidence: 0.33), relation.Trigger, relation.Cue, itemPattern + "+main-state");
                    }
                    // The history of the same measure has the same targets: "its ban on X exports to Y, imposed in 2024".
                    if (history is not null)
                        foreach (var target in historyTargets.DefaultIfEmpty(""))
                            yield return new ExportControlCandidate(RuleFacts.Create(view, FactTypes.ExportControl, Name, subject, "imposes", obj,
                                date: history.Date, place: target, modality: RuleFacts.Asserted, confidence: itemConfidence - 0.1), "", "history", itemPattern);
                }
            }
            if (!named)
                foreach (var scoped in Scoped(view, lastMeasure))
                    yield return scoped;
        }
    }

    /// <summary>"The ban covers X, Y and Z": the goods a sentence adds to the measure told last, which keeps its actor,
    /// relation, date and destinations (the sentence's own places are often exemptions: "but exempts shipments to
    /// Y").</summary>
    private IEnumerable<ExportControlCandidate> Scoped(SentenceView view, ToldMeasure? told)
    {
        if (told is null || view.Index - told.Sentence > ScopeReach || ScopeOfTold().Match(view.Folded) is not { Success: true } scope)
            yield break;
        var at = scope.Index + scope.Length;
        var clause = view.Clauses.FirstOrDefault(c => c.Start <= at && at < c.End);
        if (clause.End == 0)
            yield break;
        var modality = _lexicons.ModalityOf(WithoutDates(view, clause));
        var confidence = 0.55 + (view.Of(EntityLabel.ELEMENT).Any() ? 0.15 : 0) + (modality == RuleFacts.Asserted ? 0.1 : 0);
        foreach (var item in _goods.Covered(view, clause, at))
            foreach (var target in told.Targets.DefaultIfEmpty(""))
                yield return new ExportControlCandidate(RuleFacts.Create(view, FactTypes.ExportControl, Name, told.Subject, told.Relation, item,
                    date: told.Date, place: target, modality: modality, confidence: confidence), "", "scope", "scope");
    }

    /// <summary>Clauses joined again where a break fell inside a name: "the Ministry of Industry and Trade has ...".</summary>
    private static IEnumerable<Clause> WholeNames(SentenceView view, IReadOnlyList<Clause> clauses)
    {
        Clause? pending = null;
        foreach (var clause in clauses)
        {
            if (pending is { } p && view.Entities.Any(e => view.Rel(e) < p.End && view.RelEnd(e) > clause.Start - 1 && view.RelEnd(e) > p.End))
                pending = new Clause(p.Start, clause.End);
            else
            {
                if (pending is { } done)
                    yield return done;
                pending = clause;
            }
        }
        if (pending is { } last)
            yield return last;
    }

    /// <summary>Each loose goods pattern has its own confidence, a feature of the trained fact scorer.</summary>
    private static double LooseConfidence(string pattern) => pattern switch
    {
        "phrase-part" => 0.48,
        "containing" => 0.46,
        "whole-list" => 0.44,
        "added-to" => 0.43,
        "loose-anchor" => 0.42,
        "before-cue-loose" => 0.40,
        "previous-start" => 0.52,
        "previous-exempted" => 0.52,
        "previous" => 0.36,
        "element-modified" => 0.35,
        _ => 0.35,
    };

    // "required licences for X since 2023 and banned shipments of both to Y in 2024", "... and its latest package
    // extended the ban to Z", "stopped issuing permits in January, and will ban exports from 2028": two measures, split
    // before the second trigger verb that follows "and".
    // ", and Peru halted ferrous scrap exports": a second measure with a subject of its own (the group "own").
    [GeneratedRegex(@",?\s+and\s+(?:(?<own>(?:the\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}\s+)|(?:said|says|added|announced)\s+(?:(?:today|yesterday|on\s+[A-Z]\w+|last\s+\w+|that)\s+){0,2}(?:it|they)\s+(?:would|will)\s+|(?:its|their)\s+(?:[\w-]+\s+){0,3})?(?:(?:it|has|have|had|will|would|could|may|might|plans\s+to|intends\s+to|is\s+to|then|also|later|subsequently|in\s+[A-Z]\w+(?:\s+\d{4})?,?|on\s+[A-Z]\w+(?:\s+\d{1,2})?,?)\s+){0,3}$")]
    private static partial Regex AndBefore();

    /// <summary>The measures of a clause, each with where the measure before it starts (its verbs share that one's
    /// subject: "China mines 80% of it and has required licences since 2025"), or -1 for the first.</summary>
    private IEnumerable<(Clause Clause, int SharedFrom)> Measures(SentenceView view, Clause clause)
    {
        var folded = view.Folded;
        var start = clause.Start;
        var previous = -1;
        foreach (Match m in _relation.Matches(folded[..clause.End], clause.Start))
        {
            var before = folded[start..m.Index];
            var and = AndBefore().Match(before);
            if (!and.Success || and.Index == 0 || m.Value.EndsWith("ion", StringComparison.OrdinalIgnoreCase))
                continue;
            var own = and.Groups["own"];
            // The subject of its own is a state after a comma (", and Peru halted"), not the end of a name
            // ("Ministry of Industry and Trade has extended") or of a list of places ("to Chile and Ecuador in March").
            if (own.Success && (before[and.Index] != ',' || !view.Within(start + own.Index, start + own.Index + own.Length)
                    .Any(e => e.Label == EntityLabel.GPE && _lexicons.Places.IsState(e.Normalized))))
                continue;
            yield return (new Clause(start, start + and.Index), previous);
            previous = own.Success ? -1 : start;
            start = own.Success ? start + own.Index : m.Index;
        }
        yield return (new Clause(start, clause.End), previous);
    }

    // "from May": a month is no hedge.
    private static string WithoutDates(SentenceView view, Clause clause)
    {
        var text = view.Folded.ToCharArray();
        foreach (var date in view.Within(clause.Start, clause.End).Where(e => e.Label == EntityLabel.DATE))
            Array.Fill(text, ' ', view.Rel(date), view.RelEnd(date) - view.Rel(date));
        return new string(text, clause.Start, clause.End - clause.Start);
    }

    private static bool IsTitleCase(string text)
    {
        var words = LongWord().Matches(text).Select(m => m.Value).ToList();
        return words.Count >= 3 && words.Count(w => char.IsUpper(w[0])) >= 0.75 * words.Count;
    }

    /// <summary>The goods the sentence before <paramref name="view"/> names last, measure or not, or null.</summary>
    private IReadOnlyList<string>? PreviousGoods(IReadOnlyList<SentenceView> views, SentenceView view) =>
        view.Index > 0 && views[view.Index - 1] is var previous ? LastGoods(previous, previous.Clauses) : null;

    /// <summary>The goods of the last of <paramref name="clauses"/> that names any (read from its start, as a clause
    /// without a measure is), or null when none does.</summary>
    private IReadOnlyList<string>? LastGoods(SentenceView view, IReadOnlyList<Clause> clauses)
    {
        for (var i = clauses.Count - 1; i >= 0; i--)
        {
            if (_goods.Objects(view, clauses[i], clauses[i].Start).Items is { Count: > 0 } items)
                return items;
        }
        return null;
    }

    /// <summary>A sentence about exports, a control list or licensing, or a measure noun next to controlled goods.</summary>
    private bool IsAboutExports(SentenceView view) =>
        _cue.IsMatch(view.Folded) && (ExportWord().IsMatch(view.Folded) || _goods.NamedAfterAnchor(view))
        || AddToList().IsMatch(view.Folded);

    [GeneratedRegex(@"\badd(?:s|ed|ing)?\b.{1,60}?\bto\s+(?:the|its|their)\s+(?:[\w\-]+\s+){0,3}list\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddToList();

    // A larger export quota eases a restriction, and so does a quota in place of a ban; a smaller one tightens it.
    [GeneratedRegex(@"\b(?<replace>replac)\w*\s+(?:[\w\-']+\s+){0,8}?with\s+(?:[\w\-']+\s+){0,3}quotas?\b|\b(?<up>rais|increas|lift|expand|doubl)\w*\s+(?:[\w\-']+\s+){0,4}quotas?\b|\b(?<down>cut|reduc|lower|slash|trim|halv)\w*\s+(?:[\w\-']+\s+){0,4}quotas?\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuotaChange();

    [GeneratedRegex(@"^(?:in\s+(?:place|force)|\w+)\s+(?:in|on|since)\s+(?:early\s+|late\s+|mid-)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b")]
    private static partial Regex HistoryAfter();

    // History told beside a change: "a ban in force since January 2024", "a regime introduced in December 2023".
    [GeneratedRegex(@"\b(?:introduced|imposed|announced|adopted|ordered|decided|began|begun|started|frozen|suspended|halted|paused|in\s+force|in\s+place|on\s+hold)\s+(?:since|in|on|from)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HistoryCue();

    // "resumed issuing permits after a four-month freeze", "ending a suspension", "after suspending them".
    [GeneratedRegex(@"\b(?:ending|ended|ends|after|following)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:freeze|halt|suspension|pause|ban|moratorium)\b|\bafter\s+(?:suspending|halting|freezing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HaltEnded();

    private Relation? FindRelation(string clause)
    {
        var found = FirstRelation(clause);
        // "the ban, introduced in March 2023, has been suspended": the history verb gives way to the main one.
        if (found is { Name: "imposes", IsNoun: false } && HistoryAfter().IsMatch(clause.AsSpan(found.Index..))
            && FirstRelation(clause[(found.Index + 1)..]) is { } later && later.Name != "imposes")
            return later with { Index = later.Index + found.Index + 1 };
        // "Egypt, which halted LNG exports in June, will maintain the suspension": the relative clause tells the
        // history, the main verb the change.
        if (found is { Name: "imposes", IsNoun: false } && RelativeBefore().IsMatch(clause.AsSpan(..found.Index))
            && FirstRelation(clause[(found.Index + found.Trigger.Length)..]) is { Name: not "imposes" } main)
            return main with { Index = main.Index + found.Index + found.Trigger.Length, PastAt = found.Index };
        // "the urea export halt will stay in place": the measure named first is kept.
        // "will require licences for 14 more types of equipment": goods added to a regime tighten it.
        if (found is { Name: "imposes", IsNoun: false } && MoreItems().IsMatch(clause, found.Index))
            return found with { Name = "tightens" };
        var after = found is null ? 0 : found.Index + Math.Max(found.Trigger.Length, 1);
        if (found is { Name: not "maintains" } && FirstRelation(clause[after..]) is { Name: "maintains" } kept
            && AuxiliaryGap().IsMatch(clause.AsSpan(after..(after + kept.Index))))
            return kept with { Index = kept.Index + after };
        return found;
    }

    private Relation? FirstRelation(string clause)
    {
        // A verb that moves a minimum export price, unless another measure's trigger comes before it.
        var floor = FloorPriceChange(clause);
        if (floor is { IsNoun: false } && !(_relation.Match(clause) is { Success: true } other && other.Index < floor.Index))
            return floor;
        var quota = QuotaChange().Match(clause);
        if (quota.Success && !NegationBefore().IsMatch(clause.AsSpan(..quota.Index)))
            return new Relation(quota.Groups["up"].Success || quota.Groups["replace"].Success ? "eases" : "tightens", quota.Index, IsNoun: false,
                clause[quota.Index..].Split(' ')[0], "quota");
        var weighed = WeighedMeasure().Match(clause);
        foreach (Match m in _relation.Matches(clause))
        {
            // "considering restrictions on X, which could remove ...": the measure weighed comes first.
            if (weighed.Success && weighed.Index < m.Index)
                break;
            if (UnderTheBefore().IsMatch(clause.AsSpan(..m.Index)))
                continue;
            var relation = Patterns.ValueOf(_lexicons.ExportRelations, m.Value);
            var rest = clause[(m.Index + m.Length)..];
            var window = rest[..Math.Min(rest.Length, 45)].TrimStart();
            // "halted exports to keep gas for its own power stations": a purpose, not a measure kept.
            if (relation == "maintains" && PurposeTo().IsMatch(clause.AsSpan(..m.Index)) && !MeasureNoun().IsMatch(HeadPhrase().Match(window).Value))
                continue;
            // "Licences have been withheld since February": a new restriction; "continues to withhold" keeps one.
            var withheld = WithheldStem().IsMatch(m.Value);
            if (m.Value.StartsWith("withh", StringComparison.OrdinalIgnoreCase) && !KeptBefore().IsMatch(clause.AsSpan(..m.Index)))
                (relation, withheld) = ("imposes", true);
            // "No new permits for unprocessed ore will be issued": a grant denied.
            if (relation == "grants_license" && NoPermitsBefore().IsMatch(clause.AsSpan(..m.Index)))
                (relation, withheld) = ("imposes", true);
            if (NegationBefore().IsMatch(clause.AsSpan(..m.Index)))
            {
                // "has not approved a single licence since March": licences withheld are a restriction in force.
                if (relation != "grants_license" || !WithheldBefore().IsMatch(clause.AsSpan(..m.Index)))
                    continue;
                relation = "imposes";
                withheld = true;
            }
            if (relation == "suspends")
            {
                // "suspends exports of X" ("stops exporting X") is a new restriction; "suspends the restrictions for N
                // firms" lifts one.
                var head = HeadPhrase().Match(window).Value;
                // "suspended the export licences of 17 exporters" withdraws permission: a new restriction too, and so
                // does "halted the issuance of export permits".
                withheld = PermitsEnd().IsMatch(head) || IssuanceOfPermits().IsMatch(window);
                relation = m.Value.Contains("sell", StringComparison.OrdinalIgnoreCase) || m.Value.Contains("export", StringComparison.OrdinalIgnoreCase) || !MeasureNoun().IsMatch(head) && ExportNoun().IsMatch(head)
                    || withheld || PassiveHaltOfExports(clause.AsSpan(..m.Index)) ? "imposes" : "suspends";
            }
            if (relation == "imposes" && NounEnding().IsMatch(m.Value))
                continue;
            // "A general export permit will allow exports to X": the permit lets them go.
            if (relation == "eases" && m.Value.StartsWith("allow", StringComparison.OrdinalIgnoreCase)
                && (UnderLicence().IsMatch(window) || PermitWord().IsMatch(clause.AsSpan(..m.Index))))
                relation = "grants_license";
            // "lifted the suspension of beef exports": ending a halt resumes exports; lifting a ban eases it.
            if (relation == "eases" && HaltNoun().IsMatch(HeadPhrase().Match(window).Value))
                relation = "resumes";
            // "would lift refined premiums", "lifted output": raising an amount, not lifting a measure.
            if (m.Value.StartsWith("lift", StringComparison.OrdinalIgnoreCase) && LiftedAmount().IsMatch(window))
                continue;
            // "graphite eased 1.2% to $2,480", "tightened to 3.1%": a figure that moved, not a measure.
            if (relation is "eases" or "tightens" && MovedByAmount().IsMatch(window))
                continue;
            // "ban" is a verb only with its object: "could ban exports of X"; "a ban on" is a noun (below).
            if (m.Value.Equals("ban", StringComparison.OrdinalIgnoreCase) && !BanOnExports().IsMatch(window))
                continue;
            // "restricting the export of X" is a measure; "curbing China's access to Y" is commentary.
            if (relation == "imposes" && m.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !m.Value.Contains(' ', StringComparison.Ordinal)
                && !ExportsSoon().IsMatch(window)
                && !AddedToList().IsMatch(rest))
                continue;
            // "issued licences" or, in the passive, "permits were issued", "licences already issued for X will be honoured".
            var lead = clause[Math.Max(0, m.Index - 70)..m.Index];
            if (relation == "grants_license" && !m.Value.StartsWith("permit", StringComparison.OrdinalIgnoreCase) && !PermitWord().IsMatch(window)
                && !(m.Value.Contains(' ', StringComparison.Ordinal) && PermitWord().IsMatch(m.Value))
                && !PermitsPassive().IsMatch(lead))
                continue;
            // "Licences already issued for such goods are revoked": what the sentence does to them is the measure.
            if (relation == "grants_license" && Revoked().IsMatch(rest))
                continue;
            var cue = relation == "maintains" ? "aspect" : "verb";
            // "adds X to its control list", "X could be added": goods join an existing regime (LABELLING.md).
            // "had added" tells the regime's history: the original measure.
            if (AddVerb().IsMatch(m.Value) && !HadBefore().IsMatch(clause.AsSpan(..m.Index)))
                relation = "tightens";
            if (m.Value.StartsWith("extend", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("renew", StringComparison.OrdinalIgnoreCase))
            {
                // "extend general licences to X" hands out licences; "extend the ban (until June)" keeps it;
                // "extend the requirement to Vietnam / to cover X" widens it.
                relation = LicencesLead().IsMatch(window) ? "grants_license"
                    : ScopeTo().IsMatch(ScopeWindow().Match(rest).Value) ? "tightens" : "maintains";
                cue = "aspect";
            }
            return new Relation(relation, m.Index, IsNoun: false, clause.Substring(m.Index, m.Length), cue, Withheld: withheld && relation == "imposes");
        }
        // "is considering a ban on X exports", "weighing an export licensing system for X": a measure in the making.
        if (weighed.Success && !NegationBefore().IsMatch(clause.AsSpan(..weighed.Index)))
            return new Relation("imposes", weighed.Index, IsNoun: false, weighed.Value.Split(' ')[0], "weighed");
        // "put X under export licensing", "brings X into the licensing system"; "bring X under the same regime" adds goods
        // to a measure in force.
        var put = PutUnder().Match(clause);
        if (put.Success && !NegationBefore().IsMatch(clause.AsSpan(..put.Index)))
            return new Relation(put.Value.Contains(" same ", StringComparison.OrdinalIgnoreCase) ? "tightens" : "imposes", put.Index, IsNoun: false, put.Value.Split(' ')[0], "verb");
        // "anyone exporting X would need a permit", "exporters must obtain a licence", "every lot must carry an export
        // permit", "will need an authorisation", "must carry a certificate of residue testing": a licensing requirement
        // (a certificate a shipment needs to leave is a permit, LABELLING.md).
        var need = NeedPermit().Match(clause);
        if (need.Success && !NegationBefore().IsMatch(clause.AsSpan(..need.Index)))
            return new Relation("imposes", need.Index, IsNoun: false, "need", "permit");
        // "under a minimum export price of $640": the floor in force, when nothing else in the clause is a measure.
        if (floor is not null)
            return floor with { Name = "imposes", IsNoun = true, Cue = "noun" };
        var noun = MeasureNounPhrase().Match(clause);
        return noun.Success && !NegationBefore().IsMatch(clause.AsSpan(..noun.Index))
            ? new Relation("imposes", noun.Index, IsNoun: true, noun.Value.Split(' ')[0], "noun") : null;
    }

    /// <summary>A minimum export price is a measure on exports (LABELLING.md): setting one imposes it, raising it
    /// tightens, lowering or scrapping it eases, extending it maintains; the verb before it or, in the passive, after.</summary>
    private static Relation? FloorPriceChange(string clause)
    {
        var floor = FloorPrice().Match(clause);
        if (!floor.Success || NegationBefore().IsMatch(clause.AsSpan(..floor.Index)))
            return null;
        var verb = FloorVerbBefore().Match(clause, 0, floor.Index) is { Success: true } before ? before
            : FloorVerbAfter().Match(clause, floor.Index + floor.Length) is { Success: true } after ? after : null;
        if (verb is null)
            return new Relation("imposes", floor.Index, IsNoun: true, clause[floor.Index..].Split(' ')[0], "noun");
        var name = verb.Groups["tightens"].Success ? "tightens" : verb.Groups["maintains"].Success ? "maintains"
            : verb.Groups["imposes"].Success ? "imposes" : "eases";
        var at = verb.Groups["verb"].Index;
        return new Relation(name, at, IsNoun: false, clause[at..].Split(' ')[0], "verb");
    }

    [GeneratedRegex(@"\b(?:" + ControlledGoods.FloorPriceWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex FloorPrice();

    // The verb that acts on the floor, right before it: "has raised the minimum export price", "scrapped its MEP".
    [GeneratedRegex(@"\b(?<verb>(?<tightens>rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing))|(?<maintains>extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|kept|keep(?:s|ing)?|maintain(?:s|ed|ing)?)|(?<imposes>set(?:s|ting)?|impos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|notif(?:y|ies|ied|ying)|fix(?:es|ed|ing)?|announc(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|float(?:s|ed|ing)?)|lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|remov(?:e|es|ed|ing)|lift(?:s|ed|ing)?|abolish(?:es|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)|end(?:s|ed|ing)?)\s+(?:(?:the|a|an|its|their|new|higher|lower)\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex FloorVerbBefore();

    // The passive after it: "the minimum export price of $2,000 a tonne on honey has been extended".
    [GeneratedRegex(@"\G(?:[^,;]|,(?=\d)){0,60}?\b(?:has|have|had|was|were|is|are|will)\s+(?:been\s+|be\s+)?(?<verb>(?<tightens>raised|increased|hiked)|(?<maintains>extended|renewed|kept|maintained)|(?<imposes>set|imposed|introduced|approved|notified|fixed)|lowered|cut|reduced|scrapped|removed|lifted|abolished|withdrawn|ended)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FloorVerbAfter();

    /// <summary>The earlier measure a sentence tells beside a later change, and where it is told.</summary>
    private sealed record History(string Date, int At);

    /// <summary>The measure before the change: dated by a history cue ("imposed in 2024", "frozen since March"), or, for
    /// a resumption, the halt it ends ("ending a six-week pause"), undated.</summary>
    private static History? HistoryOf(SentenceView view, string relation)
    {
        var dated = RuleFacts.DatesIn(view, 0, view.Text.Length)
            .FirstOrDefault(d => HistoryCue().IsMatch(view.Folded.AsSpan(Math.Max(0, view.Rel(d) - 30)..view.Rel(d))));
        if (dated is not null)
            return new History(dated.Normalized, view.Rel(dated));
        return relation == "resumes" && HaltEnded().Match(view.Folded) is { Success: true } halt ? new History("", halt.Index) : null;
    }

    /// <summary>The date of the relative clause between <paramref name="from"/> and the main verb, if it names one.</summary>
    private static string PastDate(SentenceView view, int from, int to) => RuleFacts.DatesIn(view, from, to).FirstOrDefault()?.Normalized ?? "";

    [GeneratedRegex(@"\b(?:which|that)\s+(?:(?:has|had|have|first|already|previously)\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeBefore();

    /// <summary>When the measure takes effect: a date after "from/since/effective", else the first date that is
    /// not the dateline's filing date.</summary>
    private static string EffectiveDate(SentenceView view, Clause clause, bool skipHistory)
    {
        var dates = RuleFacts.DatesIn(view, clause.Start, clause.End)
            .Where(d => !skipHistory || !HistoryCue().IsMatch(view.Folded.AsSpan(Math.Max(0, view.Rel(d) - 30)..view.Rel(d)))).ToList();
        var effective = dates.FirstOrDefault(d => EffectiveCue().IsMatch(view.Folded.AsSpan(..view.Rel(d))));
        return (effective ?? dates.FirstOrDefault())?.Normalized ?? "";
    }

    [GeneratedRegex(@"\bto\s+(?:its|the|their)\s+(?:[a-z]+\s+){0,3}list\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddedToList();

    [GeneratedRegex(@"^\s*(?:(?:will|would|has|have|is|to|still|also|now)\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex AuxiliaryGap();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?!(?:on|of|for|to)\b)[\w\-]+\s+){0,3}?(?:exports?|shipments?|sales)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BanOnExports();

    [GeneratedRegex(@"^(?:\S+\s+){0,3}?(?:exports?|shipments?|sales|licen[cs]|approvals|permits)", RegexOptions.IgnoreCase)]
    private static partial Regex ExportsSoon();

    [GeneratedRegex(@"\bhad\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HadBefore();

    [GeneratedRegex(@"^.*?(?=\s(?:of|on|for|to|from)\s|[,.;]|$)")]
    private static partial Regex HeadPhrase();

    // "extend general licences to X", "renewed the copper export permit of Y", "extended the authorisation that allows".
    [GeneratedRegex(@"^(?:(?:by|for)\s+(?:\d+|another|a\s+further|one|two|three|six|twelve)\s+(?:\w+\s+)?(?:months?|years?|weeks?)\s+)?(?:[\w-]+\s+){0,4}?(?:licen[cs]es?|permits?|authori[sz]ations?|approvals?|waivers?)\b(?!\s+(?:requirements?|system|regime|rules?|scheme|ban|freeze))", RegexOptions.IgnoreCase)]
    private static partial Regex LicencesLead();

    [GeneratedRegex(@"\b\p{L}{4,}\b")]
    private static partial Regex LongWord();

    [GeneratedRegex(@"\b(?:need(?:s|ed)?|require(?:s|d)?|(?:must|shall|ha(?:ve|s|d)\s+to)\s+(?:(?:first|now|also|still)\s+)?(?:obtain|get|hold|secure|seek|apply\s+for|carry|present|produce|be\s+accompanied\s+by|be\s+covered\s+by))\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:[a-z]+\s+)?(?:permit|licen[cs]e|authori[sz]ation|certificate)", RegexOptions.IgnoreCase)]
    private static partial Regex NeedPermit();

    // A waiver granted to one buyer or producer lets it export: a licence (the labels' grants_license), not a ban eased.
    // Export certificates (the sanitary ones farm goods need to leave) are permits too.
    [GeneratedRegex(@"licen[cs]|permit|approval|waiver|export\s+certificat", RegexOptions.IgnoreCase)]
    private static partial Regex PermitWord();

    [GeneratedRegex(@"\b(?:licen[cs]es|permits|approvals|registrations?|export\s+certificates)$", RegexOptions.IgnoreCase)]
    private static partial Regex PermitsEnd();

    [GeneratedRegex(@"^(?:the\s+)?(?:issu(?:ance|ing)|grant(?:ing)?|approv(?:al|ing))\s+of\s+(?:new\s+)?(?:export\s+)?(?:licen[cs]es|permits|certificates|approvals)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IssuanceOfPermits();

    [GeneratedRegex(@"(?:licen[cs]es|permits|approvals|export\s+certificates)\s+(?:\S+\s+){0,10}?(?:were|was|(?:have|has|had)\s+(?:also\s+|already\s+|now\s+|since\s+)?been|are|is|being|(?:will|would|could|can|may|might|to)(?:,\s*\w+,)?\s+(?:still\s+|also\s+|now\s+|only\s+)?be)\s+(?:\w+ly\s+)?$|(?:licen[cs]es|permits|approvals|export\s+certificates)\s+(?:already|previously|recently)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PermitsPassive();

    [GeneratedRegex(@"\bunder\s+the\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex UnderTheBefore();

    [GeneratedRegex(@"\b(?:revok|cancel|withdr[ae]w|annul|invalidat|voided)", RegexOptions.IgnoreCase)]
    private static partial Regex Revoked();

    [GeneratedRegex(@"\b(?:suspension|halt|freeze|pause|moratorium)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HaltNoun();

    /// <summary>"log exports would be suspended", "shipments of X were halted": exports the passive verb stops, a new
    /// halt; "the ban will be suspended" lifts a measure.</summary>
    private static bool PassiveHaltOfExports(ReadOnlySpan<char> before)
    {
        // The subject and its auxiliaries sit in the last words before the verb.
        if (PassiveSubject().Match(before[Math.Max(0, before.Length - 80)..].ToString()) is not { Success: true } m)
            return false;
        var subject = m.Groups["subject"].Value;
        // "the export licences of 47 traders were suspended": permission withdrawn, a new restriction too.
        return (ExportNoun().IsMatch(subject) || PermitsNoun().IsMatch(subject)) && !MeasureNoun().IsMatch(subject);
    }

    [GeneratedRegex(@"\b(?:licen[cs]es|permits|approvals)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PermitsNoun();

    // "could allow limited exports of X under licence": exports let through by permit, a licence granted.
    [GeneratedRegex(@"\b(?:under|with)\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:export\s+)?(?:licen[cs]es?|permits?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnderLicence();

    // The few words before a passive auxiliary at the end: "log exports would be ", "shipments of ore have been ".
    [GeneratedRegex(@"(?<subject>(?:[\w\-]+\s+){1,5}?)(?:will|would|could|may|might|shall|to|has|have|had|is|are|was|were)?\s*(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveSubject();
}

/// <summary>One proposed export-control fact with what proposed it: the trigger word as written, the kind of cue
/// (verb, aspect, noun, quota, permit, history) and the goods pattern (after-cue, before-cue, needs-permit,
/// element, lexicon, anaphor, carried).</summary>
public sealed record ExportControlCandidate(Fact Fact, string Trigger, string Cue, string Pattern);
