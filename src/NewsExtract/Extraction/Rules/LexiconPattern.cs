using System.Buffers;
using System.Collections;
using System.Diagnostics.CodeAnalysis;
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
/// sign for <c>k</c>, for one) always goes on to the regex.
/// A text that passes is searched by the regex itself only where a match of a stem alternation can start: where a word
/// starts with the first characters of an entry (up to five, before its first space), the regex anchored there. Found
/// in a profile: behind the quick test alone the export-relation pattern still tried its alternation at every
/// character of most sentences about exports (its words include "will" and "under"), in code the JIT had left
/// unoptimized, a third of the export-control step's time. The methods are those of
/// <see cref="System.Text.RegularExpressions.Regex"/> the rules call, with the same results. Immutable and thread-safe.
/// </remarks>
public sealed class LexiconPattern
{
    // Kelvin sign, Angstrom sign, Ohm sign, dotted and dotless i, long s.
    private static readonly SearchValues<char> OddlyFolded = SearchValues.Create("\u212A\u212B\u2126\u0130\u0131\u017F");

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private readonly SearchValues<string> _words;

    // Set when every match starts with an entry: the regex anchored where a match may start, and how the entries
    // start. The anchored regex is interpreted: it runs only at those places, and compiled, the export-relation
    // pattern became one method too large for the JIT to optimize, slower there than the interpreter.
    private readonly Regex? _anchored;
    private readonly EntryStarts? _starts;

    /// <param name="regex">The pattern.</param>
    /// <param name="entries">The lexicon's entries, words separated by spaces: every match of <paramref name="regex"/>
    /// holds one of them, ignoring case, with white space between its words and no letter or digit before each.</param>
    /// <param name="startsWithEntry">Whether every match of <paramref name="regex"/> also starts with one of the
    /// entries, where a word starts (the patterns of <see cref="Patterns.StemAlternation"/>).</param>
    public LexiconPattern(Regex regex, IEnumerable<string> entries, bool startsWithEntry = false)
    {
        ArgumentNullException.ThrowIfNull(regex);
        ArgumentNullException.ThrowIfNull(entries);
        Regex = regex;
        var list = entries.ToList();
        _words = SearchValues.Create(
            [.. list.Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!).Distinct(StringComparer.OrdinalIgnoreCase)],
            StringComparison.OrdinalIgnoreCase);
        if (startsWithEntry)
        {
            _anchored = new Regex($@"\G(?:{regex})", regex.Options & ~RegexOptions.Compiled);
            _starts = new EntryStarts(list);
        }
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

    public bool IsMatch(ReadOnlySpan<char> input)
    {
        if (!MayMatch(input))
            return false;
        return Anchorable(input) ? new Enumerator(this, input, fast: true).MoveNext() : Regex.IsMatch(input);
    }

    /// <summary>The first match. From a pattern of <see cref="Patterns.StemAlternation"/> it is found by an anchored
    /// regex: read its index, length and value, and do not ask it for the next match; <see cref="Matches(string)"/>
    /// gives them all.</summary>
    public Match Match(string input)
    {
        if (!MayMatch(input))
            return System.Text.RegularExpressions.Match.Empty;
        return Anchorable(input) ? AnchoredMatches(input, 0).FirstOrDefault() ?? System.Text.RegularExpressions.Match.Empty : Regex.Match(input);
    }

    /// <summary>The first match within the range, which is the whole input to the regex (nothing outside it is looked
    /// at); its <see cref="System.Text.RegularExpressions.Match.NextMatch"/> gives the next one.</summary>
    public Match Match(string input, int beginning, int length) =>
        MayMatch(input.AsSpan(beginning, length)) ? Regex.Match(input, beginning, length) : System.Text.RegularExpressions.Match.Empty;

    public IEnumerable<Match> Matches(string input) => Matches(input, 0);

    /// <summary>The matches from <paramref name="startat"/> on, as <see cref="Regex.Matches(string, int)"/> gives
    /// them (the text before it is seen by the lookbehind).</summary>
    public IEnumerable<Match> Matches(string input, int startat)
    {
        if (!MayMatch(input.AsSpan(startat)))
            return [];
        return Anchorable(input) ? AnchoredMatches(input, startat) : Regex.Matches(input, startat);
    }

    public Enumerator EnumerateMatches(ReadOnlySpan<char> input)
    {
        if (!MayMatch(input))
            return new Enumerator(this, [], fast: false);
        return new Enumerator(this, input, Anchorable(input));
    }

    private IEnumerable<Match> AnchoredMatches(string input, int startat)
    {
        for (var at = NextStart(input, startat); at >= 0;)
        {
            var m = _anchored!.Match(input, at);
            if (!m.Success)
            {
                at = NextStart(input, at + 1);
                continue;
            }
            yield return m;
            at = NextStart(input, m.Length == 0 ? m.Index + 1 : m.Index + m.Length);
        }
    }

    // The anchored search is taken when every match starts with an entry and the text has no character that the regex
    // folds into a letter of an entry while a lower-casing does not.
    [MemberNotNullWhen(true, nameof(_anchored), nameof(_starts))]
    private bool Anchorable(ReadOnlySpan<char> input) => _starts is not null && !input.ContainsAny(OddlyFolded);

    /// <summary>The first place at or after <paramref name="from"/> where a word starts (no letter or digit before it)
    /// with the beginning of an entry, or -1: every match of the regex starts at such a place.</summary>
    private int NextStart(ReadOnlySpan<char> text, int from)
    {
        for (var at = NextWordStart(text, from); at >= 0; at = NextWordStart(text, at + 1))
        {
            if (_starts!.BeginAt(text, at))
                return at;
        }
        return -1;
    }

    // The first place at or after `from`, short of the end, whose character before is no letter or digit; the ASCII
    // letters and digits are skipped vectorized.
    private static int NextWordStart(ReadOnlySpan<char> text, int from)
    {
        if (from == 0)
            return text.IsEmpty ? -1 : 0;
        for (var before = from - 1; before < text.Length - 1; before++)
        {
            var skip = text[before..].IndexOfAnyExcept(AsciiLettersAndDigits);
            if (skip < 0)
                return -1;
            before += skip;
            if (!char.IsLetterOrDigit(text[before]))
                return before + 1 < text.Length ? before + 1 : -1;
        }
        return -1;
    }

    /// <summary>The matches of a span, each an index and a length (<see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/>).</summary>
    public ref struct Enumerator
    {
        private readonly LexiconPattern _pattern;
        private readonly ReadOnlySpan<char> _input;
        private readonly bool _fast;
        private Regex.ValueMatchEnumerator _slow;
        private int _next;

        internal Enumerator(LexiconPattern pattern, ReadOnlySpan<char> input, bool fast)
        {
            _pattern = pattern;
            _input = input;
            _fast = fast;
            _slow = fast ? default : pattern.Regex.EnumerateMatches(input);
            _next = 0;
        }

        public LexiconMatch Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (!_fast)
            {
                if (!_slow.MoveNext())
                    return false;
                Current = new LexiconMatch(_slow.Current.Index, _slow.Current.Length);
                return true;
            }
            for (var at = _pattern.NextStart(_input, _next); at >= 0; at = _pattern.NextStart(_input, at + 1))
            {
                foreach (var m in _pattern._anchored!.EnumerateMatches(_input, at))
                {
                    Current = new LexiconMatch(m.Index, m.Length);
                    _next = m.Length == 0 ? m.Index + 1 : m.Index + m.Length;
                    return true;
                }
            }
            _next = _input.Length + 1;
            return false;
        }
    }
}

/// <summary>Where a match of a <see cref="LexiconPattern"/> is, in the text it was looked for in.</summary>
public readonly record struct LexiconMatch(int Index, int Length);

/// <summary>How the entries of a lexicon pattern begin: their first characters up to five, lower case, cut at the
/// first space (which the regex lets match any run of white space).</summary>
internal sealed class EntryStarts
{
    private const int Longest = 5;
    private readonly HashSet<UInt128> _keys = [];
    private readonly int[] _lengths;

    // The first two characters (lower case) of the starts that have two ASCII ones: one look here turns most word starts
    // away before a key is built and hashed (about 1% of a bench pass). A start of one character, or an ASCII one before
    // a non-ASCII one, marks its first character for the full look-up; a non-ASCII first character sends every word
    // start that has one to it.
    private readonly BitArray _firstTwo = new(128 * 128);
    private readonly BitArray _lookUpAfter = new(128);
    private bool _anyNonAscii;

    public EntryStarts(IEnumerable<string> entries)
    {
        var lengths = new SortedSet<int>();
        foreach (var entry in entries)
        {
            var space = entry.IndexOf(' ', StringComparison.Ordinal);
            var length = Math.Min(Longest, space < 0 ? entry.Length : space);
            if (length == 0)
                continue;
            _keys.Add(Key(entry, 0, length));
            lengths.Add(length);
            var first = char.ToLowerInvariant(entry[0]);
            if (first >= 128)
                _anyNonAscii = true;
            else if (length >= 2 && char.ToLowerInvariant(entry[1]) is var second && second < 128)
                _firstTwo[first * 128 + second] = true;
            else
                _lookUpAfter[first] = true;
        }
        _lengths = [.. lengths];
    }

    /// <summary>Whether the text at <paramref name="at"/> begins as an entry does, ignoring case.</summary>
    public bool BeginAt(ReadOnlySpan<char> text, int at)
    {
        var first = char.ToLowerInvariant(text[at]);
        if (first < 128 && !_lookUpAfter[first])
        {
            if (at + 1 >= text.Length)
                return false;
            var second = char.ToLowerInvariant(text[at + 1]);
            if (second < 128 && !_firstTwo[first * 128 + second])
                return false;
        }
        else if (first >= 128 && !_anyNonAscii)
            return false;
        foreach (var length in _lengths)
        {
            if (at + length <= text.Length && _keys.Contains(Key(text, at, length)))
                return true;
        }
        return false;
    }

    private static UInt128 Key(ReadOnlySpan<char> text, int at, int length)
    {
        var key = (UInt128)length << 96;
        for (var i = 0; i < length; i++)
            key |= (UInt128)char.ToLowerInvariant(text[at + i]) << (16 * i);
        return key;
    }
}
