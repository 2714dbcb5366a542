using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Annotation.Gazetteers;

namespace NewsExtract.Annotation.Spotters;

/// <summary>
/// Finds places the gazetteer does not list, from the way news text introduces them: "X province" (and
/// prefecture, county, region, district), "in X, &lt;known place&gt;" (a town and its country or state), "X-based"
/// (where a company is based), "meet in X" (where people meet), and an all-capitals dateline at the start of a line ("KOLWEZI, March 3 -"). The
/// normalized value is the name as written (title case for a dateline). It runs before the gazetteer so that a
/// dateline capital stays the city.
/// </summary>
/// <remarks>Stateless and thread-safe. Known places are left to <see cref="GazetteerSpotter"/>.</remarks>
public sealed partial class PlacePatternSpotter(GeoGazetteer gazetteer) : IEntitySpotter
{
    public const string SourceName = "pattern:place";

    private const string Units = "province|prefecture|county|region|district|governorate";

    // The pattern is tried at every capital letter of the text; a text without a unit word, most of them, is passed
    // over after one vectorized search.
    private static readonly SearchValues<string> UnitWords = SearchValues.Create(Units.Split('|'), StringComparison.Ordinal);

    // Capitalized only because they open a sentence or a title, and followed by the name rather than part of it: a
    // determiner ("The Oskel prefecture", "Its Varrow province"), a preposition ("In Varrow province", "Across Oskel
    // prefecture"), a conjunction, or a day ("On Monday Varrow province said"). A closed list, as the title words are.
    private const string OpeningWords =
        "The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Each|Every|Both|Neither|Either|All|Some|Many|Most|" +
        "In|At|On|From|To|For|Of|By|With|Without|Within|Into|Across|Throughout|Near|Outside|Inside|Around|Along|Over|" +
        "Under|Beyond|Between|Among|Through|After|Before|Since|Until|During|Despite|Unlike|Like|Elsewhere|" +
        "And|But|Or|Nor|While|When|Where|Although|Though|If|As|So|Yet|Meanwhile|" +
        "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    // A word of the name: capitalized, not one of the opening words above, and not a possessive ("Velmar's Oskel
    // province"), which the name follows too.
    private const string NameWord = @"(?!(?:" + OpeningWords + @")\s)\p{Lu}[\p{Ll}\-']+(?<!'s)";

    [GeneratedRegex(@"\b(?<name>(?:" + NameWord + @"\s){0,2}" + NameWord + @")\s+(?:" + Units + @")\b")]
    private static partial Regex AdministrativeUnit();

    [GeneratedRegex(@"\b(?:in|at|near|outside)\s+(?<name>\p{Lu}[\p{L}\-']+(?:\s\p{Lu}[\p{L}\-']+)?),\s+(?<parent>\p{Lu}[\p{L}\-']+(?:\s\p{Lu}[\p{L}\-']+)?)\b")]
    private static partial Regex TownAndParent();

    // A dateline's line goes on in lower case ("LONDON, May 3 (Wire) - Copper ..."); a heading in capitals ("KEY RATES,
    // THURSDAY APRIL 16") does not. A transcript's speaker label is no dateline: a surname's hyphen ("ROE-SMITH:") joins
    // words, and the label ends in a colon after capitals only ("JANE ROE, SPOKESPERSON:").
    [GeneratedRegex(@"^(?<name>\p{Lu}{3,}(?:[ \-]\p{Lu}{3,})?)(?=\s*(?:,|\(|-(?!\p{Lu})|–|—))(?![\p{Lu}\p{M}\s,.\-–'’]{0,60}:)(?=[^\n]*\p{Ll})", RegexOptions.Multiline)]
    private static partial Regex Dateline();

    // "a trader at Genoa-based Acme", "a third producer, Moanda-based Acme": where a company is based is a place. After a
    // lower-case word or a comma, so a Title Case heading ("A Rules-Based Order") gives none.
    [GeneratedRegex(@"(?:(?<=\b\p{Ll}+\s)|(?<=,\s))(?<name>\p{Lu}[\p{Ll}'’]+(?:\s\p{Lu}[\p{Ll}'’]+)?)-based\b")]
    private static partial Regex BasedIn();

    // "due to meet in Peshawar on March 3", "talks in Salta next week": where people meet is a place. Not a month
    // ("meet in March") and not an opening word.
    [GeneratedRegex(@"\b(?:meet|meets|met|meeting|talks|summit|gathering|convene|convenes|convened)\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?<name>" + NameWord + @"(?:\s" + NameWord + @")?)(?=\s*[,.;:)]|\s+(?:on|to|for|next|this|later|last|in|at|from|and|with|early|late|mid)\b)")]
    private static partial Regex MeetingPlace();

    public IEnumerable<Entity> Spot(Document document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        foreach (Match m in MeetingPlace().Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Unknown(m.Groups["name"].Value))
                yield return Make(m.Groups["name"], m.Groups["name"].Value);
        }
        if (text.AsSpan().ContainsAny(UnitWords))
        {
            foreach (Match m in AdministrativeUnit().Matches(text))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Unknown(m.Groups["name"].Value))
                    yield return Make(m.Groups["name"], m.Groups["name"].Value);
            }
        }
        foreach (Match m in TownAndParent().Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Unknown(m.Groups["name"].Value) && gazetteer.TryGetPlace(m.Groups["parent"].Value, out var parent) && parent.Category != GeoCategory.City)
                yield return Make(m.Groups["name"], m.Groups["name"].Value);
        }
        // Most texts have no "-based": one vectorized search passes them over.
        if (text.Contains("-based", StringComparison.Ordinal))
        {
            foreach (Match m in BasedIn().Matches(text))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Unknown(m.Groups["name"].Value))
                    yield return Make(m.Groups["name"], m.Groups["name"].Value);
            }
        }
        foreach (Match m in Dateline().Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A dateline names the city the story was filed from, even when the city also stands for a government.
            var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(m.Groups["name"].Value.ToLowerInvariant());
            if (gazetteer.TryGetPlace(name, out var known))
            {
                if (known.Category == GeoCategory.City)
                    yield return Make(m.Groups["name"], known.Canonical);
            }
            else if (!gazetteer.TryGetDemonym(name, out _) && m.Groups["name"].Value.Length <= 20)
                yield return Make(m.Groups["name"], name);
        }
    }

    private bool Unknown(string name) => !gazetteer.TryGetPlace(name, out _) && !gazetteer.TryGetDemonym(name, out _);

    private static Entity Make(Group group, string normalized) =>
        new(EntityLabel.GPE, group.Value, group.Index, group.Index + group.Length, normalized, SourceName);
}
