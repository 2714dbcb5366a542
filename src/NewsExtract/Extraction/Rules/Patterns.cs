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
        var alternation = Trie([.. entries.OrderByDescending(s => s.Length)]);
        var guard = falseFriends.Count == 0 ? "" : $"(?!(?:{string.Join('|', falseFriends)}))";
        // A whole word is not the first part of a compound ("chip" in "chip-related").
        var tail = wholeWord ? @"(?![\p{L}\p{N}]|-\p{L})" : @"[\p{L}\-]*";
        return new LexiconPattern(
            new Regex($@"(?<![\p{{L}}\p{{N}}]){guard}(?:{alternation}){tail}", RegexOptions.IgnoreCase | RegexOptions.Compiled),
            entries);
    }

    /// <summary>The entries as one alternation in which entries that begin alike share that beginning
    /// (<c>can(?:\s+no\s+longer\s+be\s+export|not\s+be\s+export)</c>), and an entry that ends where a longer one goes on
    /// comes after it: the same matches as the flat alternation of the entries longest first.</summary>
    /// <remarks>The patterns open with a lookbehind, so the engine tries the alternation at every position of the text;
    /// flat, that cost grew with the entries and could jump with a few more of them (five "... export" phrases made the
    /// export-relation pattern 4.5x slower on sentences about exports; as a trie, with them, it is 4.5x faster than
    /// flat without them). Branches that begin with different letters cannot match at
    /// the same place, so their order does not matter and the engine picks one by its first letter.</remarks>
    private static string Trie(IReadOnlyList<string> longestFirst)
    {
        var branches = longestFirst.Where(e => e.Length > 0)
            .GroupBy(e => char.ToLowerInvariant(e[0]))
            .Select(g =>
            {
                var rest = g.Select(e => e[1..]).ToList();
                var head = Literal(g.Key.ToString());
                return rest.Count == 1 ? head + Literal(rest[0]) : $"{head}(?:{Trie(rest)})";
            })
            .ToList();
        if (longestFirst.Any(e => e.Length == 0))
            branches.Add("");
        return string.Join('|', branches);
    }

    private static string Literal(string text) => Regex.Escape(text).Replace("\\ ", "\\s+", StringComparison.Ordinal);

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
