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
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                yield return at;
        }
    }

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
