using System.Text.RegularExpressions;
using NewsExtract.Lexicons;

namespace NewsExtract.Extraction.Rules;

/// <summary>Builds match patterns from lexicons: a line is a word stem (matches words starting with it) or a phrase.</summary>
public static partial class Patterns
{
    /// <summary>A case-insensitive pattern with one named group per lexicon value; longest entries first.</summary>
    public static Regex StemAlternation(IEnumerable<string> stems, bool wholeWord = false)
    {
        var alternatives = stems.OrderByDescending(s => s.Length).Select(s => Regex.Escape(s).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        // A whole word is not the first part of a compound ("chip" in "chip-related").
        var tail = wholeWord ? @"(?![\p{L}\p{N}]|-\p{L})" : @"[\p{L}\-]*";
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)}){tail}", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    }

    public static Regex Words(Lexicon lexicon) => StemAlternation(lexicon.Keys, wholeWord: true);

    public static Regex Stems(Lexicon lexicon) => StemAlternation(lexicon.Keys, wholeWord: false);

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
