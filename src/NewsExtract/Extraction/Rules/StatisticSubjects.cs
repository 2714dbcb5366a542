using System.Text.RegularExpressions;
using NewsExtract.Annotation;

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

    [GeneratedRegex(@"\b(?:in|at|near|into|across|outside|inside|through)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LocationBefore();

    [GeneratedRegex(@"^[\-‐]based\b", RegexOptions.IgnoreCase)]
    private static partial Regex Based();

    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tariff();

    [GeneratedRegex(@"^\s*(?:tariffs?|dut(?:y|ies)|levy|levies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TariffAfter();

    [GeneratedRegex(@"\b(?:tariffs?|dut(?:y|ies)|rate)\s+(?:that\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TariffThe();

    [GeneratedRegex(@"^\s*(?:levies|levy|imposes|impose|imposed|charges|charge|applies|apply|applied)\b", RegexOptions.IgnoreCase)]
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

    public string? Of(SentenceView view, IReadOnlyList<SentenceView> views, Clause clause, Entity figure)
    {
        var at = view.Rel(figure);
        var parties = view.Within(0, view.Text.Length).Where(e => e.Label is EntityLabel.GPE or EntityLabel.ORG).ToList();
        if (Tariff().IsMatch(view.Folded[clause.Start..clause.End]) && Imposer(view, clause, figure, parties) is { } imposer)
            return imposer;

        // "the European Union's 9% duty", "Acme's 20% stake": the owner written right before the figure.
        var owner = parties.LastOrDefault(e => view.RelEnd(e) <= at && Regex.IsMatch(view.Folded[view.RelEnd(e)..at], @"^'s?\s+(?:about\s+|nearly\s+|roughly\s+)?$"));
        if (owner is not null)
            return owner.Normalized;
        var before = parties.Where(e => view.Rel(e) >= clause.Start && view.RelEnd(e) <= at && IsParty(view, e)).ToList();
        if (before.Count > 0)
            return (before.LastOrDefault(e => NewStatement().IsMatch(view.Folded[..view.Rel(e)])) ?? before[0]).Normalized;
        if (Reference().Match(view.Text[clause.Start..at]) is { Success: true } r)
            return Referent(view, views, clause.Start, r.Groups["org"].Success ? EntityLabel.ORG : r.Groups["gpe"].Success ? EntityLabel.GPE : null);
        var demonym = lexicons.Places.DemonymsIn(view.Text[clause.Start..at]).Select(d => d.Country).FirstOrDefault();
        if (demonym is not null)
            return demonym;
        return parties.Where(e => view.Rel(e) >= view.RelEnd(figure) && view.RelEnd(e) <= clause.End && IsParty(view, e)
                && !(figure.Label == EntityLabel.MONEY && Counterparty().IsMatch(view.Folded[..view.Rel(e)])))
            .Select(e => e.Normalized).FirstOrDefault();
    }

    // "Europe, which depends on China for 95% of its magnesium": the supplier is not who the figure is about.
    [GeneratedRegex(@"\b(?:depends?|depending|relies?|relying|reliant|dependent)\s+(?:\w+ly\s+)?(?:up)?on\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SupplierBefore();

    /// <summary>Not a source of the figure, not a supplier it depends on and not a place where something happens.</summary>
    private bool IsParty(SentenceView view, Entity e)
    {
        var before = view.Folded[..view.Rel(e)];
        if (SourceBefore().IsMatch(before) || SupplierBefore().IsMatch(before) || Based().IsMatch(view.Folded[view.RelEnd(e)..]))
            return false;
        return !(e.Label == EntityLabel.GPE && LocationBefore().IsMatch(before));
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
    private string? Referent(SentenceView view, IReadOnlyList<SentenceView> views, int upTo, EntityLabel? label)
    {
        bool Wanted(Entity e) => (label is null ? e.Label is EntityLabel.ORG or EntityLabel.GPE : e.Label == label)
            && !(e.Label == EntityLabel.GPE && lexicons.Places.IsCity(e.Normalized));
        var here = view.Within(0, upTo).Where(Wanted).LastOrDefault();
        if (here is not null)
            return here.Normalized;
        for (var i = view.Index - 1; i >= 0 && i >= view.Index - 3; i--)
        {
            if (views[i].Entities.Where(Wanted).LastOrDefault() is { } e)
                return e.Normalized;
        }
        return null;
    }
}
