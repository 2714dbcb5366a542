using NewsExtract.Annotation.Gazetteers;

namespace NewsExtract.Lexicons;

/// <summary>
/// Places as the rules need them, read from the <see cref="GeoGazetteer"/>: is a capitalized word a place or
/// a demonym, which country a demonym means, which canonical names are cities.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlaceLexicon
{
    // Parts of place names that say nothing alone ("South", "New").
    private static readonly HashSet<string> BareParts =
        new(["South", "North", "East", "West", "New", "Saint", "St.", "San", "Santa", "Republic", "of", "the", "and", "United", "Central", "Democratic", "People's", "Great", "Upper", "Lower"], StringComparer.Ordinal);

    private readonly GeoGazetteer _gazetteer;
    private readonly HashSet<string> _placeWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cities = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _states = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _regions = new(StringComparer.OrdinalIgnoreCase);

    public PlaceLexicon(GeoGazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        foreach (var place in gazetteer.Places)
        {
            foreach (var word in place.Written.Split(' ').Where(w => !BareParts.Contains(w)))
                _placeWords.Add(word);
            if (place.Category == GeoCategory.City)
                _cities.Add(place.Canonical);
            if (place.Category is GeoCategory.Country or GeoCategory.Union)
                _states.Add(place.Canonical);
            if (place.Category == GeoCategory.Region)
                _regions.Add(place.Canonical);
        }
    }

    public static PlaceLexicon Default { get; } = new(GeoGazetteer.Default);

    /// <summary>True for a capitalized word that is (part of) a place name or a demonym, as written.</summary>
    public bool IsPlaceWord(string word) => _placeWords.Contains(word) || CountryOfDemonym(word) is not null;

    public string? CountryOfDemonym(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && _gazetteer.TryGetDemonym(word, out var country) ? country : null;

    public bool IsCity(string canonical) => _cities.Contains(canonical);

    /// <summary>The canonical name of a written place, or null when it is not one.</summary>
    public string? Canonical(string written) => _gazetteer.TryGetPlace(written, out var place) ? place.Canonical : null;

    /// <summary>The state a written capital stands for when it is used as the government ("Ankara said"), else null.</summary>
    public string? GovernmentOf(string written) => _gazetteer.TryGetPlace(written, out var place) ? place.GovernmentOf : null;

    /// <summary>True for a country or a union: a party that can impose a measure or hold talks.</summary>
    public bool IsState(string canonical) => _states.Contains(canonical);

    /// <summary>True for a province, state or region within a country: it acts only where it is the verb's own subject.</summary>
    public bool IsRegion(string canonical) => _regions.Contains(canonical);
}
