using NewsExtract.Annotation.Gazetteers;
using NewsExtract.Lexicons;

namespace NewsExtract.Annotation.Names;

/// <summary>The closed word lists the name spotter reads. None of them lists names: they list the words around names.</summary>
/// <param name="IsPlaceWord">True for a country, region, city or demonym word (GPE gazetteer and demonyms), including
/// parts of longer place names ("Minh" of "Ho Chi Minh City").</param>
/// <param name="IsPlaceName">True for a word that is a whole place name on its own ("Korea", "Jakarta").</param>
public sealed record NameLexicons(
    Lexicon Titles,
    Lexicon OrgHeads,
    Lexicon OrgCueNouns,
    Lexicon SpeechVerbs,
    Lexicon NonOrgAcronyms,
    Lexicon NonNameWords,
    Func<string, bool> IsPlaceWord,
    Func<string, bool> IsPlaceName)
{
    public static NameLexicons Load(Func<string, bool> isPlaceWord, Func<string, bool>? isPlaceName = null) => new(
        Lexicon.Load("titles"),
        Lexicon.Load("org_heads"),
        Lexicon.Load("org_cue_nouns"),
        Lexicon.Load("speech_verbs"),
        Lexicon.Load("non_org_acronyms"),
        Lexicon.Load("non_name_words"),
        isPlaceWord,
        isPlaceName ?? (w => GeoGazetteer.Default.TryGetPlace(w, out _) || GeoGazetteer.Default.TryGetDemonym(w, out _)));

    public bool IsTitleHead(string word) => Titles.TryGetValue(word, out var kind) && kind == "head";

    public bool IsTitleWord(string word) => Titles.Contains(word);

    /// <summary>A style that stands before a name and is no part of it: "Mr", "Dr.", "Datuk Seri", "H.E.".</summary>
    public bool IsHonorific(string word) => Titles.TryGetValue(word, out var kind) && kind == "honorific";
}
