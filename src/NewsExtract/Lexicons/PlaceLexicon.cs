namespace NewsExtract.Lexicons;

/// <summary>
/// Places as the rules need them: is a word a place or a demonym, which country a demonym means, which
/// canonical names are cities. Built from <c>gpe.txt</c> (form, canonical, category[, country]) and
/// <c>demonyms.txt</c> (demonym, country).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PlaceLexicon
{
    private readonly Lexicon _gpe;
    private readonly Lexicon _demonyms;
    private readonly HashSet<string> _placeWords;
    private readonly HashSet<string> _cities;

    public PlaceLexicon(Lexicon gpe, Lexicon demonyms)
    {
        _gpe = gpe;
        _demonyms = demonyms;
        _placeWords = new HashSet<string>(StringComparer.Ordinal);
        _cities = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, value) in gpe.Entries)
        {
            foreach (var word in form.Split(' '))
                _placeWords.Add(word);
            var columns = value.Split('\t');
            if (columns.Length >= 2 && columns[1] == "city")
                _cities.Add(columns[0]);
        }
        foreach (var demonym in demonyms.Keys)
            _placeWords.Add(demonym);
    }

    public static PlaceLexicon Load() => new(Lexicon.Load("gpe"), Lexicon.Load("demonyms"));

    /// <summary>True for a capitalized word that is (part of) a place name or a demonym, as written.</summary>
    public bool IsPlaceWord(string word) => _placeWords.Contains(word) && !IsBareDirection(word);

    public string? CountryOfDemonym(string word) =>
        _demonyms.TryGetValue(word, out var country) && char.IsUpper(word[0]) ? country : null;

    public bool IsCity(string canonical) => _cities.Contains(canonical);

    public bool IsPlace(string form) => _gpe.Contains(form);

    // "South", "North", "New" ... are parts of place names but say nothing alone.
    private static bool IsBareDirection(string word) =>
        word is "South" or "North" or "East" or "West" or "New" or "Saint" or "St." or "San" or "Santa" or "Republic" or "of" or "the" or "and" or "United" or "Central" or "Democratic" or "People's";
}
