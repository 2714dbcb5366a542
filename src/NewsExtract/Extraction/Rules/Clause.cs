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
    // " and <Capitalized> will ...": a new subject, unless it continues a list of destinations (see Split).
    private const string AndNamed = @",?\s+and\s+(?=(?:the\s+)?\p{Lu}[\p{L}.]*\s+(?:will|would|could|may|might|has|have|had|is|was|should|must)\b)";

    // "; ", "- yet", ", but", " while ", " and <Capitalized> will ..." and ", and the ministry will" where a new
    // subject starts a new statement.
    [GeneratedRegex(@";\s|\s?-\s*(?=(?:[Yy]et|[Bb]ut(?!\s+(?:only|not|just|mainly|mostly)\b)|[Ww]hile)\b)|,\s+(?:but|yet|while|whereas)\s|\s(?:while|whereas)\s|\s+but\s+(?!(?:only|not|just|mainly|mostly)\b)(?=[a-z]+\s)|" + AndNamed + @"|,\s+and\s+(?=(?:the\s+)?(?:[\p{L}\-]+\s+){1,3}(?:will|would|could|may|might|has|have|had|is|are|was|were|should|must|said|says)\b)")]
    private static partial Regex Breaks();

    // Whether a break is the AndNamed one: no alternative before it can start where it does, so a break that starts
    // with it is it. Read on a span, where a group would need a Match object for every break of every sentence.
    [GeneratedRegex("^" + AndNamed)]
    private static partial Regex StartsAndNamed();

    // A list of destinations: "to India and Turkey will need ..." continues the places when no verb comes before it
    // (a speech verb introduces the statement: "China said licences for cargoes to Chile and Peru will be granted").
    // A list of several ("to the United States, Japan and the Netherlands") is one too.
    [GeneratedRegex(@"\b(?:to|for|on|against)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}(?:,\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})*$")]
    private static partial Regex DestinationBefore();

    // Not a participle that modifies a noun: "the newly listed equipment", "the restricted items".
    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|(?<!\b(?:the|a|an|its|their|\w+ly)\s)\w{3,}ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    // The comma that closes a leading conditional: "if X does A, Y will do B".
    [GeneratedRegex(@"^(?:[^,]*?,\s*)?(?:if|when|unless|once)\s[^,]+(?<comma>,)\s")]
    private static partial Regex ConditionalComma();

    public static IReadOnlyList<Clause> Split(string folded)
    {
        var clauses = new List<Clause>();
        var start = 0;
        var breaks = new List<(int Index, int Length)>();
        var from = 0;
        foreach (var m in Breaks().EnumerateMatches(folded))
        {
            // "Exports of the alloys to India and Turkey will need a licence": Turkey is a destination, not a subject.
            if (DestinationBefore().IsMatch(folded.AsSpan(from, m.Index - from)) && !Verb().IsMatch(folded.AsSpan(from, m.Index - from))
                && StartsAndNamed().IsMatch(folded.AsSpan(m.Index)))
                continue;
            breaks.Add((m.Index, m.Length));
            from = m.Index + m.Length;
        }
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
