using System.Text.RegularExpressions;
using NewsExtract.Lexicons;

namespace NewsExtract.Extraction.Rules;

/// <summary>Builds match patterns from lexicons: a line is a word stem (matches words starting with it) or a phrase.</summary>
public static partial class Patterns
{
    /// <summary>A case-insensitive pattern of the entries, longest first, each starting a word; a space in an entry
    /// matches any run of white space. An entry written <c>!word</c> is a false friend: a word starting with it is no
    /// match, though a stem starts it too (<c>!bang</c> beside the stem <c>ban</c>: "Bangladesh").</summary>
    public static LexiconPattern StemAlternation(IEnumerable<string> stems, bool wholeWord = false)
    {
        var all = stems.ToList();
        var entries = all.Where(s => !s.StartsWith('!')).ToList();
        var falseFriends = all.Where(s => s.StartsWith('!')).Select(s => Regex.Escape(s[1..])).ToList();
        var alternation = Alternation.Of(entries, ignoreCase: true);
        var guard = falseFriends.Count == 0 ? "" : $"(?!(?:{string.Join('|', falseFriends)}))";
        // A whole word is not the first part of a compound ("chip" in "chip-related").
        var tail = wholeWord ? @"(?![\p{L}\p{N}]|-\p{L})" : @"[\p{L}\-]*";
        return new LexiconPattern(
            new Regex($@"(?<![\p{{L}}\p{{N}}]){guard}(?:{alternation}){tail}", RegexOptions.IgnoreCase | RegexOptions.Compiled),
            entries,
            startsWithEntry: true);
    }

    public static LexiconPattern Words(Lexicon lexicon) => StemAlternation(lexicon.Keys, wholeWord: true);

    public static LexiconPattern Stems(Lexicon lexicon) => StemAlternation(lexicon.Keys, wholeWord: false);

    /// <summary>The lexicon value of the entry a match came from (the longest stem that prefixes it).</summary>
    public static string ValueOf(Lexicon lexicon, string matched)
    {
        var lower = Whitespace().Replace(matched.ToLowerInvariant(), " ");
        foreach (var (key, value) in lexicon.LongestFirst)
        {
            if (lower.StartsWith(key, StringComparison.Ordinal))
                return value;
        }
        return "";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
