using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// A pattern every match of which holds an entry of a lexicon, each word of it starting a word of the text (the
/// patterns of <see cref="Patterns.StemAlternation"/>; a meeting venue, which ends in a venue word), with a quick test
/// in front of it: a text where the longest word of no entry starts a word, ignoring case, has no match, and the regex
/// is not run on it.
/// </summary>
/// <remarks>
/// The patterns open with a lookbehind (no letter or digit before a word), which hides their words from the regex
/// engine's search for where a match can start, so the engine tries the long alternation at every position of the
/// text. The words alone are found by a vectorized search: over the bench sentences the cue, change, speech, money and
/// meeting lexicons ran 3-15x faster behind it. The longest word of an entry is looked for, being the rarest as a rule
/// (the "force" of "in force since"), and only where it starts a word (the stem "eas" is in "measures"). A text holding
/// a character that a case-insensitive regex folds into an ASCII letter but an ordinal comparison does not (the Kelvin
/// sign for <c>k</c>, for one) always goes on to the regex. The methods are those of
/// <see cref="System.Text.RegularExpressions.Regex"/> the rules call, with the same results. Immutable and thread-safe.
/// </remarks>
public sealed class LexiconPattern
{
    // Kelvin sign, Angstrom sign, Ohm sign, dotted and dotless i, long s.
    private static readonly SearchValues<char> OddlyFolded = SearchValues.Create("\u212A\u212B\u2126\u0130\u0131\u017F");

    private readonly SearchValues<string> _words;

    /// <param name="regex">The pattern.</param>
    /// <param name="entries">The lexicon's entries, words separated by spaces: every match of <paramref name="regex"/>
    /// holds one of them, ignoring case, with white space between its words and no letter or digit before each.</param>
    public LexiconPattern(Regex regex, IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(regex);
        ArgumentNullException.ThrowIfNull(entries);
        Regex = regex;
        _words = SearchValues.Create(
            [.. entries.Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!).Distinct(StringComparer.OrdinalIgnoreCase)],
            StringComparison.OrdinalIgnoreCase);
    }

    public Regex Regex { get; }

    /// <summary>False when the pattern cannot match anywhere in <paramref name="text"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOfAny(_words);
            if (found < 0)
                break;
            var at = from + found;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
                return true;
            from = at + 1;
        }
        return text.ContainsAny(OddlyFolded);
    }

    public bool IsMatch(ReadOnlySpan<char> input) => MayMatch(input) && Regex.IsMatch(input);

    public Match Match(string input) => MayMatch(input) ? Regex.Match(input) : System.Text.RegularExpressions.Match.Empty;

    public Match Match(string input, int beginning, int length) =>
        MayMatch(input.AsSpan(beginning, length)) ? Regex.Match(input, beginning, length) : System.Text.RegularExpressions.Match.Empty;

    public MatchCollection Matches(string input) => Matches(input, 0);

    public MatchCollection Matches(string input, int startat) =>
        MayMatch(input.AsSpan(startat)) ? Regex.Matches(input, startat) : Regex.Matches(string.Empty);

    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input) =>
        Regex.EnumerateMatches(MayMatch(input) ? input : []);
}
