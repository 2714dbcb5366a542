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
    [GeneratedRegex(@";\s|\s-\s*(?=yet\b|but\b|while\b)|,\s+(?:but|yet|while|whereas)\s|\s(?:while|whereas)\s|(?<=\w)-(?=yet\b)|\s+but\s+(?=[a-z]+\s)")]
    private static partial Regex Breaks();

    public static IReadOnlyList<Clause> Split(string folded)
    {
        var clauses = new List<Clause>();
        var start = 0;
        foreach (Match m in Breaks().Matches(folded))
        {
            if (m.Index > start)
                clauses.Add(new Clause(start, m.Index));
            start = m.Index + m.Length;
        }
        if (start < folded.Length)
            clauses.Add(new Clause(start, folded.Length));
        return clauses;
    }
}
