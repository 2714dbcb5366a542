using System.Text.RegularExpressions;

namespace NewsExtract.Extraction.Rules;

/// <summary>A stretch of a sentence between clause breaks, in sentence-relative offsets.</summary>
public readonly record struct Clause(int Start, int End)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>Splits a sentence where one statement ends and another begins ("; ", " - yet ", ", but ", " while ").</summary>
public static partial class Clauses
{
    // "; ", "- yet", ", but", " while ", and " and <Capitalized> will ..." where a new subject starts a new statement.
    [GeneratedRegex(@";\s|\s?-\s*(?=(?:[Yy]et|[Bb]ut(?!\s+(?:only|not|just|mainly|mostly)\b)|[Ww]hile)\b)|,\s+(?:but|yet|while|whereas)\s|\s(?:while|whereas)\s|\s+but\s+(?!(?:only|not|just|mainly|mostly)\b)(?=[a-z]+\s)|,?\s+and\s+(?=(?:the\s+)?\p{Lu}[\p{L}.]*\s+(?:will|would|could|may|might|has|have|had|is|was|should|must)\b)|,\s+and\s+(?=(?:the\s+)?(?:[\p{L}\-]+\s+){1,3}(?:will|would|could|may|might|has|have|had|is|are|was|were|should|must|said|says)\b)")]
    private static partial Regex Breaks();

    // The comma that closes a leading conditional: "if X does A, Y will do B".
    [GeneratedRegex(@"^(?:[^,]*?,\s*)?(?:if|when|unless|once)\s[^,]+(?<comma>,)\s")]
    private static partial Regex ConditionalComma();

    public static IReadOnlyList<Clause> Split(string folded)
    {
        var clauses = new List<Clause>();
        var start = 0;
        var breaks = new List<(int Index, int Length)>();
        foreach (var m in Breaks().EnumerateMatches(folded))
            breaks.Add((m.Index, m.Length));
        if (ConditionalComma().Match(folded) is { Success: true } c)
            breaks.Add((c.Groups["comma"].Index, 1));
        foreach (var m in breaks.OrderBy(b => b.Index))
        {
            if (m.Index < start)
                continue;
            if (m.Index > start)
                clauses.Add(new Clause(start, m.Index));
            start = m.Index + m.Length;
        }
        if (start < folded.Length)
            clauses.Add(new Clause(start, folded.Length));
        return clauses;
    }
}
