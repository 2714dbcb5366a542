using System.Collections.Frozen;
using NewsExtract.Lexicons;

namespace NewsExtract.Annotation.Tokenization;

/// <summary>How an abbreviation with a period behaves at a possible sentence end.</summary>
public enum AbbreviationKind
{
    /// <summary>Not an abbreviation.</summary>
    None,
    /// <summary>A title before a name (<c>Mr.</c>, <c>Dr.</c>): never ends a sentence.</summary>
    Title,
    /// <summary>A month (<c>Jan.</c>): does not end a sentence before a day number.</summary>
    Month,
    /// <summary>A number marker (<c>No.</c>): does not end a sentence before a number.</summary>
    Number,
    /// <summary>Letters with periods (<c>U.S.</c>, <c>e.g.</c>) or a single initial (<c>J.</c>).</summary>
    Initialism,
    /// <summary>Any other (<c>Inc.</c>, <c>etc.</c>): ends a sentence only before a sentence starter word.</summary>
    Other,
}

/// <summary>The abbreviation and sentence-starter word lists (embedded lexicons
/// <c>abbreviations.txt</c>, <c>sentence_starters.txt</c>). Immutable and thread-safe.</summary>
public sealed class Abbreviations
{
    private readonly FrozenDictionary<string, AbbreviationKind> _kinds;
    private readonly FrozenSet<string> _starters;

    private Abbreviations(FrozenDictionary<string, AbbreviationKind> kinds, FrozenSet<string> starters)
    {
        _kinds = kinds;
        _starters = starters;
    }

    /// <summary>The lists embedded in the library, loaded once.</summary>
    public static Abbreviations Default => LazyDefault.Value;

    private static readonly Lazy<Abbreviations> LazyDefault = new(() => new Abbreviations(
        Lexicon.Load("abbreviations").Entries.ToFrozenDictionary(
            e => e.Key, e => Enum.Parse<AbbreviationKind>(e.Value, ignoreCase: true), StringComparer.Ordinal),
        Lexicon.Load("sentence_starters").Keys.ToFrozenSet(StringComparer.Ordinal)));

    /// <summary>The kind of a token's text: <c>"Mr."</c> -> Title, <c>"U.S."</c> -> Initialism, <c>"J."</c> -> Initialism.</summary>
    public AbbreviationKind KindOf(string tokenText)
    {
        if (tokenText.Length < 2 || tokenText[^1] != '.')
            return AbbreviationKind.None;
        if (IsInitialism(tokenText))
            return AbbreviationKind.Initialism;
        return _kinds.TryGetValue(tokenText[..^1], out var kind) ? kind : AbbreviationKind.None;
    }

    /// <summary>True when <paramref name="word"/> (without its period) keeps a following period.</summary>
    public bool IsAbbreviation(string word) => _kinds.ContainsKey(word);

    /// <summary>True for capitalized words that usually open a sentence (<c>The</c>, <c>But</c>...), case-sensitive.</summary>
    public bool IsSentenceStarter(string word) => _starters.Contains(word);

    private static bool IsInitialism(string s)
    {
        // "J." or "U.S." or "e.g.": letter-period pairs only.
        if (s.Length % 2 != 0)
            return false;
        for (var i = 0; i < s.Length; i += 2)
        {
            if (!char.IsLetter(s[i]) || s[i + 1] != '.')
                return false;
        }
        return s.Length > 2 || char.IsUpper(s[0]);
    }
}
