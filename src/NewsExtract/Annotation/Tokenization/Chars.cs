namespace NewsExtract.Annotation.Tokenization;

/// <summary>Character tests over a span of text. LINQ over a string boxes its enumerator on every call, and these
/// tests run for every word the taggers and extractors look at.</summary>
internal static class Chars
{
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
