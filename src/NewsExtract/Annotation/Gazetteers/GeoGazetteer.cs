using System.Collections.Frozen;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Lexicons;

namespace NewsExtract.Annotation.Gazetteers;

public enum GeoCategory { Country, Region, Union, City }

/// <summary>A geopolitical entity as written, with its canonical name (LABELLING.md).</summary>
/// <param name="Written">The lexicon form (<c>U.S.</c>).</param>
/// <param name="Canonical">The canonical name (<c>United States</c>).</param>
/// <param name="GovernmentOf">For capitals: the canonical country or union the city stands for when used as
/// the government (<c>Beijing</c> -> <c>China</c>); null otherwise.</param>
public sealed record GeoPlace(string Written, string Canonical, GeoCategory Category, string? GovernmentOf);

/// <summary>Countries, regions, unions and cities (embedded <c>gpe.txt</c>) and demonyms (<c>demonyms.txt</c>).
/// Immutable and thread-safe.</summary>
/// <remarks>
/// Matching is case-sensitive with two allowances: a lower-case word of a form may be written capitalized
/// (<c>mainland China</c> / <c>Mainland China</c>), and a form of four or more letters may be written in capitals
/// (<c>CHINA</c>). Curly apostrophes match straight ones.
/// </remarks>
public sealed class GeoGazetteer
{
    private readonly FrozenDictionary<string, GeoPlace> _places;
    private readonly FrozenDictionary<string, (string Written, string Country)> _demonyms;
    private readonly FrozenSet<string> _prefixes;

    private GeoGazetteer(FrozenDictionary<string, GeoPlace> places, FrozenDictionary<string, (string, string)> demonyms)
    {
        _places = places;
        _demonyms = demonyms;
        MaxWords = places.Keys.Concat(demonyms.Keys).Max(WordCount);
        _prefixes = places.Keys.Concat(demonyms.Keys)
            .SelectMany(form => Enumerable.Range(1, form.Length).Select(n => form[..n]))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static GeoGazetteer Default => LazyDefault.Value;

    private static readonly Lazy<GeoGazetteer> LazyDefault = new(() => From(Lexicon.Load("gpe"), Lexicon.Load("demonyms")));

    /// <summary>The most words (space-separated) in any form; a bound for longest-match search.</summary>
    public int MaxWords { get; }

    /// <summary>All places, one per written form.</summary>
    public IEnumerable<GeoPlace> Places => _places.Values;

    /// <summary>The place written as <paramref name="written"/> (<c>U.S.</c>, <c>EU</c>, <c>Beijing</c>), under the case rules above.</summary>
    public bool TryGetPlace(string written, out GeoPlace place)
    {
        var key = Normalize(written);
        if (_places.TryGetValue(key, out place!) && CaseMatches(place.Written, key))
            return true;
        place = null!;
        return false;
    }

    /// <summary>The canonical country or region of a demonym or adjectival form (<c>Chinese</c> -> <c>China</c>,
    /// <c>South Korean</c> -> <c>South Korea</c>), case-sensitive under the same rules. Demonyms are not GPE mentions.</summary>
    public bool TryGetDemonym(string written, out string canonical)
    {
        var key = Normalize(written);
        if (_demonyms.TryGetValue(key, out var d) && CaseMatches(d.Written, key))
        {
            canonical = d.Country;
            return true;
        }
        canonical = "";
        return false;
    }

    /// <summary>True when some place or demonym form begins with <paramref name="written"/> (case aside): when false, neither
    /// <see cref="TryGetPlace"/> nor <see cref="TryGetDemonym"/> finds <paramref name="written"/> or anything longer written after it.</summary>
    public bool MayBeginForm(string written) => _prefixes.Contains(Normalize(written));

    /// <summary>The canonical name for a written form, or null: <c>US</c> -> <c>United States</c>.</summary>
    public string? Canonicalize(string written) => TryGetPlace(written, out var p) ? p.Canonical : null;

    public static GeoGazetteer From(Lexicon places, Lexicon demonyms)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(demonyms);
        var map = new Dictionary<string, GeoPlace>(StringComparer.OrdinalIgnoreCase);
        foreach (var (written, value) in places.Entries)
        {
            var parts = value.Split('\t', StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || !Enum.TryParse<GeoCategory>(parts[1], ignoreCase: true, out var category))
                continue;
            map[Normalize(written)] = new GeoPlace(written, parts[0], category, parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null);
        }
        var dem = demonyms.Entries.ToDictionary(e => Normalize(e.Key), e => (e.Key, e.Value), StringComparer.OrdinalIgnoreCase);
        AddFormalNames(map, dem);
        return new GeoGazetteer(map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), dem.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    // "the Republic of the Philippines", "the Federal Republic of Germany", "the United Republic of Tanzania".
    private static readonly string[] FormalTitles =
        ["Republic of", "Republic of the", "Kingdom of", "Kingdom of the", "State of", "Sultanate of", "Federal Republic of",
         "Islamic Republic of", "United Republic of", "Socialist Republic of", "Plurinational State of", "Bolivarian Republic of",
         "Principality of", "Grand Duchy of", "Commonwealth of the", "Hashemite Kingdom of", "Federative Republic of"];

    /// <summary>A country's formal name in a press release or a treaty: "the Republic of Uzbekistan", "the Kingdom of
    /// Morocco", "the Kyrgyz Republic", for every country the lexicon names. A form the lexicon lists keeps its entry
    /// ("Dominican Republic" is its own country).</summary>
    private static void AddFormalNames(Dictionary<string, GeoPlace> map, Dictionary<string, (string Written, string Country)> demonyms)
    {
        var countries = map.Values.Where(p => p.Category == GeoCategory.Country && p.Written == p.Canonical).ToList();
        foreach (var country in countries)
        {
            foreach (var title in FormalTitles)
                map.TryAdd(Normalize($"{title} {country.Written}"), new GeoPlace($"{title} {country.Written}", country.Canonical, GeoCategory.Country, null));
        }
        var canonical = countries.Select(c => c.Canonical).ToHashSet(StringComparer.Ordinal);
        foreach (var (written, country) in demonyms.Values.Where(d => canonical.Contains(d.Country)))
            map.TryAdd(Normalize($"{written} Republic"), new GeoPlace($"{written} Republic", country, GeoCategory.Country, null));
    }

    private static string Normalize(string s) => s.Replace('\u2019', '\'');

    private static int WordCount(string s) => Chars.Pieces(s, ' ');

    private static bool CaseMatches(string form, string written)
    {
        var f = Normalize(form);
        if (string.Equals(f, written, StringComparison.Ordinal))
            return true;
        if (Chars.Count(f, char.IsLetter) >= 4 && string.Equals(f.ToUpperInvariant(), written, StringComparison.Ordinal))
            return true;
        var fw = f.Split(' ');
        var ww = written.Split(' ');
        if (fw.Length != ww.Length)
            return false;
        for (var i = 0; i < fw.Length; i++)
        {
            if (string.Equals(fw[i], ww[i], StringComparison.Ordinal))
                continue;
            var lowerForm = fw[i].Length > 0 && char.IsLower(fw[i][0]);
            if (!lowerForm || !string.Equals(char.ToUpperInvariant(fw[i][0]) + fw[i][1..], ww[i], StringComparison.Ordinal))
                return false;
        }
        return true;
    }
}
