using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Names;

/// <summary>A word of a sentence with absolute offsets; the name spotter's unit.</summary>
internal readonly record struct Word(string Text, int Start, int End)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsPossessive => Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("'s", StringComparison.Ordinal);

    /// <summary>The word without a possessive ending.</summary>
    public Word Bare => IsPossessive ? new Word(Text[..^2], Start, End - 2) : this;

    public bool IsAllCaps => Text.Length >= 2 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.Count(char.IsLetter) >= 2;
}

/// <summary>Splits text into words: letters and digits joined by inner dots, apostrophes, hyphens and ampersands.</summary>
internal static partial class WordScanner
{
    // A word may carry inner punctuation (U.S, Tom’s, Jean-Luc, AT&T); a final dot is kept only for abbreviations.
    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}]|[.’'\-&](?=[\p{L}\p{N}]))*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?:[A-Z]\.)*[A-Z]$|^(?:Inc|Corp|Ltd|Co|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov)$")]
    private static partial Regex AbbreviationPattern();

    /// <summary>Two words joined by one space (or no-break space), as words of one name are.</summary>
    public static bool IsSpaceGap(string text, int from, int to) =>
        to - from == 1 && text[from] is ' ' or '\u00A0';

    /// <summary>The words of text[start..end); the pattern sees nothing outside that range.</summary>
    public static IReadOnlyList<Word> Scan(string text, int start, int end)
    {
        // Matching on a span of the range, not on a copy of text[..end]: a copy per sentence made a document's
        // scans grow with the square of its length.
        var words = new List<Word>();
        var range = text.AsSpan(start, end - start);
        foreach (var m in WordPattern().EnumerateMatches(range))
        {
            var wordStart = start + m.Index;
            var wordEnd = wordStart + m.Length;
            if (wordEnd < end && text[wordEnd] == '.' && AbbreviationPattern().IsMatch(range.Slice(m.Index, m.Length)))
                wordEnd++;
            words.Add(new Word(text[wordStart..wordEnd], wordStart, wordEnd));
        }
        return words;
    }
}
