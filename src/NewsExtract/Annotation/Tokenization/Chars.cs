namespace NewsExtract.Annotation.Tokenization;

/// <summary>Character tests over a span of text. LINQ over a string boxes its enumerator on every call, and these
/// tests run for every word the taggers and extractors look at.</summary>
internal static class Chars
{
    /// <summary>Where <paramref name="word"/> is written in <paramref name="text"/> as a whole word (ordinal, no letter on
    /// either side), in order.</summary>
    public static IEnumerable<int> WholeWordsAt(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (IsWholeWordAt(text, at, word.Length))
                yield return at;
        }
    }

    /// <summary>Whether <paramref name="word"/> is written in <paramref name="text"/> as a whole word, compared as
    /// <paramref name="comparison"/> says.</summary>
    public static bool ContainsWholeWord(ReadOnlySpan<char> text, string word, StringComparison comparison)
    {
        for (var at = text.IndexOf(word, comparison); at >= 0;)
        {
            if (IsWholeWordAt(text, at, word.Length))
                return true;
            var next = text[(at + 1)..].IndexOf(word, comparison);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    // No letter right before the word nor right after it.
    private static bool IsWholeWordAt(ReadOnlySpan<char> text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length == text.Length || !char.IsLetter(text[at + length]));

    public static bool Any(ReadOnlySpan<char> text, Func<char, bool> test)
    {
        foreach (var c in text)
        {
            if (test(c))
                return true;
        }
        return false;
    }

    public static bool All(ReadOnlySpan<char> text, Func<char, bool> test)
    {
        foreach (var c in text)
        {
            if (!test(c))
                return false;
        }
        return true;
    }

    /// <summary>How many non-empty pieces lie between the <paramref name="separator"/>s of <paramref name="text"/>: what
    /// <c>Split(separator, StringSplitOptions.RemoveEmptyEntries).Length</c> gives, without the strings.</summary>
    public static int Pieces(ReadOnlySpan<char> text, char separator)
    {
        var pieces = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != separator && (i == 0 || text[i - 1] == separator))
                pieces++;
        }
        return pieces;
    }

    public static int Count(ReadOnlySpan<char> text, Func<char, bool> test)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (test(c))
                count++;
        }
        return count;
    }
}
