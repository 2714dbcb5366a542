using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// Who acts in an export measure and whom it targets. The subject is the agent of a passive ("imposed by X"),
/// the owner of the measure ("easing U.S. restrictions"), else the nearest state before the verb that is
/// neither a target nor an object. Targets follow "to/for/on/against", or are the buyers' country ("for 28
/// American companies"). When the sentence names no target, the article's context may (FACT_SCHEMA.md).
/// Stateless and thread-safe.
/// </summary>
/// <param name="lexicons">The lexicons.</param>
/// <param name="relations">The export-relation stems (<see cref="Patterns.Stems"/> of the lexicon), built once by the
/// extractor that owns this reader.</param>
public sealed partial class ExportParties(ExtractionLexicons lexicons, LexiconPattern relations)
{
    private readonly ExtractionLexicons _lexicons = lexicons;
    private readonly LexiconPattern _relation = relations;

    // A target follows a preposition, possibly after a number or a few modifiers ("for three major"); another
    // preposition between them opens a phrase of its own ("for licences under the Chinese rules").
    [GeneratedRegex(@"(?:^|\s)(?:to|for|from|on|against|toward|towards)\s+(?:the\s+)?(?:(?!(?:after|before|as|and|or|with|while|when|that|which|in|on|at|by|of|is|are|was|were|has|have|had|will|would|could|its|their|outside|inside|within|beyond|than|under|since|until|despite|through|amid)\b)[a-z0-9\-]+\s+){0,3}$")]
    private static partial Regex TargetPreposition();

    /// <summary>The targets named in the clause: places after "to/for/on/against" and places listed with them,
    /// and the country of "for 12 Japanese buyers".</summary>
    public List<string> Targets(SentenceView view, Clause clause)
    {
        var targets = new List<string>();
        // A town or a province the gazetteer does not know ("smelters in Central Sulawesi") is where the goods come from.
        var places = view.Within(clause.Start, clause.End).Where(e => e.Label == EntityLabel.GPE).ToList();
        var gpes = places.Where(e => !_lexicons.Places.IsCity(e.Normalized)
            && (_lexicons.Places.IsState(e.Normalized) || _lexicons.Places.Canonical(e.Text) is not null)).ToList();
        for (var i = 0; i < gpes.Count; i++)
        {
            // "to Malaysia and Thailand", "to A, B and C"; a comma alone continues the list only before another list mark.
            var gap = i > 0 ? view.Folded.AsSpan(view.RelEnd(gpes[i - 1])..view.Rel(gpes[i])) : [];
            var listedAfterTarget = i > 0 && targets.Contains(gpes[i - 1].Normalized)
                && (AndOrGap().IsMatch(gap)
                    || CommaGap().IsMatch(gap) && ListContinues().IsMatch(view.Folded.AsSpan(view.RelEnd(gpes[i])..)));
            if ((IsTarget(view, view.Rel(gpes[i])) || listedAfterTarget || InTargetTown(view, places, gpes[i])) && !targets.Contains(gpes[i].Normalized)
                && !PlacedInState(view, places, gpes[i]))
                targets.Add(gpes[i].Normalized);
        }
        var m = DemonymBuyers().Match(view.Text[clause.Start..clause.End]);
        if (m.Success && _lexicons.Places.CountryOfDemonym(m.Groups["demonym"].Value) is { } country && !targets.Contains(country))
            targets.Add(country);
        return targets;
    }

    /// <summary>"Johor, Malaysia": a province the state after it places is no target of its own.</summary>
    private bool PlacedInState(SentenceView view, List<Entity> places, Entity place)
    {
        var at = places.IndexOf(place);
        return at >= 0 && at + 1 < places.Count && _lexicons.Places.IsState(places[at + 1].Normalized) && Places(view, place, places[at + 1]);
    }

    /// <summary>"an operator in Johor, Malaysia": the state after a comma that places a town or province in target
    /// position is the target too.</summary>
    private bool InTargetTown(SentenceView view, List<Entity> places, Entity state)
    {
        var at = places.IndexOf(state);
        return at > 0 && Places(view, places[at - 1], state) && IsTarget(view, view.Rel(places[at - 1]));
    }

    /// <summary>"Johor, Malaysia": a place that is no state, then a comma and the place that locates it.</summary>
    private bool Places(SentenceView view, Entity town, Entity place) =>
        !_lexicons.Places.IsState(town.Normalized) && CommaGap().IsMatch(view.Folded.AsSpan(view.RelEnd(town)..view.Rel(place)));

    /// <summary>The acting state: the agent of a passive, the owner of the measure, else the nearest state or
    /// demonym before the verb that is not a target or an object, else the first such after it.</summary>
    public string? Subject(SentenceView view, Clause clause, int verbAt, IReadOnlyList<string> targets)
    {
        // A possessive ("Myanmar's government") names the actor even where the same state is also a target, and so does
        // a capital as the verb's subject ("Beijing could require licences for rubber ..., which buyers take from China").
        var states = view.Within(clause.Start, clause.End)
            .Where(e => e.Label == EntityLabel.GPE && _lexicons.Places.IsState(e.Normalized) && !IsDeliveryPoint(view, e)
                && (!targets.Contains(e.Normalized) || PossessiveS().IsMatch(view.Folded.AsSpan(view.RelEnd(e)..)) || IsVerbSubject(view, e, verbAt))).ToList();
        var agent = states.FirstOrDefault(g => ByBefore().IsMatch(view.Folded.AsSpan(..view.Rel(g))));
        if (agent is not null)
            return agent.Normalized;
        var owner = states.FirstOrDefault(g => !IsTarget(view, view.Rel(g)) && MeasureOwner().IsMatch(view.Folded.AsSpan(view.RelEnd(g)..)));
        if (owner is not null)
            return owner.Normalized;
        var candidates = states.Where(g => !IsTarget(view, view.Rel(g)) && !IsObject(view, view.Rel(g)) && !InApposition(view, g, verbAt))
            .Select(g => (At: view.Rel(g), Name: g.Normalized))
            .Concat(OrganizationStates(view, clause, targets))
            .Concat(Demonyms(view, clause.Start, clause.End).Where(d => !targets.Contains(d.Name)))
            .ToList();
        // "Chile, which sells most of its kelp through Peru, has kept its ban": a state inside a relative clause
        // between the subject and its verb is not the subject.
        var relative = RelativeClause().Match(view.Folded, clause.Start, Math.Max(0, verbAt - clause.Start));
        var (skipFrom, skipTo) = relative.Success && candidates.Exists(o => o.At < relative.Index)
            ? (relative.Index, relative.Index + relative.Length) : (-1, -1);
        var before = candidates.Where(c => c.At < verbAt && !(c.At > skipFrom && c.At < skipTo))
            .OrderByDescending(c => c.At).FirstOrDefault();
        if (before.Name is not null)
            return before.Name;
        return candidates.Where(c => c.At >= verbAt).OrderBy(c => c.At).Select(c => c.Name).FirstOrDefault()
            ?? SeatOfGovernment(view, clause, verbAt, targets)
            ?? ActingRegion(view, clause, verbAt, targets);
    }

    /// <summary>"$9/lb cif Oskel", "FOB Velmar", "ex-works Mumbai": a place a price is delivered to or loaded at is where
    /// the goods change hands, not a state that acts.</summary>
    internal static bool IsDeliveryPoint(SentenceView view, Entity place) => IsDeliveryPoint(view.Lookups.Document.Text, place);

    /// <inheritdoc cref="IsDeliveryPoint(SentenceView, Entity)"/>
    internal static bool IsDeliveryPoint(string text, Entity place) =>
        DeliveryTermBefore().IsMatch(text.AsSpan(Math.Max(0, place.Start - 16)..place.Start));

    [GeneratedRegex(@"(?<![\p{L}\-])(?:cif|cfr|c&f|cnf|fob|fca|fas|dap|ddp|exw|ex[\s-]works|delivered)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryTermBefore();

    /// <summary>"Sabah has banned exports of logs", "the provincial government of Quebec halted": with no state in the
    /// clause, a province or region that is the verb's own subject (only auxiliaries, or its government, between them)
    /// acts for itself. Elsewhere in a sentence a region is where the goods come from.</summary>
    private string? ActingRegion(SentenceView view, Clause clause, int verbAt, IReadOnlyList<string> targets)
    {
        // The last place before the verb, or one in apposition before it ("Sarawak, the Malaysian state on Borneo, may").
        foreach (var region in view.Within(clause.Start, verbAt).Where(e => e.Label == EntityLabel.GPE).Reverse())
        {
            if (_lexicons.Places.IsRegion?.Invoke(region.Normalized) == true && !targets.Contains(region.Normalized)
                && !IsTarget(view, view.Rel(region)) && RegionGovernmentThenVerb().IsMatch(view.Folded.AsSpan(view.RelEnd(region)..verbAt)))
                return region.Normalized;
        }
        return null;
    }

    // "Sabah's state government has", "Sarawak, the Malaysian state on Borneo, may": the region, perhaps told in apposition.
    [GeneratedRegex(@"^(?:'s?)?(?:,\s+the\s+[^,;]{1,60},)?(?:\s+(?:state|provincial|regional|territorial))?(?:\s+(?:government|authorities|administration|cabinet))?\s+" + Auxiliaries, RegexOptions.IgnoreCase)]
    private static partial Regex RegionGovernmentThenVerb();

    /// <summary>"In Ankara, the Trade Ministry said it had extended its ban": with no state named, the capital where a
    /// government body speaks before the verb is that state.</summary>
    private string? SeatOfGovernment(SentenceView view, Clause clause, int verbAt, IReadOnlyList<string> targets)
    {
        var speaks = view.Within(clause.Start, verbAt).Any(e => e.Label == EntityLabel.ORG) || GovernmentBody().IsMatch(view.Folded.AsSpan(clause.Start..verbAt));
        if (!speaks)
            return null;
        return view.Within(clause.Start, verbAt)
            .Where(e => e.Label == EntityLabel.GPE && !IsTarget(view, view.Rel(e)))
            .Select(e => _lexicons.Places.GovernmentOf?.Invoke(e.Text))
            .LastOrDefault(state => state is not null && _lexicons.Places.IsState(state) && !targets.Contains(state));
    }

    [GeneratedRegex(@"\b(?:ministry|government|authorities|regulator|cabinet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentBody();

    /// <summary>"Beijing could require licences", "Tokyo will ban": a capital written for its government right before
    /// the verb, with only auxiliaries between them, is its subject. A country written there may still be the target
    /// of a phrase before it.</summary>
    private bool IsVerbSubject(SentenceView view, Entity place, int verbAt) =>
        view.RelEnd(place) <= verbAt && _lexicons.Places.GovernmentOf?.Invoke(place.Text) is not null
        && AuxiliariesOnly().IsMatch(view.Folded.AsSpan(view.RelEnd(place)..verbAt));

    // What may stand between an actor and its verb: auxiliaries, adverbs and a time ("has also", "will on Monday").
    private const string Auxiliaries = @"(?:(?:has|have|had|will|would|could|may|might|can|is|was|also|already|now|then|again|quietly|last\s+\w+|on\s+\w+day)\s+)*$";

    [GeneratedRegex(@"^\s+" + Auxiliaries, RegexOptions.IgnoreCase)]
    private static partial Regex AuxiliariesOnly();

    // ", which sells most of its kelp through Peru," closed by a comma before the verb.
    [GeneratedRegex(@",\s+(?:which|who|whose)\s[^,;]{1,120},")]
    private static partial Regex RelativeClause();

    /// <summary>An agency named with its country speaks for it: "the U.S. Commerce Department", "Japan's Ministry of ...".</summary>
    private IEnumerable<(int At, string Name)> OrganizationStates(SentenceView view, Clause clause, IReadOnlyList<string> targets)
    {
        foreach (var org in view.Within(clause.Start, clause.End).Where(e => e.Label == EntityLabel.ORG))
        {
            var state = LeadingState(org.Text);
            if (state is not null && _lexicons.Places.IsState(state) && !targets.Contains(state) && !IsTarget(view, view.Rel(org)))
                yield return (view.Rel(org), state);
        }
    }

    // "Vietnam, the largest supplier outside China, has required permits": a place inside an apposition before the
    // verb describes the actor; it does not act.
    private static bool InApposition(SentenceView view, Entity place, int verbAt) =>
        view.RelEnd(place) < verbAt && AppositionOpen().IsMatch(view.Folded.AsSpan(..view.Rel(place)))
        && view.Folded.AsSpan(view.RelEnd(place)..verbAt).Contains(',');

    [GeneratedRegex(@"\p{L}[.']?\s*,\s+(?:the|a|an)\s+[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AppositionOpen();

    // A place right after a verb ("accusing China of") is its object, not the actor.
    private static bool IsObject(SentenceView view, int at) =>
        VerbBefore().IsMatch(view.Folded.AsSpan(..at));

    private static bool IsTarget(SentenceView view, int at)
    {
        // "a U.S.-China deal": a place in a compound adjective is no target.
        if (CompoundAdjective().IsMatch(view.Folded.AsSpan(at..)))
            return false;
        // Matched on the stretches in place: this is asked of every place in a clause, more than once.
        var before = view.Folded.AsSpan(..at);
        var tail = before.Length > 40 ? before[^40..] : before;
        // "exports of X from Ghana" names the origin, not a target; "exports from US end users" who buys them.
        if (ExportFrom().IsMatch(before.Length > 80 ? before[^80..] : before) && !BuyersAfter().IsMatch(view.Folded.AsSpan(at..)))
            return false;
        // "sugar from mills in Punjab": where the sellers are is where the goods come from ("applications from buyers in
        // Japan" say who buys).
        if (FromSitesIn().IsMatch(before.Length > 60 ? before[^60..] : before))
            return false;
        // "traders in Zhejiang told us": who speaks of the measure is no buyer under it (a comma before the verb sets off
        // the whole sentence's source: "for shipments to Vietnam, said X"); nor are those a consequence clause says it
        // would hurt ("..., a move that would hit mills in Italy").
        if (SpokeAfter().IsMatch(view.Folded.AsSpan(at..)) || ConsequenceBefore().IsMatch(before.Length > 80 ? before[^80..] : before))
            return false;
        return (TargetPreposition().IsMatch(tail) || BuyersIn().IsMatch(tail)) && !AccordingTo().IsMatch(tail);
    }

    [GeneratedRegex(@"^[\p{L}\p{M}.\-']+(?:\s+\p{Lu}[\p{L}\p{M}.\-']*)*\s+(?:(?:have|has|had)\s+)?(?:told|said|says|say|reported|report|note[sd]?|estimated?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpokeAfter();

    [GeneratedRegex(@",\s+(?:a|the)\s+(?:move|step|decision|measure|change)\s+(?:that|which)\b[^,;:]*$|,\s+which\s+(?:would|could|will|may|might)\s+(?:hit|hurt|affect|squeeze|benefit|help)\b[^,;:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ConsequenceBefore();

    [GeneratedRegex(@"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}(?!(?:buyers?|customers?|importers?|clients?|users?|purchasers?)\b)[\w\-]+\s+(?:based\s+|located\s+)?in\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromSitesIn();

    [GeneratedRegex(@"^(?:[\w.\-]+\s+){1,3}?(?:end[\s-]users?|buyers|customers|importers|clients)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BuyersAfter();

    [GeneratedRegex(@"\b(?:(?:buyer|customer|importer|user|client|firm|manufacturer|maker|automaker|chipmaker|assembler|integrator|processor|producer|distributor|trader|exporter|shipper|refiner|smelter|mill|plant|fab|project|operator|operation|offtaker|partner|end[\s-]user)s?|compan(?:y|ies)|refiner(?:y|ies)|factor(?:y|ies)|facilit(?:y|ies)|utilit(?:y|ies)|subsidiar(?:y|ies)|organi[sz]ations?|institut(?:e|es|ion|ions)|laborator(?:y|ies)|universit(?:y|ies)|parties)\s+(?:based\s+|located\s+)?in\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BuyersIn();

    private static bool InPlaceName(SentenceView view, int at)
    {
        foreach (var place in view.Of(EntityLabel.GPE))
        {
            if (view.Rel(place) <= at && at < view.RelEnd(place))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\s+(?:state|province|region|territory|prefecture|county|emirate|department|oblast)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubdivisionAfter();

    private IEnumerable<(int At, string Name)> Demonyms(SentenceView view, int from, int to)
    {
        foreach (var (index, length, country) in _lexicons.Places.DemonymsIn(view.Text, from, to))
        {
            // "The West African country banned exports": a region's demonym describing the country refers back to it.
            if (_lexicons.Places.DescribesACountry(view.Folded[..to], index + length, country))
                continue;
            // "British Columbia adds cedar logs": the demonym opens a place's name; "Sarawak, the Malaysian state": it
            // says whose region is meant, and the region acts.
            if (InPlaceName(view, index) || SubdivisionAfter().IsMatch(view.Folded.AsSpan(index + length)))
                continue;
            if (!IsTarget(view, index) && !IsObject(view, index))
                yield return (index, country);
        }
    }


    /// <summary>A headline about measures on one party ("curbs on X stay in place") names the target of the
    /// article's restrictions. Not a headline that eases them for that party ("keeps its ban, eases curbs for X"):
    /// the article's other measures need not concern X.</summary>
    public string? HeadlineTarget(SentenceView headline)
    {
        foreach (var gpe in headline.Of(EntityLabel.GPE))
        {
            var before = headline.Folded[..headline.Rel(gpe)];
            if (MeasureOn().IsMatch(before)
                && _lexicons.Places.IsState(gpe.Normalized)
                && !Relieves(before))
                return gpe.Normalized;
        }
        return null;
    }

    // The first export verb of the headline's clause before the target ("pauses ... ban for X"), if it eases,
    // suspends or licenses.
    private bool Relieves(string before)
    {
        var boundary = HeadlineClauseBoundary().Matches(before).LastOrDefault();
        var clause = boundary is null ? before : before[(boundary.Index + boundary.Length)..];
        var verb = _relation.Match(clause);
        return verb.Success
            && Patterns.ValueOf(_lexicons.ExportRelations, verb.Value) is "eases" or "suspends" or "resumes" or "grants_license";
    }

    /// <summary>Restrictions default to the headline's target; relief (easing, resuming, licences) in a two-party
    /// story goes to the other party.</summary>
    public string ContextTarget(DocumentStates states, string relation, string subject, string? headlineTarget)
    {
        if (relation is "imposes" or "maintains" or "tightens")
            return headlineTarget is not null && headlineTarget != subject ? headlineTarget : "";
        var top = states.Counts.Take(3).ToList();
        if (top.Count < 2 || top[0].Name != subject && top[1].Name != subject)
            return "";
        var other = top[0].Name == subject ? top[1] : top[0];
        var third = top.Count > 2 ? top[2].Count : 0;
        // Only a clear two-party story: the counterpart is mentioned far more than anyone else.
        // ... and one the article names as a target somewhere ("curbs on X", "shipments to X"), not just a market.
        return other.Count >= 2 * Math.Max(third, 1) && states.NamedAsTarget(other.Name) ? other.Name : "";
    }

    /// <summary>The first state named within [from, to) of a sentence that is not one of the targets.</summary>
    public string? FirstState(SentenceView view, int from, int to, IReadOnlyList<string> targets) =>
        view.Within(from, to).Where(e => e.Label == EntityLabel.GPE).Select(g => g.Normalized)
            .FirstOrDefault(n => _lexicons.Places.IsState(n) && !targets.Contains(n));

    /// <summary>The one state a sentence names outside its targets, or null when it names none or several. A sentence
    /// that names no state may name the capital its government speaks from ("the deputy minister said in Kyiv").</summary>
    public string? OnlyState(SentenceView view, IReadOnlyList<string> targets)
    {
        var places = view.Of(EntityLabel.GPE).Where(g => !IsTarget(view, view.Rel(g))).ToList();
        var named = places.Where(g => _lexicons.Places.IsState(g.Normalized) && !targets.Contains(g.Normalized))
            .Select(g => g.Normalized).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 0 && !places.Exists(g => _lexicons.Places.IsState(g.Normalized)))
            named = places.Where(g => SpokeIn().IsMatch(view.Folded.AsSpan(..view.Rel(g))))
                .Select(g => _lexicons.Places.GovernmentOf?.Invoke(g.Text))
                .Where(state => state is not null && _lexicons.Places.IsState(state) && !targets.Contains(state))
                .Select(state => state!).Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    // "said in Kyiv", "told reporters on Tuesday in Kyiv": where the speaker spoke, not a venue or a destination.
    [GeneratedRegex(@"\b(?:said|says|told\s+(?:reporters|journalists|a\s+\w+(?:\s+\w+)?)|announced|added|stated)\s+(?:on\s+\w+\s+)?in\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SpokeIn();

    public static string? MostFrequentState(DocumentStates states, IReadOnlyList<string> except) =>
        states.Counts.Select(s => s.Name).FirstOrDefault(n => !except.Contains(n));

    /// <summary>The states of a document, counted once for all its measures.</summary>
    public DocumentStates States(DocumentLookups document, IReadOnlyList<SentenceView> views) =>
        new(views, document.States(_lexicons.Places), () => HomeState(views));

    /// <summary>The state of a capital in a dateline ("ASTANA, May 3 -"), else the state whose government the article
    /// names most ("Kazakhstan's industry ministry", "the Korean government", "Singapore Customs"); null when neither
    /// is written. "The ministry" or "the country" with no name is that state's.</summary>
    private string? HomeState(IReadOnlyList<SentenceView> views)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string? state)
        {
            if (state is not null && _lexicons.Places.IsState(state))
                counts[state] = counts.GetValueOrDefault(state) + 1;
        }
        foreach (var view in views)
        {
            foreach (var entity in view.Entities)
            {
                if (entity.Label == EntityLabel.GPE && StateBodyAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(entity)..)))
                    Count(entity.Normalized);
                else if (entity.Label == EntityLabel.ORG && BodyName().IsMatch(entity.Text))
                    Count(StateInName(entity.Text));
            }
            foreach (var (index, length, country) in _lexicons.Places.DemonymsIn(view.Text, 0, view.Text.Length))
            {
                if (DemonymBodyAfter().IsMatch(view.Folded.AsSpan(index + length)))
                    Count(country);
            }
        }
        // A capital's dateline says where the story is told from, surer than counts, which a foreign ministry quoted
        // often can win.
        if (_lexicons.Places.DatelineState(views) is { } dateline)
            return dateline;
        return counts.Count == 0 ? null : counts.MaxBy(c => c.Value).Key;
    }

    // "Kenya Tea Regulatory Agency", "Government of India": the state a government body's name holds, first or after "of".
    private string? StateInName(string name)
    {
        if (LeadingState(name) is { } state)
            return state;
        var of = StateAfterOf().Match(name);
        return of.Success ? _lexicons.Places.Canonical(of.Groups["place"].Value) : null;
    }

    /// <summary>The place or demonym an organization's name opens with: "Kazakhstan's Ministry of ...", "U.S. Commerce
    /// Department", "Japanese Customs".</summary>
    private string? LeadingState(string name)
    {
        var first = PossessiveSuffix().Replace(LeadingName().Match(name).Value, "");
        return _lexicons.Places.Canonical(first) ?? _lexicons.Places.Canonical(first.Split(' ')[0]) ?? _lexicons.Places.CountryOfDemonym(first.Split(' ')[0]);
    }

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:(?:[a-z\-]+|\p{Lu}[\p{L}\-]+)\s+){0,3}?(?:government|ministry|authorities|customs|cabinet|parliament|regulator|secretariat|directorate|department)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StateBodyAfter();

    [GeneratedRegex(@"^\s+(?:[a-z\-]+\s+){0,2}?(?:government|ministry|authorities|customs|cabinet|parliament|regulator)\b")]
    private static partial Regex DemonymBodyAfter();

    [GeneratedRegex(@"\b(?:Ministry|Government|Customs|Agency|Authority|Department|Secretariat|Directorate|Bureau|Cabinet|Parliament)\b")]
    private static partial Regex BodyName();

    [GeneratedRegex(@"\bof\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)$")]
    private static partial Regex StateAfterOf();

    /// <summary>The states a document names, most often first (then first named), and where it names one as a target.</summary>
    public sealed class DocumentStates(IReadOnlyList<SentenceView> views, IReadOnlyList<(string Name, int Count)> counts, Func<string?> home)
    {
        private readonly Dictionary<string, bool> _namedAsTarget = new(StringComparer.Ordinal);
        private readonly Lazy<string?> _home = new(home);

        public IReadOnlyList<(string Name, int Count)> Counts { get; } = counts;

        /// <summary>The state of a capital dateline, else the one whose government the article names most; null when neither.</summary>
        public string? Home => _home.Value;

        public bool NamedAsTarget(string place)
        {
            if (!_namedAsTarget.TryGetValue(place, out var named))
                _namedAsTarget[place] = named = views.Any(view => view.Of(EntityLabel.GPE).Any(g => g.Normalized == place && IsTarget(view, view.Rel(g))));
            return named;
        }
    }

    [GeneratedRegex(@"according\s+to\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^(?:\s+and\s+|,\s*and\s+|\s+or\s+|,\s*or\s+)(?:the\s+)?$")]
    private static partial Regex AndOrGap();

    [GeneratedRegex(@"\bby\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"^,\s*(?:the\s+)?$")]
    private static partial Regex CommaGap();

    [GeneratedRegex(@"^[\p{L}.]+-\p{Lu}")]
    private static partial Regex CompoundAdjective();

    [GeneratedRegex(@"\b(?:to|for|from|against|add(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?!of\b)[\w\-]+\s+){0,3}?(?<demonym>\p{Lu}[\p{L}\-]+)\s+(?:(?:and|or)\s+\p{Lu}[\p{L}\-]+\s+)?(?:(?:[a-z\-]+|\p{Lu}{2,4})\s+){0,3}(?:companies|firms|customers|buyers|entities|importers|users|automakers|carmakers|manufacturers|chipmakers|businesses|clients|suppliers|producers|industries|makers|operators|recyclers|exporters|traders|fabs|plants|smelters|refiners|mills|utilities|end[\s-]users)(?!\s+to\s+(?!the\b|an?\b)[a-z]+\b)")]
    private static partial Regex DemonymBuyers();

    // "exports from Chile", "exports of X and Y from Z" name where goods leave (not past a destination or a second
    // clause: "resumed exports to X but still bars them from Y"); "export applications from Japanese buyers" who asks for them.
    [GeneratedRegex(@"\bexport\w*\s+(?:(?!(?:to|while|but|whereas|withhold\w*)\b)[\w\-.]+\s+){0,8}(?<!\b(?:applications?|requests?|orders?|enquiries|inquiries)\s+)from\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExportFrom();

    [GeneratedRegex(@"['’]s\b")]
    private static partial Regex PossessiveSuffix();

    [GeneratedRegex(@"^(?:,|\s+and\b|\s+or\b)")]
    private static partial Regex ListContinues();

    [GeneratedRegex(@"(?:curbs?|controls?|restrictions?|bans?|embargo|exports?)\s+(?:on|to|against|for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureOn();

    [GeneratedRegex(@"[;,:|]|\s[-–—]\s|-(?=but\b)|\b(?:but|while|as|and)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeadlineClauseBoundary();

    [GeneratedRegex(@"^(?:'s)?\s+(?:[a-z\-]+\s+){0,2}(?:export\s+)?(?:restrictions|controls|curbs|bans?|measures|licensing|licen[cs]e\s+requirements?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureOwner();

    [GeneratedRegex(@"^['’]s\s")]
    private static partial Regex PossessiveS();

    [GeneratedRegex(@"^[\p{L}.]+(?:['’]s)?(?:\s\p{Lu}[\p{L}.]+)?")]
    private static partial Regex LeadingName();

    // Not a participle that modifies a noun after a determiner: "a revised Dutch rule", "the growing Chinese demand".
    // "leaving Vietnam" says where goods go out from: the state whose rule it is, no object.
    [GeneratedRegex(@"(?<!\b(?i:a|an|the|its|their|this|that|these|those|his|her|our)\s)\b(?!(?:leaving|exiting|departing)\b)[a-z]+(?:ing|ed)\s+(?:the\s+)?$")]
    private static partial Regex VerbBefore();
}
