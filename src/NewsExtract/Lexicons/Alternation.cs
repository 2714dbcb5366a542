using System.Text.RegularExpressions;

namespace NewsExtract.Lexicons;

/// <summary>A lexicon's entries as one regex alternation, in which entries that begin alike share that beginning
/// (<c>can(?:\s+no\s+longer\s+be\s+export|not\s+be\s+export)</c>): the matches, and the order in which backtracking
/// tries them, of the flat alternation of the entries longest first. A space in an entry matches any run of white space.</summary>
/// <remarks>Flat, the engine tries every entry wherever it tries the alternation, and a pattern that opens with a
/// lookbehind tries it at every position of the text: that cost grew with the entries and could jump with a few more of
/// them (five "... export" phrases made the export-relation pattern 4.5x slower on sentences about exports; as a trie,
/// with them, it is 4.5x faster than flat without them). The entries that can match at one place are prefixes of one
/// another, so trying the longer ones under each shared beginning before the entry that ends there tries them longest
/// first, as before; branches that begin with different characters cannot both match, and the engine picks one by
/// its first character.</remarks>
public static class Alternation
{
    /// <param name="entries">The entries, in any order.</param>
    /// <param name="ignoreCase">Whether the pattern matches without regard to case. Then the entries are grouped by their
    /// characters in lower case, so that no two branches begin with characters the pattern takes for the same one
    /// (their order would then decide between them, not their length).</param>
    public static string Of(IEnumerable<string> entries, bool ignoreCase) =>
        Trie([.. entries.OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal)], ignoreCase);

    private static string Trie(IReadOnlyList<string> longestFirst, bool ignoreCase)
    {
        var branches = longestFirst.Where(e => e.Length > 0)
            .GroupBy(e => Fold(e[0], ignoreCase))
            .Select(g =>
            {
                var rest = g.Select(e => e[1..]).ToList();
                var shared = SharedStart(rest, ignoreCase);
                var head = Literal(g.Key + (ignoreCase ? rest[0][..shared].ToLowerInvariant() : rest[0][..shared]));
                return rest.Count == 1 ? head : $"{head}(?:{Trie([.. rest.Select(e => e[shared..])], ignoreCase)})";
            })
            .ToList();
        if (longestFirst.Any(e => e.Length == 0))
            branches.Add("");
        return string.Join('|', branches);
    }

    // How many characters all the entries begin with alike.
    private static int SharedStart(IReadOnlyList<string> entries, bool ignoreCase)
    {
        var shortest = entries.Min(e => e.Length);
        for (var i = 0; i < shortest; i++)
        {
            var c = Fold(entries[0][i], ignoreCase);
            if (entries.Any(e => Fold(e[i], ignoreCase) != c))
                return i;
        }
        return shortest;
    }

    private static char Fold(char c, bool ignoreCase) => ignoreCase ? char.ToLowerInvariant(c) : c;

    private static string Literal(string text) => Regex.Escape(text).Replace("\\ ", "\\s+", StringComparison.Ordinal);
}
