namespace NewsExtract.Annotation.Names;

/// <summary>
/// Lower-case terms defined with an acronym in parentheses: "mixed hydroxide precipitate (MHP)". Finds exactly the
/// matches of <c>(?&lt;words&gt;(?:\p{Ll}[\p{Ll}\-]*\s+){1,6})\((?&lt;acronym&gt;\p{Lu}\p{L}{1,8})\)</c>, but from each
/// opening parenthesis backwards: the pattern, tried at every lower-case letter of a document, cost more than the
/// rest of the name spotter.
/// </summary>
/// <remarks>Each word of the pattern takes all the letters and hyphens and then all the white space after it, so the
/// words before a parenthesis are found uniquely by reading back; the leftmost match starts at the first lower-case
/// letter of the furthest of at most six words. Pure and thread-safe.</remarks>
internal static class TermDefinitions
{
    private const int MaxWords = 6;
    private const int MaxAcronymTail = 8;

    /// <summary>Every definition in <paramref name="text"/>, in order: the words (with the white space after each) and the acronym.</summary>
    public static IEnumerable<(string Words, string Acronym)> In(string text)
    {
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = AcronymClose(text, open);
            if (close < 0)
                continue;
            var start = WordsStart(text, open);
            if (start >= 0)
                yield return (text[start..open], text[(open + 1)..close]);
        }
    }

    /// <summary>Where the ")" closing an acronym opened at <paramref name="open"/> is, else -1.</summary>
    private static int AcronymClose(string text, int open)
    {
        var i = open + 1;
        if (i >= text.Length || !char.IsUpper(text[i]))
            return -1;
        i++;
        var tail = 0;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
            tail++;
        }
        return tail is >= 1 and <= MaxAcronymTail && i < text.Length && text[i] == ')' ? i : -1;
    }

    /// <summary>Where the words before <paramref name="open"/> start, else -1.</summary>
    private static int WordsStart(string text, int open)
    {
        var start = -1;
        var end = open;
        for (var words = 0; words < MaxWords; words++)
        {
            var space = end;
            while (space > 0 && char.IsWhiteSpace(text[space - 1]))
                space--;
            if (space == end)
                break;
            var run = space;
            while (run > 0 && (char.IsLower(text[run - 1]) || text[run - 1] == '-'))
                run--;
            var first = run;
            while (first < space && !char.IsLower(text[first]))
                first++;
            if (first == space)
                break;
            start = first;
            // A word that starts after a hyphen has no white space before it to end an earlier word.
            if (first != run)
                break;
            end = run;
        }
        return start;
    }
}
