namespace NewsExtract.Annotation.Names;

/// <summary>
/// Where strings occur in one document as whole words. A long document is looked up through an index of its words
/// built once, so looking up every name costs its length once rather than once a name; a document of at most
/// <see cref="ScanLimit"/> characters is searched for each name instead, which costs less than building the index.
/// </summary>
/// <remarks>Not thread-safe: one per document and call.</remarks>
internal sealed class TextOccurrences
{
    /// <summary>The longest text searched rather than indexed: most articles. A document names a few dozen people and
    /// organizations, and a vectorized search of a few thousand characters for each is cheaper than a string and a
    /// list for each of its distinct words.</summary>
    public const int ScanLimit = 20_000;

    private readonly string _text;
    // Maximal runs of letters and numbers (\p{L}\p{N}), by text, with where each starts, in order; null when searched.
    private readonly Dictionary<string, List<int>>? _runs;
    private HashSet<string>? _letterRuns;

    public TextOccurrences(string text) : this(text, ScanLimit)
    {
    }

    /// <summary>As the public constructor, indexing a text longer than <paramref name="scanLimit"/> characters
    /// (tests ask for both ways on the same texts).</summary>
    internal TextOccurrences(string text, int scanLimit)
    {
        _text = text;
        if (text.Length <= scanLimit)
            return;
        _runs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lookup = _runs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsLetterOrNumber(text[i]))
            {
                i++;
                continue;
            }
            var end = RunEnd(text, i, IsLetterOrNumber);
            var run = text.AsSpan(i, end - i);
            if (!lookup.TryGetValue(run, out var starts))
                lookup[run] = starts = [];
            starts.Add(i);
            i = end;
        }
    }

    /// <summary>Where <paramref name="surface"/> starts with no letter or number either side of it, left to right and
    /// not overlapping one another: the matches of <c>(?&lt;![\p{L}\p{N}])surface(?![\p{L}\p{N}])</c>.</summary>
    public IEnumerable<int> Of(string surface)
    {
        var next = 0;
        foreach (var start in Candidates(surface))
        {
            if (start < next || !IsWholeAt(start, surface, IsLetterOrNumber))
                continue;
            yield return start;
            next = start + surface.Length;
        }
    }

    /// <summary>True when <paramref name="word"/>, letters only, is written somewhere with no letter either side:
    /// <c>(?&lt;!\p{L})word(?!\p{L})</c> matches.</summary>
    public bool HasLetterWord(string word)
    {
        if (word.Length == 0)
            return false;
        if (_runs is null)
        {
            // An occurrence with no letter either side is a whole run of letters when the word is letters only.
            foreach (var start in Everywhere(word))
            {
                if (IsWholeAt(start, word, char.IsLetter))
                    return true;
            }
            return false;
        }
        if (_letterRuns is null)
        {
            _letterRuns = new HashSet<string>(StringComparer.Ordinal);
            var lookup = _letterRuns.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 0; i < _text.Length;)
            {
                if (!char.IsLetter(_text[i]))
                {
                    i++;
                    continue;
                }
                var end = RunEnd(_text, i, char.IsLetter);
                lookup.Add(_text.AsSpan(i, end - i));
                i = end;
            }
        }
        return _letterRuns.Contains(word);
    }

    /// <summary>Positions where the surface may start, in order: where its first run of letters and numbers is a whole
    /// run of the text, or, for a surface that starts otherwise, wherever it is written.</summary>
    private IEnumerable<int> Candidates(string surface)
    {
        // Searched, every place it is written is a candidate: IsWholeAt keeps those the index would give.
        if (_runs is not null && surface.Length > 0 && IsLetterOrNumber(surface[0]))
        {
            var lead = surface.AsSpan(0, RunEnd(surface, 0, IsLetterOrNumber));
            return _runs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lead, out var starts) ? starts : [];
        }
        return Everywhere(surface);
    }

    private IEnumerable<int> Everywhere(string surface)
    {
        for (var i = _text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = i + 1 > _text.Length ? -1 : _text.IndexOf(surface, i + 1, StringComparison.Ordinal))
            yield return i;
    }

    /// <summary>Whether <paramref name="surface"/> is written at <paramref name="start"/> with no character of the
    /// run it bounds (<paramref name="inRun"/>) either side.</summary>
    private bool IsWholeAt(int start, string surface, Func<char, bool> inRun)
    {
        var end = start + surface.Length;
        return end <= _text.Length
            && _text.AsSpan(start, surface.Length).SequenceEqual(surface)
            && (start == 0 || !inRun(_text[start - 1]))
            && (end == _text.Length || !inRun(_text[end]));
    }

    private static int RunEnd(string s, int start, Func<char, bool> inRun)
    {
        var end = start;
        while (end < s.Length && inRun(s[end]))
            end++;
        return end;
    }

    // \p{L} and \p{N} as the regex engine reads them, one UTF-16 code unit at a time.
    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);
}
