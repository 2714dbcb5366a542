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
    [GeneratedRegex(@"\b(?:according\s+to|data\s+(?:from|by)|figures\s+(?:from|by)|estimates?\s+(?:from|by)|research\s+(?:firm|group|house)|consultancy|analysts?\s+at|reported\s+by|compiled\s+by|said)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceBefore();

    // A place where something happens, or the other end of a flow ("exports to X", "a deficit with X").
    [GeneratedRegex(@"\b(?:in|at|near|into|across|outside|inside|through|to|with)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
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

    [GeneratedRegex(@"^\s*(?:tariffs?|dut(?:y|ies)|levy|levies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TariffAfter();

    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|rate)\s+(?:that\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TariffThe();

    [GeneratedRegex(@"^\s*(?:(?:has|have|had)\s+)?(?:levies|levy|imposes|impose|imposed|charges|charge|applies|apply|applied)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Levies();

    // A reference back to a party named earlier, at the start of the clause.
    [GeneratedRegex(@"^\W*(?:[A-Z][a-z]+\s+[a-z]+\s+)?(?:the\s+(?<org>company|group|firm|miner|producer|refiner|recycler|maker|manufacturer)|the\s+(?:federal\s+|national\s+|central\s+)?(?<gpe>country|nation|bloc|government)|(?<any>its|their))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    // ", and Y guided to revenue of $X": a party after ", and" starts a statement of its own.
    [GeneratedRegex(@"(?:,|;)\s+and\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NewStatement();

    // "a loan from X", "through X", "by X" after a money figure: the lender or channel, not who the figure is about
    // (after a percentage, "comes from X" is who it is about).
    [GeneratedRegex(@"\b(?:from|through|via|by|with)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Counterparty();

    public string? Of(SentenceView view, IReadOnlyList<SentenceView> views, Clause clause, Entity figure) =>
        Of(view, views, clause, figure, out _);

    private string? Of(SentenceView view, IReadOnlyList<SentenceView> views, Clause clause, Entity figure, out bool fromAfter)
    {
        fromAfter = false;
        var at = view.Rel(figure);
        var parties = view.Within(0, view.Text.Length).Where(e => e.Label is EntityLabel.GPE or EntityLabel.ORG).ToList();
        if (Tariff().IsMatch(view.Folded.AsSpan(clause.Start..clause.End)) && Imposer(view, clause, figure, parties) is { } imposer)
            return imposer;

        // "the European Union's 9% duty", "Acme's 20% stake": the owner written right before the figure.
        var owner = parties.LastOrDefault(e => view.RelEnd(e) <= at && PossessiveGap().IsMatch(view.Folded.AsSpan(view.RelEnd(e)..at)));
        if (owner is not null)
            return owner.Normalized;
        var before = parties.Where(e => view.Rel(e) >= clause.Start && view.RelEnd(e) <= at && IsParty(view, e)).ToList();
        // "Indonesia's state-controlled miner, Acme, reported ...": the organization, not the place that owns it.
        if (before.Count > 1 && before.Any(e => e.Label == EntityLabel.ORG))
            before.RemoveAll(e => e.Label == EntityLabel.GPE && PossessiveClause().IsMatch(view.Folded.AsSpan(view.RelEnd(e)..))
                && before.Any(o => o.Label == EntityLabel.ORG && CommaBefore().IsMatch(view.Folded.AsSpan(..view.Rel(o)))));
        if (before.Count > 0)
            return (before.LastOrDefault(e => NewStatement().IsMatch(view.Folded.AsSpan(..view.Rel(e)))) ?? before[0]).Normalized;
        if (Reference().Match(view.Text[clause.Start..at]) is { Success: true } r)
            return Referent(view, views, clause.Start, r.Groups["org"].Success ? EntityLabel.ORG : r.Groups["gpe"].Success ? EntityLabel.GPE : null);
        var demonym = lexicons.Places.DemonymsIn(view.Text[clause.Start..at]).Select(d => d.Country).FirstOrDefault();
        if (demonym is not null)
            return demonym;
        fromAfter = true;
        return After(view, clause, figure, parties);
    }

    /// <summary>Whether <paramref name="strict"/> is the party named after the figure, read as a last resort, and not in a
    /// form that usually names who the figure is about ("N% of X's ...", "N% of EU imports", "N% of ... comes from X";
    /// from a place; not "N% of our ... come from X", not "N% coming from the X Bank").</summary>
    private bool WeakAfter(SentenceView view, Clause clause, Entity figure, List<Entity> parties, string strict)
    {
        var party = parties.FirstOrDefault(e => view.Rel(e) >= view.RelEnd(figure) && view.RelEnd(e) <= clause.End && e.Normalized == strict);
        if (party is null)
            return false;
        var between = view.Folded[view.RelEnd(figure)..view.Rel(party)];
        if (OfBetween().IsMatch(between))
            return false;
        // from a place: where it originates; from an organization: who funds or sells it
        return !(party.Label == EntityLabel.GPE && ComesFrom().IsMatch(between)
            && !OwnPossessive().IsMatch(between));
    }

    /// <summary>The first party named after the figure: the last resort of <see cref="Of"/>, and a loose reading.</summary>
    private string? After(SentenceView view, Clause clause, Entity figure, List<Entity> parties)
    {
        return parties.Where(e => view.Rel(e) >= view.RelEnd(figure) && view.RelEnd(e) <= clause.End && IsParty(view, e)
                && !(figure.Label == EntityLabel.MONEY && Counterparty().IsMatch(view.Folded.AsSpan(..view.Rel(e)))))
            .Select(e => e.Normalized).FirstOrDefault();
    }

    // "Europe, which depends on China for 95% of its magnesium": the supplier is not who the figure is about.
    [GeneratedRegex(@"\b(?:depends?|depending|relies?|relying|reliant|dependent)\s+(?:\w+ly\s+)?(?:up)?on\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SupplierBefore();

    /// <summary>Not a source of the figure, not a supplier it depends on and not a place where something happens.</summary>
    private bool IsParty(SentenceView view, Entity e)
    {
        var at = view.Rel(e);
        if (e.Label == EntityLabel.GPE && view.Folded.AsSpan(..at).IsWhiteSpace() && Dateline().IsMatch(view.Text.AsSpan(view.RelEnd(e)..)))
            return false;
        // The cues before the party span four chunks at most ("relying heavily on the"): read from there, not from a
        // copy of the sentence's start once a party and figure, which a long sentence of figures paid for with seconds.
        var from = WordScanner.StartOfChunks(view.Folded, 0, at, 4);
        var before = view.Folded.AsSpan(from, at - from);
        if (SourceBefore().IsMatch(before) || SupplierBefore().IsMatch(before) || Based().IsMatch(view.Folded.AsSpan(view.RelEnd(e)..)))
            return false;
        return !(e.Label == EntityLabel.GPE && LocationBefore().IsMatch(before) && !WhichAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(e)..)));
    }

    /// <summary>
    /// Every party the figure may be about, best guess first, each with the confidence of the pattern that found
    /// it: the strict reading of <see cref="Of"/>, then looser readings the fact scorer learns to trust or not
    /// (the party nearest before the figure, the owner in "N% of its/X's ...", a demonym's country or phrase, the
    /// party the sentences before were about). Organization names are written in full as first named.
    /// </summary>
    public IReadOnlyList<(string Subject, double Confidence)> Candidates(SentenceView view, IReadOnlyList<SentenceView> views, Clause clause, Entity figure)
    {
        var found = new List<(string Subject, double Confidence)>();
        void Add(string? subject, double confidence)
        {
            if (string.IsNullOrWhiteSpace(subject))
                return;
            subject = FullName(subject, views);
            if (!found.Any(f => string.Equals(f.Subject, subject, StringComparison.OrdinalIgnoreCase)))
                found.Add((subject, confidence));
        }

        var at = view.Rel(figure);
        var strict = Of(view, views, clause, figure, out var afterFigure);
        var parties = view.Within(0, view.Text.Length).Where(e => e.Label is EntityLabel.GPE or EntityLabel.ORG).ToList();
        var after = view.Folded[view.RelEnd(figure)..clause.End];
        var ofIts = OfIts().Match(after).Success ? Referent(view, views, at, null, skipHere: true) : null;
        var owned = parties.FirstOrDefault(e => view.Rel(e) >= view.RelEnd(figure) && view.RelEnd(e) <= clause.End
            && OfBetween().IsMatch(view.Folded.AsSpan(view.RelEnd(figure)..view.Rel(e)))
            && PossessiveAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(e)..)))?.Normalized;
        // "China accounted for 38% of its sales", "Norway made up 14% of Acme's revenue": the share is the owner's.
        var share = ShareOf().IsMatch(view.Folded.AsSpan(clause.Start..at)) && (ofIts ?? owned) is { } shareOwner
            && views.SelectMany(v => v.Entities).Any(e => e.Label == EntityLabel.ORG && e.Normalized == shareOwner) ? shareOwner : null;
        // "Acme's 2025 revenue of EUR 27 billion", "its sales of 611 billion yen": the money is the owner's.
        var moneyOwner = figure.Label == EntityLabel.MONEY ? MoneyOwner(view, views, clause, figure, parties) : null;
        Add(share, 0.6);
        Add(moneyOwner, 0.58);
        var fromAfter = strict is not null && afterFigure && WeakAfter(view, clause, figure, parties, strict);
        Add(strict, share is not null || moneyOwner is not null ? 0.44 : fromAfter ? 0.46 : 0.6);
        Add(ofIts, 0.47);
        Add(owned, 0.48);
        var nearest = parties.LastOrDefault(e => view.Rel(e) >= clause.Start && view.RelEnd(e) <= at && IsParty(view, e));
        Add(nearest?.Normalized, 0.45);
        var demonyms = lexicons.Places.DemonymsIn(view.Text[clause.Start..at]).ToList();
        if (demonyms.Count > 0)
        {
            var (index, country) = demonyms[0];
            Add(DemonymPhrase(view.Text[(clause.Start + index)..at]), 0.42);
            Add(country, 0.4);
        }
        if (found.Count == 0)
            Add(Referent(view, views, clause.Start, null), 0.35);
        return found;
    }

    [GeneratedRegex(@"\b(?:accounts?|accounted|accounting)\s+for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+|more\s+than\s+)*$|\b(?:makes?|made|making)\s+up\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+|more\s+than\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOf();

    /// <summary>"Acme's 2025 revenue of EUR 27 billion", "its sales of 611 billion yen": the owner of the measured noun.</summary>
    private string? MoneyOwner(SentenceView view, IReadOnlyList<SentenceView> views, Clause clause, Entity figure, List<Entity> parties)
    {
        var before = view.Folded[clause.Start..view.Rel(figure)];
        var m = MoneyNounOwner().Match(before);
        if (!m.Success)
            return null;
        if (m.Groups["its"].Success)
            return Referent(view, views, clause.Start + m.Index, EntityLabel.ORG) ?? Referent(view, views, clause.Start + m.Index, null);
        var end = clause.Start + m.Index;
        return parties.LastOrDefault(e => view.RelEnd(e) == end)?.Normalized;
    }

    // "Chinese smelters bought 6% more", "Indian sugar mills could earn": a demonym and one or two nouns before the verb.
    [GeneratedRegex(@"^(?<np>[A-Z][a-z]+(?:\s+[a-z][a-z\-]+){1,2}?)\s+(?:(?:have|has|had|will|would|could|may|might|are|were|is|was)\s+)?[a-z]+\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+)*$")]
    private static partial Regex DemonymSubject();

    private static string? DemonymPhrase(string text) =>
        DemonymSubject().Match(text) is { Success: true } m ? m.Groups["np"].Value : null;

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
        return longer ?? name;
    }

    /// <summary>"a 30% U.S. tariff", "the 20% tariff the U.S. levies", "U.S. tariffs of 25%".</summary>
    private static string? Imposer(SentenceView view, Clause clause, Entity figure, List<Entity> parties)
    {
        var gpes = parties.Where(e => e.Label == EntityLabel.GPE && view.Rel(e) >= clause.Start && view.RelEnd(e) <= clause.End).ToList();
        foreach (var g in gpes)
        {
            var after = view.Folded[view.RelEnd(g)..];
            var before = view.Folded[..view.Rel(g)];
            if (TariffAfter().IsMatch(after) || TariffThe().IsMatch(before) && Levies().IsMatch(after))
                return g.Normalized;
        }
        return null;
    }

    /// <summary>The nearest party of the wanted kind named before <paramref name="upTo"/> in this sentence or the
    /// ones before it.</summary>
    private string? Referent(SentenceView view, IReadOnlyList<SentenceView> views, int upTo, EntityLabel? label, bool skipHere = false)
    {
        bool Wanted(Entity e) => (label is null ? e.Label is EntityLabel.ORG or EntityLabel.GPE : e.Label == label)
            && !(e.Label == EntityLabel.GPE && lexicons.Places.IsCity(e.Normalized));
        var here = skipHere ? null : view.Within(0, upTo).Where(Wanted).LastOrDefault();
        if (here is not null)
            return here.Normalized;
        for (var i = view.Index - 1; i >= 0 && i >= view.Index - 3; i--)
        {
            if (views[i].Entities.Where(Wanted).LastOrDefault() is { } e)
                return e.Normalized;
        }
        return null;
    }

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
}
