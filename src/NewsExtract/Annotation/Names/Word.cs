using System.Text.RegularExpressions;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Annotation.Names;

/// <summary>A word of a sentence with absolute offsets; the name spotter's unit.</summary>
internal readonly record struct Word(string Text, int Start, int End)
{
    /// <summary>Starts with a capital and is no compound adjective ("Oslo-based", "State-owned"): in "at Oslo-based Acme
    /// Securities" the name is "Acme Securities", and the place (<c>PlacePatternSpotter</c>) stands on its own.</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]) && !IsCompoundAdjective(Text);

    private static bool IsCompoundAdjective(string text) =>
        text.EndsWith("-based", StringComparison.OrdinalIgnoreCase) || text.EndsWith("-owned", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith("-listed", StringComparison.OrdinalIgnoreCase) || text.EndsWith("-backed", StringComparison.OrdinalIgnoreCase)
        || text.EndsWith("-headquartered", StringComparison.OrdinalIgnoreCase) || text.EndsWith("-registered", StringComparison.OrdinalIgnoreCase);

    public bool IsPossessive => Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>The word without a possessive ending.</summary>
    public Word Bare => IsPossessive ? new Word(Text[..^2], Start, End - 2) : this;

    public bool IsAllCaps => Text.Length >= 2 && Chars.All(Text, c => !char.IsLetter(c) || char.IsUpper(c)) && Chars.Count(Text, char.IsLetter) >= 2;
}

/// <summary>Splits text into words: letters and digits joined by inner dots, apostrophes, hyphens and ampersands.</summary>
internal static partial class WordScanner
{
    // A word may carry inner punctuation (U.S, Tom’s, Jean-Luc, AT&T); a final dot is kept only for abbreviations.
    [GeneratedRegex(@"^(?:[A-Z]\.)*[A-Z]$|^(?:Inc|Corp|Ltd|Co|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov)$")]
    private static partial Regex AbbreviationPattern();

    /// <summary>Two words joined by one space (or no-break space), as words of one name are; also after the apostrophe
    /// of a plural possessive inside a name ("Exporters' Association").</summary>
    public static bool IsSpaceGap(string text, int from, int to) =>
        to - from == 1 && text[from] is ' ' or '\u00A0'
        || to - from == 2 && from > 0 && text[from - 1] == 's' && text[from] is '\'' or '\u2019' && text[from + 1] is ' ' or '\u00A0';

    /// <summary>Where to start scanning text[from..to) to get at least its last <paramref name="count"/> words (or all
    /// of them): just after a white space, which no word crosses, so the words there are the same as when scanning from
    /// <paramref name="from"/>. Reading only the neighbours of a name keeps a long sentence from costing its length per name.</summary>
    public static int StartOfLast(string text, int from, int to, int count)
    {
        var i = to;
        for (var found = 0; i > from && found < count;)
        {
            while (i > from && char.IsWhiteSpace(text[i - 1]))
                i--;
            var hasWord = false;
            while (i > from && !char.IsWhiteSpace(text[i - 1]))
                hasWord |= IsWordChar(text[--i]);
            if (hasWord)
                found++;
        }
        return i;
    }

    /// <summary>Where a pattern anchored at <paramref name="to"/> ('$') that spans at most <paramref name="count"/> chunks
    /// between white spaces can start in text[from..to): before the last <paramref name="count"/> chunks, just after a
    /// white space, so a word boundary or a lookbehind for a letter there sees what it sees in the whole text. Matching
    /// such a cue on the whole start of a sentence once per name or party cost the square of the sentence's length.</summary>
    public static int StartOfChunks(string text, int from, int to, int count)
    {
        var i = to;
        for (var chunks = 0; i > from && chunks < count; chunks++)
        {
            while (i > from && char.IsWhiteSpace(text[i - 1]))
                i--;
            while (i > from && !char.IsWhiteSpace(text[i - 1]))
                i--;
        }
        return i;
    }

    /// <summary>text[<see cref="StartOfChunks"/>..to): the stretch a cue anchored at <paramref name="to"/> that spans at most
    /// <paramref name="count"/> chunks is matched on, alike wherever in a long sentence it sits.</summary>
    public static ReadOnlySpan<char> LastChunks(string text, int from, int to, int count)
    {
        var start = StartOfChunks(text, from, to, count);
        return text.AsSpan(start, to - start);
    }

    /// <summary>Where to stop scanning text[from..to) to get at least its first <paramref name="count"/> words (or all
    /// of them): at a white space, so the words before it are the same as when scanning to <paramref name="to"/>.</summary>
    public static int EndOfFirst(string text, int from, int to, int count)
    {
        var i = from;
        for (var found = 0; i < to && found < count;)
        {
            while (i < to && char.IsWhiteSpace(text[i]))
                i++;
            var hasWord = false;
            while (i < to && !char.IsWhiteSpace(text[i]))
                hasWord |= IsWordChar(text[i++]);
            if (hasWord)
                found++;
        }
        return i;
    }

    // A character that starts a word and that every word holds: \p{L} or \p{N}.
    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>The words of text[start..end); nothing outside that range is looked at.</summary>
    /// <remarks>A hand-written scan for the pattern <c>[\p{L}\p{N}](?:[\p{L}\p{N}]|[.’'\-&amp;](?=[\p{L}\p{N}]))*</c>: the
    /// longest run of letters and digits, crossing one joiner at a time when a letter or digit follows it. Words are
    /// read for every sentence and around every name candidate, and the regex was a leading cost of tagging.</remarks>
    public static IReadOnlyList<Word> Scan(string text, int start, int end)
    {
        // Sized for about one word in six characters, so a sentence's list is rarely copied as it grows.
        var words = new List<Word>((end - start) / 6 + 1);
        ScanInto(text, start, end, words);
        return words;
    }

    /// <summary>As <see cref="Scan"/>, into <paramref name="words"/> (cleared first): a caller that scans many short
    /// stretches reuses one list.</summary>
    public static void ScanInto(string text, int start, int end, List<Word> words)
    {
        words.Clear();
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var wordStart = i++;
            while (i < end)
            {
                if (IsWordChar(text[i]))
                    i++;
                else if (IsJoiner(text[i]) && i + 1 < end && IsWordChar(text[i + 1]))
                    i += 2;
                else
                    break;
            }
            var wordEnd = i;
            if (wordEnd < end && text[wordEnd] == '.' && AbbreviationPattern().IsMatch(text.AsSpan(wordStart, wordEnd - wordStart)))
                wordEnd++;
            words.Add(new Word(text[wordStart..wordEnd], wordStart, wordEnd));
        }
    }

    private static bool IsJoiner(char c) => c is '.' or '’' or '\'' or '-' or '&';
}
