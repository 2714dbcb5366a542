using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// Who a statistic is about. The party in subject position before the figure, not a place where something happens
/// ("shares rose 14% in Toronto", "furnaces in Xinjiang", "the Lyon-based group") nor the source of the figure
/// ("according to X", "data from X"). A tariff rate is the imposing country's ("a 30% U.S. tariff", "the 20% tariff
/// the U.S. levies"). "The company", "the country", "the bloc" and a leading "its" point back to the nearest
/// organization or place named before.
/// </summary>
public sealed partial class StatisticSubjects(ExtractionLexicons lexicons)
{
    /// <summary>The subjects of the figures of one clause of <paramref name="view"/> (<see cref="InClause.Candidates"/>).</summary>
    public InClause In(SentenceView view, IReadOnlyList<SentenceView> views, Clause clause) => new(lexicons, view, views, clause);

    /// <summary>
    /// One clause, read for each of its figures. What does not depend on the figure (its parties and whether each is
    /// one, its tariff's imposer, its demonyms) is read once for the clause, and a cue before a party or figure is
    /// matched on the few chunks it spans (<see cref="WordScanner.StartOfChunks"/>): read once a figure over the
    /// whole clause, a long sentence of figures cost the cube of its length.
    /// </summary>
    public sealed class InClause
    {
        private readonly ExtractionLexicons _lexicons;
        private readonly SentenceView _view;
        private readonly IReadOnlyList<SentenceView> _views;
        private readonly Clause _clause;
        private readonly string _folded;
        // The sentence's places and organizations, and those within the clause with whether each can be a subject.
        private readonly IReadOnlyList<Entity> _parties;
        private readonly List<Entity> _inClause = [];
        private readonly List<bool> _isParty = [];
        // Read when first asked: 0 not yet, 1 no, 2 yes (one per party of the clause).
        private readonly byte[] _newStatement;
        private readonly byte[] _possessiveClause;
        private readonly byte[] _commaBefore;
        private readonly List<int> _before = [];
        private List<(int Index, int Length, string Country)>? _demonyms;
        private List<int>? _speechVerbEnds;
        private bool _imposerRead;
        private string? _imposer;

        internal InClause(ExtractionLexicons lexicons, SentenceView view, IReadOnlyList<SentenceView> views, Clause clause)
        {
            _lexicons = lexicons;
            _view = view;
            _views = views;
            _clause = clause;
            _folded = view.Folded;
            _parties = view.Parties;
            foreach (var e in _parties)
            {
                if (view.Rel(e) >= clause.Start && view.RelEnd(e) <= clause.End)
                {
                    _inClause.Add(e);
                    _isParty.Add(IsParty(view, e, lexicons.Places));
                }
            }
            _newStatement = new byte[_inClause.Count];
            _possessiveClause = new byte[_inClause.Count];
            _commaBefore = new byte[_inClause.Count];
        }

        /// <summary>
        /// Every party the figure may be about, best guess first, each with the confidence of the pattern that found
        /// it: the strict reading of <see cref="Of"/>, then looser readings the fact scorer learns to trust or not
        /// (the party nearest before the figure, the owner in "N% of its/X's ...", a demonym's country or phrase, the
        /// party the sentences before were about). Organization names are written in full as first named.
        /// </summary>
        public IReadOnlyList<(string Subject, double Confidence)> Candidates(Entity figure)
        {
            var found = new List<(string Subject, double Confidence)>();
            void Add(string? subject, double confidence)
            {
                if (string.IsNullOrWhiteSpace(subject))
                    return;
                // "the Company" of a results release is the company the release defines it as.
                if (DefinedTerm().IsMatch(subject))
                    subject = MainCompany() ?? subject;
                subject = StateOfGovernmentBody(FullName(subject, _views));
                subject = Conjoined(subject);
                if (!found.Any(f => string.Equals(f.Subject, subject, StringComparison.OrdinalIgnoreCase)))
                    found.Add((subject, confidence));
            }

            var at = _view.Rel(figure);
            var figureEnd = _view.RelEnd(figure);
            // "The bloc took 5.8% of the exports, against 31% for China": a value set against another is the party's it is
            // told for. (One told for no party, "against 11.5% the week before", is the earlier figure's; giving it that
            // figure's best guess cost as many rows on corpus/dev as it won, the guess being wrong as often.)
            if (EarlierValueBefore().IsMatch(Before(at, _clause.Start, 4)) && PartyFor().IsMatch(_folded.AsSpan(figureEnd))
                && _inClause.FirstOrDefault(e => _view.Rel(e) > figureEnd && PartyFor().IsMatch(_folded.AsSpan(figureEnd, _view.Rel(e) + 1 - figureEnd))) is { } forParty)
                Add(forParty.Normalized, 0.6);
            var strict = Of(figure, out var afterFigure);
            var ofIts = OfIts().IsMatch(_folded.AsSpan(figureEnd, _clause.End - figureEnd)) ? Referent(at, null, skipHere: true) : null;
            // "N% of X's ...": only a party within the next three words can have just "of the" before it.
            var ownedBefore = WordScanner.EndOfFirst(_folded, figureEnd, _clause.End, 3);
            var owned = _inClause.FirstOrDefault(e => _view.Rel(e) >= figureEnd && _view.Rel(e) <= ownedBefore
                && OfBetween().IsMatch(_folded.AsSpan(figureEnd, _view.Rel(e) - figureEnd))
                && PossessiveAfter().IsMatch(_folded.AsSpan(_view.RelEnd(e))))?.Normalized;
            // "China accounted for 38% of its sales", "Norway made up 14% of Acme's revenue": the share is the owner's.
            var share = ShareOf().IsMatch(Before(at, _clause.Start, ShareOfChunks)) && (ofIts ?? owned) is { } shareOwner
                && _view.Lookups.OrganizationNames.Contains(shareOwner) ? shareOwner : null;
            // "Acme's 2025 revenue of EUR 27 billion", "its sales of 611 billion yen": the money is the owner's.
            var moneyOwner = figure.Label == EntityLabel.MONEY ? MoneyOwner(at) : null;
            Add(share, 0.6);
            Add(Earner(at), 0.6);
            Add(moneyOwner, 0.58);
            var fromAfter = strict is not null && afterFigure && WeakAfter(figure, strict);
            Add(strict, share is not null || moneyOwner is not null ? 0.44 : fromAfter ? 0.46 : 0.6);
            // "Kesland buys 64% of its kelp from Peru": "its" is the subject's own, named before the figure; only after a
            // share verb ("China accounted for 38% of its sales") does it point back to a party of the sentences before.
            if (strict is null || afterFigure || share is not null || ShareOf().IsMatch(Before(at, _clause.Start, ShareOfChunks)))
                Add(ofIts, 0.47);
            Add(owned, 0.48);
            Add(Nearest(at)?.Normalized, 0.45);
            if (FirstDemonym(at) is { } demonym)
            {
                Add(DemonymPhrase(_view.Text, demonym.Index, at), 0.42);
                Add(demonym.Country, 0.4);
            }
            var unnamed = found.Count == 0;
            // "- Revenue of US$1,284 million, up 22%": a company's own figure, told with no party, in a release about it,
            // is the company's before it is the party of the sentences before.
            var companyMetric = unnamed && CompanyMetric().IsMatch(_folded.AsSpan(_clause.Start, _clause.End - _clause.Start));
            if (companyMetric)
                Add(MainCompany(), 0.36);
            if (found.Count == 0)
            {
                // "The duty on cars will rise to 50%": a rate a state sets, told with no party, is the article's state's,
                // not that of a dealers' federation quoted in the sentences before.
                var taxed = StatisticExtractor.TaxNoun().IsMatch(_folded.AsSpan(_clause.Start, at - _clause.Start));
                var told = Referent(_clause.Start, null);
                if (taxed && told is not null && _view.Lookups.OrganizationNames.Contains(told) && !GovernmentBody().IsMatch(told)
                    && MainState() is { } taxing)
                    Add(taxing, 0.35);
                // "Semiconductor exports rose 27.4%", "Exports to the EU climbed 27%": a country's trade or output told
                // with no party in the clause is the country the article is about.
                Add(told, 0.35);
                if (found.Count == 0 && (taxed || NationalFlow().IsMatch(_folded.AsSpan(_clause.Start, at - _clause.Start))) && MainState() is { } state)
                    Add(state, 0.35);
            }
            // Where the company came first, the party of the sentences before is the other guess.
            if (companyMetric && found.Count == 1 && Referent(_clause.Start, null) is { } referent)
                Add(referent, 0.34);
            return found;
        }

        /// <summary>A figure a ministry or commission states about its own policy is its state's (the gold never names the
        /// body): the country its name holds ("European Commission"), else the capital where it speaks ("In Jakarta, the
        /// Trade Ministry"), else the state the article names most. Any other party is returned as it is.</summary>
        private string StateOfGovernmentBody(string subject)
        {
            if (!GovernmentBody().IsMatch(subject))
                return subject;
            var places = _lexicons.Places;
            foreach (var word in NameWord().EnumerateMatches(subject))
            {
                var text = subject.Substring(word.Index, word.Length);
                if ((places.Canonical(text) ?? places.CountryOfDemonym(text)) is { } state && places.IsState(state))
                    return state;
            }
            var seat = _view.Of(EntityLabel.GPE).Select(g => places.GovernmentOf?.Invoke(g.Text)).FirstOrDefault(g => g is not null && places.IsState(g));
            if (seat is not null)
                return seat;
            return States() is [var (name, _), ..] ? name : subject;
        }

        /// <summary>"Chile and Peru together supply 41%", "trade between Ghana and Togo": a state written joined by
        /// "and" to another is the pair, in the order written.</summary>
        private string Conjoined(string subject)
        {
            for (var i = 0; i < _inClause.Count; i++)
            {
                var e = _inClause[i];
                if (e.Label != EntityLabel.GPE || e.Normalized != subject || !_lexicons.Places.IsState(subject))
                    continue;
                if (i + 1 < _inClause.Count && IsStatePair(e, _inClause[i + 1]))
                    return $"{subject} and {_inClause[i + 1].Normalized}";
                if (i > 0 && IsStatePair(_inClause[i - 1], e))
                    return $"{_inClause[i - 1].Normalized} and {subject}";
            }
            return subject;
        }

        private bool IsStatePair(Entity first, Entity second) =>
            second.Label == EntityLabel.GPE && first.Label == EntityLabel.GPE && second.Normalized != first.Normalized
            && _lexicons.Places.IsState(first.Normalized) && _lexicons.Places.IsState(second.Normalized)
            && _folded.AsSpan(_view.RelEnd(first), _view.Rel(second) - _view.RelEnd(first)) is " and "
            && !PossessiveAfter().IsMatch(_folded.AsSpan(_view.RelEnd(second)));

        /// <summary>The organization the article names most, at least three times or in its headline, that is no body of
        /// government: in a company's release or a story about its results, the company.</summary>
        private string? MainCompany()
        {
            foreach (var (name, count) in _view.Lookups.OrganizationCounts(_lexicons.Places))
            {
                var headlined = Headlined(name);
                if (count < 2 && !headlined)
                    return null;
                // Named three times, or in the headline: a call transcript names its company in the title and then
                // speaks of "our" results.
                if (!GovernmentBody().IsMatch(name) && !DefinedTerm().IsMatch(name) && (count >= 3 || headlined))
                    return name;
            }
            return null;
        }

        private bool Headlined(string name) =>
            _views.Count > 0 && _views[0].Of(EntityLabel.ORG).Any(o => o.Normalized == name
                || name.StartsWith(o.Normalized + " ", StringComparison.Ordinal) || o.Normalized.StartsWith(name + " ", StringComparison.Ordinal));

        /// <summary>The state the article names most, when it names one at least twice.</summary>
        private string? MainState() =>
            States() is [var (name, count), ..] && count >= 2 ? name : null;

        // Counted once per document (DocumentLookups): counted again for every clause, a long document of figures
        // took the square of its length.
        private IReadOnlyList<(string Name, int Count)> States() => _view.Lookups.States(_lexicons.Places);

        /// <summary>The strict reading: the tariff's imposer, the owner right before the figure, the party in subject
        /// position, a reference back, a demonym, and as a last resort the first party after the figure.</summary>
        private string? Of(Entity figure, out bool fromAfter)
        {
            fromAfter = false;
            var at = _view.Rel(figure);
            if (Imposer() is { } imposer)
                return imposer;

            // "the European Union's 9% duty", "Acme's 20% stake": the owner written right before the figure.
            if (Owner(at) is { } owner)
                return owner.Normalized;
            // "Uzbekistan took 38% of the exports and Afghanistan 21%": the verb is left out before the figure, whose
            // party is the one written right before it.
            if (Elided(at) is { } elided)
                return elided.Normalized;
            _before.Clear();
            for (var i = 0; i < _inClause.Count; i++)
            {
                if (_isParty[i] && _view.RelEnd(_inClause[i]) <= at)
                    _before.Add(i);
            }
            // "X, head of research at Acme, says Velmar supplies 22%": who says it is the source; the figure is about a
            // party of what is said.
            if (_before.Count > 1 && LastSpeechVerbEnd(at) is var said and >= 0 && _view.Rel(_inClause[_before[^1]]) >= said)
                _before.RemoveAll(i => _view.RelEnd(_inClause[i]) <= said);
            // "Indonesia's state-controlled miner, Acme, reported ...": the organization, not the place that owns it.
            if (_before.Count > 1 && _before.Any(o => _inClause[o].Label == EntityLabel.ORG && Flag(_commaBefore, o, CommaBeforeParty)))
                _before.RemoveAll(i => _inClause[i].Label == EntityLabel.GPE && Flag(_possessiveClause, i, PossessiveClauseAfter));
            if (_before.Count > 0)
            {
                var last = _before.FindLastIndex(i => Flag(_newStatement, i, NewStatementBefore));
                return _inClause[_before[last >= 0 ? last : 0]].Normalized;
            }
            if (Reference().Match(_view.Text, _clause.Start, at - _clause.Start) is { Success: true } r)
                return Referent(_clause.Start, r.Groups["org"].Success ? EntityLabel.ORG : r.Groups["gpe"].Success ? EntityLabel.GPE : null);
            if (FirstDemonym(at) is { } demonym)
                return demonym.Country;
            fromAfter = true;
            return After(figure);
        }

        /// <summary>Where the last verb of saying of the clause before <paramref name="at"/> ends, -1 when there is none.
        /// The clause's verbs are found once.</summary>
        private int LastSpeechVerbEnd(int at)
        {
            if (_speechVerbEnds is null)
            {
                _speechVerbEnds = [];
                foreach (var w in Word().EnumerateMatches(_folded.AsSpan(_clause.Start, _clause.End - _clause.Start)))
                {
                    var start = _clause.Start + w.Index;
                    if (_lexicons.SpeechVerbs.Contains(_folded.Substring(start, w.Length)))
                        _speechVerbEnds.Add(start + w.Length);
                }
            }
            for (var i = _speechVerbEnds.Count - 1; i >= 0; i--)
            {
                if (_speechVerbEnds[i] <= at)
                    return _speechVerbEnds[i];
            }
            return -1;
        }

        /// <summary>The party a possessive right before the figure names ("X's 20% stake"). The gap holds two chunks at
        /// most, so a party ending before the last three chunks cannot be it.</summary>
        private Entity? Owner(int at)
        {
            var from = WordScanner.StartOfChunks(_folded, 0, at, 3);
            for (var i = _parties.Count - 1; i >= 0; i--)
            {
                var end = _view.RelEnd(_parties[i]);
                if (end <= at && end >= from && PossessiveGap().IsMatch(_folded.AsSpan(end, at - end)))
                    return _parties[i];
            }
            return null;
        }

        /// <summary>A party right before the figure (a hedge word between at most, or a ranking's "with", "second at"),
        /// itself after "and", a comma, "followed by" or "ahead of".</summary>
        private Entity? Elided(int at)
        {
            for (var i = _inClause.Count - 1; i >= 0; i--)
            {
                var e = _inClause[i];
                if (_view.RelEnd(e) > at)
                    continue;
                return _isParty[i] && ElidedGap().IsMatch(_folded.AsSpan(_view.RelEnd(e), at - _view.RelEnd(e)))
                    && AndBeforeParty().IsMatch(Before(_view.Rel(e), _clause.Start, 3)) ? e : null;
            }
            return null;
        }

        /// <summary>The party nearest before the figure in the clause.</summary>
        private Entity? Nearest(int at)
        {
            for (var i = _inClause.Count - 1; i >= 0; i--)
            {
                if (_isParty[i] && _view.RelEnd(_inClause[i]) <= at)
                    return _inClause[i];
            }
            return null;
        }

        /// <summary>The first party named after the figure: the last resort of <see cref="Of"/>, and a loose reading.</summary>
        private string? After(Entity figure)
        {
            var from = _view.RelEnd(figure);
            for (var i = 0; i < _inClause.Count; i++)
            {
                var e = _inClause[i];
                if (_view.Rel(e) >= from && _isParty[i]
                    && !(figure.Label == EntityLabel.MONEY && Counterparty().IsMatch(Before(_view.Rel(e), 0, 3))))
                    return e.Normalized;
            }
            return null;
        }

        /// <summary>Whether <paramref name="strict"/> is the party named after the figure, read as a last resort, and not in a
        /// form that usually names who the figure is about ("N% of X's ...", "N% of EU imports", "N% of ... comes from X";
        /// from a place; not "N% of our ... come from X", not "N% coming from the X Bank").</summary>
        private bool WeakAfter(Entity figure, string strict)
        {
            var from = _view.RelEnd(figure);
            var party = _inClause.FirstOrDefault(e => _view.Rel(e) >= from && e.Normalized == strict);
            if (party is null)
                return false;
            var to = _view.Rel(party);
            var between = _folded.AsSpan(from, to - from);
            if (OfBetween().IsMatch(between))
                return false;
            // from a place: where it originates; from an organization: who funds or sells it
            return !(party.Label == EntityLabel.GPE && ComesFrom().IsMatch(Before(to, from, 4))
                && !OwnPossessive().IsMatch(between));
        }

        /// <summary>"a 30% U.S. tariff", "the 20% tariff the U.S. levies", "U.S. tariffs of 25%": the same for every
        /// figure of the clause, so read once.</summary>
        private string? Imposer()
        {
            if (_imposerRead)
                return _imposer;
            _imposerRead = true;
            if (!Tariff().IsMatch(_folded.AsSpan(_clause.Start, _clause.End - _clause.Start)))
                return null;
            foreach (var g in _inClause)
            {
                if (g.Label != EntityLabel.GPE)
                    continue;
                var after = _folded.AsSpan(_view.RelEnd(g));
                if (TariffAfter().IsMatch(after) || TariffThe().IsMatch(Before(_view.Rel(g), 0, 4)) && Levies().IsMatch(after))
                    return _imposer = g.Normalized;
            }
            return null;
        }

        /// <summary>"Coal earned Colombia $9.6 billion", "Mineral exports brought the country $4.6 billion": who earns the
        /// money is written between the verb and the figure.</summary>
        private string? Earner(int at)
        {
            var before = Before(at, _clause.Start, 6);
            if (EarnedBack().IsMatch(before))
                return Referent(_clause.Start, EarnedCountry().IsMatch(before) ? EntityLabel.GPE : null);
            for (var i = _inClause.Count - 1; i >= 0; i--)
            {
                var e = _inClause[i];
                if (_view.RelEnd(e) > at)
                    continue;
                return _isParty[i] && EarnedBefore().IsMatch(Before(_view.Rel(e), _clause.Start, 3))
                    && HedgeOnly().IsMatch(_folded.AsSpan(_view.RelEnd(e), at - _view.RelEnd(e))) ? e.Normalized : null;
            }
            return null;
        }

        /// <summary>"Acme's 2025 revenue of EUR 27 billion", "its sales of 611 billion yen": the owner of the measured noun.</summary>
        private string? MoneyOwner(int at)
        {
            var from = WordScanner.StartOfChunks(_folded, _clause.Start, at, 8);
            var m = MoneyNounOwner().Match(_folded, from, at - from);
            if (!m.Success)
                return null;
            if (m.Groups["its"].Success)
                return Referent(m.Index, EntityLabel.ORG) ?? Referent(m.Index, null);
            for (var i = _parties.Count - 1; i >= 0; i--)
            {
                if (_view.RelEnd(_parties[i]) == m.Index)
                    return _parties[i].Normalized;
            }
            return null;
        }

        /// <summary>The nearest party of the wanted kind named before <paramref name="upTo"/> in this sentence or the
        /// ones before it.</summary>
        private string? Referent(int upTo, EntityLabel? label, bool skipHere = false)
        {
            // "the country", "the government": a state, not a region ("its Caribbean ports") nor a city.
            bool Wanted(Entity e) => (label is null ? e.Label is EntityLabel.ORG or EntityLabel.GPE : e.Label == label)
                && !(e.Label == EntityLabel.GPE && _lexicons.Places.IsCity(e.Normalized))
                && !(label == EntityLabel.GPE && !_lexicons.Places.IsState(e.Normalized));
            if (!skipHere)
            {
                var here = _view.Entities;
                for (var i = here.Count - 1; i >= 0; i--)
                {
                    if (_view.Rel(here[i]) >= 0 && _view.RelEnd(here[i]) <= upTo && Wanted(here[i]))
                        return here[i].Normalized;
                }
            }
            for (var v = _view.Index - 1; v >= 0 && v >= _view.Index - 3; v--)
            {
                var entities = _views[v].Entities;
                for (var i = entities.Count - 1; i >= 0; i--)
                {
                    // Not a place something went to or happened in there ("exports to Botswana", "plants in Asia").
                    if (Wanted(entities[i]) && IsParty(_views[v], entities[i], _lexicons.Places))
                        return entities[i].Normalized;
                }
            }
            return null;
        }

        /// <summary>The first demonym of the clause that ends by <paramref name="at"/> (the figure, which starts a word).</summary>
        private (int Index, string Country)? FirstDemonym(int at)
        {
            // "European" in "the European Union", "Chinese" in "the Chinese Academy of Sciences": part of a name.
            // "duties on Chinese towers": the goods' origin, not who levies or pays the rate. "The West African country":
            // the country the article is about.
            _demonyms ??= _lexicons.Places.DemonymsIn(_view.Text, _clause.Start, _clause.End)
                .Where(d => !_inClause.Exists(e => _view.Rel(e) <= d.Index && d.Index + d.Length <= _view.RelEnd(e))
                    && !TaxedGoodsBefore().IsMatch(Before(d.Index, _clause.Start, 6))
                    && !_lexicons.Places.DescribesACountry(_folded[.._clause.End], d.Index + d.Length, d.Country)).ToList();
            return _demonyms.Count > 0 && _demonyms[0].Index + _demonyms[0].Length <= at ? (_demonyms[0].Index, _demonyms[0].Country) : null;
        }

        // The last chunks of the sentence before `to` (not before `from`): where a cue anchored at `to` can start.
        private ReadOnlySpan<char> Before(int to, int from, int chunks) => WordScanner.LastChunks(_folded, from, to, chunks);

        private bool NewStatementBefore(Entity e) => NewStatement().IsMatch(Before(_view.Rel(e), 0, 4));

        private bool CommaBeforeParty(Entity e) => CommaBefore().IsMatch(Before(_view.Rel(e), 0, 2));

        private bool PossessiveClauseAfter(Entity e) => PossessiveClause().IsMatch(_folded.AsSpan(_view.RelEnd(e)));

        // A yes/no about the i-th party of the clause, read once.
        private bool Flag(byte[] memo, int i, Func<Entity, bool> read)
        {
            if (memo[i] == 0)
                memo[i] = read(_inClause[i]) ? (byte)2 : (byte)1;
            return memo[i] == 2;
        }
    }

    // "accounts for" and up to eight words of "about", "nearly", "more than" before the figure.
    private const int ShareOfChunks = 10;

    /// <summary>Not a source of the figure (nor the outlet a dateline credits), not a supplier it depends on and not a
    /// place where something happens, nor a town or province (a figure about "its Hanau plant" or "Dresden chipmaker
    /// X" is the company's; the labels never give one a statistic).</summary>
    private static bool IsParty(SentenceView view, Entity e, PlaceKnowledge places)
    {
        if (e.Label == EntityLabel.GPE && (places.IsCity(e.Normalized) || !places.IsState(e.Normalized) && places.Canonical(e.Normalized) is null
            || ExportParties.IsDeliveryPoint(view, e)))
            return false;
        if (DatelineCredit.Is(view.Lookups.Document.Text, e))
            return false;
        var at = view.Rel(e);
        if (e.Label == EntityLabel.GPE && view.Folded.AsSpan(..at).IsWhiteSpace() && Dateline().IsMatch(view.Text.AsSpan(view.RelEnd(e)..)))
            return false;
        // The cues before the party span four chunks at most ("relying heavily on the"): read from there, not from a
        // copy of the sentence's start once a party and figure, which a long sentence of figures paid for with seconds.
        var before = WordScanner.LastChunks(view.Folded, 0, at, 4);
        if (SourceBefore().IsMatch(before) || SupplierBefore().IsMatch(before) || Based().IsMatch(view.Folded.AsSpan(view.RelEnd(e)..)))
            return false;
        return !(e.Label == EntityLabel.GPE && LocationBefore().IsMatch(before) && !WhichAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(e)..))
            && !(WithBefore().IsMatch(before) && ShareAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(e)..))));
    }

    // "for China", "in Peru" right after a figure: the party it is told for.
    [GeneratedRegex(@"^\s+(?:for|in)\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex PartyFor();

    // "against 11.5% the week before", "compared with 31% a year ago", "versus 40%": a value set against another.
    [GeneratedRegex(@"(?:^|[\s,;(])(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierValueBefore();

    // "with China taking 41%", "with Peru at 12%": a place after "with" that takes a figure is a party, not a place.
    [GeneratedRegex(@"^\s+(?:" + StatisticExtractor.ShareVerbs + @"|at|on)\s+" + StatisticExtractor.ElidedHedge + @"\d[\d.,]*\s*(?:%|per\s*cent|percent)", RegexOptions.IgnoreCase)]
    private static partial Regex ShareAfter();

    [GeneratedRegex(@"\bwith\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithBefore();

    private static string? DemonymPhrase(string text, int from, int to) =>
        DemonymSubject().Match(text, from, to - from) is { Success: true } m ? m.Groups["np"].Value : null;

    /// <summary>The longest organization name in the document that begins with <paramref name="name"/> ("Acme" →
    /// "Acme Metals Corp"), without a leading "Shares of".</summary>
    private static string FullName(string name, IReadOnlyList<SentenceView> views)
    {
        // The same few names are asked for once a figure: answer each once per document.
        var known = views[0].Lookups.FullNames;
        if (!known.TryGetValue(name, out var full))
            known[name] = full = FindFullName(name, views);
        return full;
    }

    private static string FindFullName(string name, IReadOnlyList<SentenceView> views)
    {
        name = SharesOf().Replace(name, "");
        var entities = views.SelectMany(v => v.Entities).ToList();
        if (entities.Any(e => e.Label == EntityLabel.GPE && e.Normalized == name))
            return name;
        var prefix = name + " ";
        var longer = entities
            .Where(e => e.Label == EntityLabel.ORG && e.Normalized.StartsWith(prefix, StringComparison.Ordinal))
            .Select(e => SharesOf().Replace(e.Normalized, ""))
            .OrderByDescending(n => n.Length).FirstOrDefault();
        // "Companhia Ametista de Metais (CAM) ... CAM said it would invest": the name the acronym stands for.
        return longer ?? (entities.Any(e => e.Label == EntityLabel.ORG && e.Normalized == name) ? views[0].Lookups.DefinedBy(name) : null) ?? name;
    }

    [GeneratedRegex(@"\b(?:according\s+to|data\s+(?:from|by)|figures\s+(?:from|by)|estimates?\s+(?:from|by)|research\s+(?:firm|group|house)|consultancy|analysts?\s+at|reported\s+by|compiled\s+by|said)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceBefore();

    // "and Peru 21%", and in a ranking "Peru with 21%", "Peru second at 19%".
    [GeneratedRegex(@"^\s+" + StatisticExtractor.RankedGap + StatisticExtractor.ElidedHedge + "$")]
    private static partial Regex ElidedGap();

    // "and", a comma, a ranking's link ("followed by Peru", "ahead of Chile"), or "with" before a share ("with Peru taking 41%").
    [GeneratedRegex(StatisticExtractor.RankingLink + @"\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AndBeforeParty();

    // A company's own figures: what it earns, owes, pays out and produces.
    [GeneratedRegex(@"\b(?:revenues?|sales|turnover|ebitda|ebit|profits?|net\s+income|earnings|margins?|dividends?|net\s+debt|net\s+cash|capex|capital\s+expenditure|output|production|utili[sz]ation|payout|backlog|order\s+intake|guidance|cash\s+flow|operating\s+(?:profit|income|costs?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyMetric();

    // "the Company", "the Group": a release's name for its issuer.
    [GeneratedRegex(@"^(?:the\s+)?(?:Company|Group)$", RegexOptions.IgnoreCase)]
    private static partial Regex DefinedTerm();

    // A body of government that speaks for its state; an "Authority" or "Board" may trade on its own account and stays.
    [GeneratedRegex(@"\b(?:Ministry|Department|Commission|Customs|Cabinet|Treasury|Government|Directorate|Secretariat|Bureau|Agency)\b")]
    private static partial Regex GovernmentBody();

    [GeneratedRegex(@"\p{Lu}[\p{L}.]*")]
    private static partial Regex NameWord();

    // A place where something happens, or the other end of a flow ("exports to X", "a deficit with X", "shipments for
    // X"), or a later member of a list of them ("to Turkey and Pakistan").
    [GeneratedRegex(@"(?:\b(?:in|at|near|into|across|outside|inside|through|to|with)|\b(?:shipments?|cargoes|exports?|licen[cs]es|permits|bound|destined)\s+for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-.]*(?:\s+\p{Lu}[\p{L}\-.]*)*(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?)*$", RegexOptions.IgnoreCase)]
    private static partial Regex LocationBefore();

    // "LONDON, Oct 14 (Wire) -": a dateline city is where the story was filed.
    [GeneratedRegex(@"^\s*,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z][a-z]{2,8})")]
    private static partial Regex Dateline();

    // "X accounts for 38% of its sales", "41% of Acme's revenue": the owner of what the share is taken of.
    [GeneratedRegex(@"^\s*(?:of\s+)?(?:all\s+)?(?<its>its|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfIts();

    // "Shares of Acme Co", "Shares in Acme": the company, not its stock.
    [GeneratedRegex(@"^(?:shares?|stock)\s+(?:of|in)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SharesOf();

    [GeneratedRegex(@"^[\-‐]based\b", RegexOptions.IgnoreCase)]
    private static partial Regex Based();

    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tariff();

    // "anti-dumping duties on ", "a tariff-rate quota on imported ": the goods a rate is charged on come next.
    [GeneratedRegex(@"\b(?:" + StatisticExtractor.TaxWords + @"|quotas?)\s+(?:on|against)\s+(?:(?:imported|imports\s+of|the|all)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TaxedGoodsBefore();

    [GeneratedRegex(@"^\s*(?:tariffs?|dut(?:y|ies)|levy|levies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TariffAfter();

    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|rate)\s+(?:that\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TariffThe();

    [GeneratedRegex(@"^\s*(?:(?:has|have|had)\s+)?(?:levies|levy|imposes|impose|imposed|charges|charge|applies|apply|applied)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Levies();

    // A reference back to a party named earlier, at the start of the clause.
    [GeneratedRegex(@"^\W*(?:[A-Z][a-z]+\s+[a-z]+\s+)?(?:the\s+(?:(?!(?:country|nation|government|state)\b)[\p{L}\-]+\s+){0,3}?(?<org>company|group|firm|miner|producer|refiner|recycler|maker|manufacturer|smelter|trader|exporter|importer|steelmaker|chipmaker|carmaker|automaker|operator|supplier)|the\s+(?:federal\s+|national\s+|central\s+)?(?<gpe>country|nation|bloc|government)|(?<any>its|their))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    // ", and Y guided to revenue of $X": a party after ", and" starts a statement of its own.
    [GeneratedRegex(@"(?:,|;)\s+and\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NewStatement();

    // "a loan from X", "through X", "by X" after a money figure: the lender or channel, not who the figure is about
    // (after a percentage, "comes from X" is who it is about).
    [GeneratedRegex(@"\b(?:from|through|via|by|with)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Counterparty();

    // "Europe, which depends on China for 95% of its magnesium": the supplier is not who the figure is about.
    [GeneratedRegex(@"\b(?:depends?|depending|relies?|relying|reliant|dependent)\s+(?:\w+ly\s+)?(?:up)?on\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SupplierBefore();

    [GeneratedRegex(@"\b(?:accounts?|accounted|accounting)\s+for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+|more\s+than\s+)*$|\b(?:makes?|made|making)\s+up\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+|more\s+than\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOf();

    // "Chinese smelters bought 6% more", "Indian sugar mills could earn": a demonym and one or two nouns before the verb.
    [GeneratedRegex(@"^(?<np>[A-Z][a-z]+(?:\s+[a-z][a-z\-]+){1,2}?)\s+(?:(?:have|has|had|will|would|could|may|might|are|were|is|was)\s+)?[a-z]+\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+)*$")]
    private static partial Regex DemonymSubject();

    [GeneratedRegex(@"\b(?:comes?|came|coming)\s+from\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComesFrom();

    [GeneratedRegex(@",\s*$")]
    private static partial Regex CommaBefore();

    [GeneratedRegex(@"(?:\b(?<its>its|their)|'s?)\s+(?:[\w\-]+\s+){0,3}?(?:revenue|revenues|sales|turnover|profit|earnings|budget|spending|investment|capex)\s+(?:of\s+|at\s+|to\s+|was\s+|were\s+)(?:about\s+|around\s+|nearly\s+|some\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyNounOwner();

    [GeneratedRegex(@"^\s*of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfBetween();

    [GeneratedRegex(@"\b(?:our|its|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnPossessive();

    [GeneratedRegex(@"^'s?\s")]
    private static partial Regex PossessiveAfter();

    [GeneratedRegex(@"^'s?\s[^,]*,\s*$|^'s?\s[^,]*,\s")]
    private static partial Regex PossessiveClause();

    [GeneratedRegex(@"^'s?\s+(?:about\s+|nearly\s+|roughly\s+)?$")]
    private static partial Regex PossessiveGap();

    [GeneratedRegex(@"^,?\s+which\b")]
    private static partial Regex WhichAfter();

    [GeneratedRegex(@"\b[a-z]+\b")]
    private static partial Regex Word();

    // "earned Colombia", "brought Tanzania", "generated for Chile".
    private const string EarnVerb = @"\b(?:earn(?:s|ed)?|br(?:ing|ings|ought)|generat(?:e|es|ed))\s+(?:for\s+)?";

    private const string Hedge = @"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+|more\s+than\s+|over\s+)?";

    [GeneratedRegex(EarnVerb + @"(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EarnedBefore();

    // "earned the country $3.6 billion", "brought it": the earner was named before.
    [GeneratedRegex(EarnVerb + @"(?:the\s+(?:country|company|group|firm|miner)|it|them)\s+" + Hedge + "$", RegexOptions.IgnoreCase)]
    private static partial Regex EarnedBack();

    [GeneratedRegex(EarnVerb + @"the\s+country\s+" + Hedge + "$", RegexOptions.IgnoreCase)]
    private static partial Regex EarnedCountry();

    [GeneratedRegex(@"^\s+" + Hedge + "$", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeOnly();

    // What a country ships, makes or trades in sum, as opposed to what a company earns.
    [GeneratedRegex(@"\b(?:exports|imports|shipments|output|production|trade\s+(?:surplus|deficit)|arrivals|harvest|crop)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NationalFlow();
}
