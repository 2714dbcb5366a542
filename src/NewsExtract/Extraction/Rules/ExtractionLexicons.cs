using System.Text.RegularExpressions;
using NewsExtract.Lexicons;

namespace NewsExtract.Extraction.Rules;

/// <summary>What the rule extractors know about places beyond the tagged GPEs.</summary>
/// <param name="CountryOfDemonym">The canonical country of a demonym (<c>Chinese</c> -> <c>China</c>), or null.</param>
/// <param name="IsCity">True when a canonical GPE name is a city.</param>
/// <param name="IsState">True when a canonical GPE name is a country or a union.</param>
/// <param name="Canonical">The canonical name of a written place ("U.S." -> "United States"), or null.</param>
/// <param name="GovernmentOf">The state a written capital stands for as a government ("Ankara said"), or null.</param>
/// <param name="IsRegion">True when a canonical GPE name is a province, state or region within a country.</param>
public sealed partial record PlaceKnowledge(Func<string, string?> CountryOfDemonym, Func<string, bool> IsCity, Func<string, bool> IsState, Func<string, string?> Canonical,
    Func<string, string?>? GovernmentOf = null, Func<string, bool>? IsRegion = null)
{
    [GeneratedRegex(@"\b\p{Lu}[\p{L}]+\b")]
    private static partial Regex CapitalizedWord();

    [GeneratedRegex(@"^\s+(?:country|nation|state|government|kingdom|republic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountryNounAfter();

    /// <summary>"The West African country", "the Central Asian nation": a region's demonym ending at <paramref name="end"/>
    /// that describes the country the article is about, and so names no party of its own.</summary>
    public bool DescribesACountry(string text, int end, string country) =>
        !IsState(country) && CountryNounAfter().IsMatch(text.AsSpan(end));

    /// <summary>The demonyms written in <paramref name="text"/> ("Chinese officials") with their offsets and countries.</summary>
    public IEnumerable<(int Index, string Country)> DemonymsIn(string text) =>
        DemonymsIn(text, 0, text.Length).Select(d => (d.Index, d.Country));

    /// <summary>The demonyms written in text[start..end), as <see cref="DemonymsIn(string)"/> finds them in a copy of
    /// that range, with their offsets in <paramref name="text"/> and their lengths.</summary>
    public List<(int Index, int Length, string Country)> DemonymsIn(string text, int start, int end)
    {
        var found = new List<(int Index, int Length, string Country)>();
        var previous = (Index: -1, Length: 0);
        foreach (var m in CapitalizedWord().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var at = start + m.Index;
            // "South African", "North Korean": a demonym of two words is the country of both, not "African" alone.
            if (previous.Index >= 0 && previous.Index + previous.Length == at - 1 && text[at - 1] == ' '
                && CountryOfDemonym(text.Substring(previous.Index, at + m.Length - previous.Index)) is { } pair)
            {
                if (found.Count > 0 && found[^1].Index == previous.Index)
                    found.RemoveAt(found.Count - 1);
                found.Add((previous.Index, at + m.Length - previous.Index, pair));
                previous = (-1, 0);
                continue;
            }
            if (CountryOfDemonym(text.Substring(at, m.Length)) is { } country)
                found.Add((at, m.Length, country));
            previous = (at, m.Length);
        }
        return found;
    }

    /// <summary>The state of a capital written in capitals at the start of one of the first three sentences, a dateline
    /// ("ASTANA, May 3 -"): where the story is told from. Null when there is none or the place is no capital.</summary>
    public string? DatelineState(IReadOnlyList<SentenceView> views)
    {
        for (var i = 0; i < views.Count && i < 3; i++)
        {
            foreach (var entity in views[i].Entities)
            {
                if (entity.Label == Annotation.EntityLabel.GPE && views[i].Rel(entity) == 0
                    && entity.Text.Length > 2 && entity.Text.All(c => !char.IsLower(c)))
                {
                    var state = GovernmentOf?.Invoke(entity.Normalized) ?? GovernmentOf?.Invoke(entity.Text) ?? entity.Normalized;
                    return IsState(state) ? state : null;
                }
            }
        }
        return null;
    }

    /// <summary>The states among the GPEs of <paramref name="entities"/>, most often named first (then first named),
    /// with their counts.</summary>
    public List<(string Name, int Count)> StateCounts(IEnumerable<Annotation.Entity> entities) =>
        [.. entities.Where(e => e.Label == Annotation.EntityLabel.GPE && IsState(e.Normalized))
            .GroupBy(e => e.Normalized).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(e => e.Start))
            .Select(g => (g.Key, g.Count()))];
}

/// <summary>The trigger lexicons of the rule extractors, loaded once and shared (read-only).</summary>
public sealed partial record ExtractionLexicons(
    Lexicon ExportRelations,
    Lexicon ExportCues,
    Lexicon ControlItems,
    Lexicon Hedges,
    Lexicon PriceChanges,
    Lexicon VenueHeads,
    Lexicon MeetingCues,
    Lexicon StatisticMoney,
    Lexicon SpeechVerbs,
    Lexicon Titles,
    Lexicon OrgHeads,
    Lexicon NonNameWords,
    Lexicon GivenNames,
    Lexicon MeasuredQuantities,
    PlaceKnowledge Places)
{
    public LexiconPattern HedgePattern { get; } = Patterns.Words(Hedges);

    /// <summary>A word that makes a title on its own (Secretary, Minister, chief ...): "head" in the titles lexicon.</summary>
    public bool IsTitleHead(string word) => Titles.TryGetValue(word, out var kind) && kind == "head";

    /// <summary>"possible" when the text hedges (may, could, considers, reportedly ...), else "asserted". "May" with its
    /// capital is the month ("prices in May"), not the modal verb; "weighing" before an amount is a weight ("stones
    /// weighing more than one gram"), not a measure being weighed.</summary>
    public string ModalityOf(string text)
    {
        foreach (var m in HedgePattern.EnumerateMatches(text))
        {
            var word = text.AsSpan(m.Index, m.Length);
            if (word.SequenceEqual("May")
                || word.StartsWith("weigh", StringComparison.OrdinalIgnoreCase) && WeightAfter().IsMatch(text.AsSpan(m.Index + m.Length)))
                continue;
            return RuleFacts.Possible;
        }
        return RuleFacts.Asserted;
    }

    [GeneratedRegex(@"^\s+(?:more|less|over|under|up\s+to|at\s+least|between|about|around|no\s+more|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex WeightAfter();

    public static ExtractionLexicons Load(PlaceKnowledge places) => new(
        Lexicon.Load("export_relations"),
        Lexicon.Load("export_cues"),
        Lexicon.Load("control_items"),
        Lexicon.Load("hedges"),
        Lexicon.Load("price_changes"),
        Lexicon.Load("venue_heads"),
        Lexicon.Load("meeting_cues"),
        Lexicon.Load("statistic_money"),
        Lexicon.Load("speech_verbs"),
        Lexicon.Load("titles"),
        Lexicon.Load("org_heads"),
        Lexicon.Load("non_name_words"),
        Lexicon.Load("given_names"),
        Lexicon.Load("measured_quantities"),
        places);
}
