using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Normalization;

/// <summary>A percentage: the number, the qualifier written before it (<c>over</c>, <c>nearly</c>,
/// <c>up to</c>, lower-case) and, for a range, its high end.</summary>
public sealed record PercentValue(decimal Value, string? Qualifier)
{
    public decimal? RangeHigh { get; init; }

    /// <summary>The PERCENT normalized value: the number only (<c>80</c>, <c>12.5</c>), without its sign: a table's
    /// <c>-2.7%</c> is a fall of 2.7, and the direction is the price move's relation, not the entity's value.</summary>
    public string Normalized => NumberParser.Format(Math.Abs(Value));
}

/// <summary>Parses percentages: <c>45%</c>, <c>over 45%</c>, <c>35 percent</c>, <c>12.5 per cent</c>,
/// <c>nearly 40 pct</c>, <c>3.1pc</c> (glued to its number, as Australian and British papers write it), <c>ten percent</c>,
/// <c>10-15%</c> (low end). Pure, invariant culture.</summary>
public static partial class PercentNormalizer
{
    private const string Words =
        "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
        + "|one hundred|a hundred|hundred|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
        + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    private const string Num = @"[+\-−]?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)";
    private const string Body =
        @"(?:(?<q>just\s+over|just\s+under|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|as\s+much\s+as|as\s+high\s+as|close\s+to|an\s+estimated|nearly|almost|about|around|approximately|roughly|some|over|under|above|below|only)\s+)?"
        + @"(?<n>" + Num + "|" + Words + @")(?:\s*(?:-|–|to)\s*(?<n2>" + Num + "|" + Words + @"))?"
        + @"(?:\s?%|\s*(?:percent|per\s*cent|per-cent|pct)(?![A-Za-z])|(?<=[0-9])pc(?![A-Za-z]))";

    /// <summary>The percent pattern over running text (spans include the qualifier).</summary>
    public static Regex Pattern => Running();

    /// <summary>Whether <see cref="Pattern"/> can match in <paramref name="sentence"/>: every match ends in a percent
    /// sign or in "percent", "per cent", "per-cent", "pct" or "pc". Why: the pattern tries every word that could start a
    /// number ("ten", "nearly") and cost as much as the money pattern, in sentences most of which hold no percentage.</summary>
    public static bool CanMatch(ReadOnlySpan<char> sentence)
    {
        if (sentence.Contains('%') || sentence.Contains("pc", StringComparison.OrdinalIgnoreCase))
            return true;
        // "cent" after "per", with white space (\s, which is char.IsWhiteSpace) or one hyphen between.
        for (var from = 0; sentence[from..].IndexOf("cent", StringComparison.OrdinalIgnoreCase) is var at and >= 0; from += at + 4)
        {
            var cent = from + at;
            var before = cent;
            while (before > 0 && char.IsWhiteSpace(sentence[before - 1]))
                before--;
            if (before == cent && before > 0 && sentence[before - 1] == '-')
                before--;
            if (before >= 3 && sentence.Slice(before - 3, 3).Equals("per", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>The value of a percent expression, or null when <paramref name="text"/> is not one.</summary>
    public static PercentValue? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Whole().Match(text.Trim());
        return m.Success ? FromMatch(m) : null;
    }

    /// <summary>The value of a match of <see cref="Pattern"/>, or null when its number does not parse.</summary>
    public static PercentValue? FromMatch(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var value = Number(match.Groups["n"].Value);
        if (value is null)
            return null;
        var qualifier = match.Groups["q"].Success
            ? string.Join(' ', match.Groups["q"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : null;
        var high = match.Groups["n2"].Success ? Number(match.Groups["n2"].Value) : null;
        return new PercentValue(value.Value, qualifier) { RangeHigh = high };
    }

    private static decimal? Number(string text)
    {
        var t = text.Trim();
        var negative = t.StartsWith('-') || t.StartsWith('−');
        if (negative || t.StartsWith('+'))
            t = t[1..];
        var n = NumberParser.ParseDigits(t) ?? NumberParser.ParseNumber(t);
        return negative ? -n : n;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9.,])" + Body, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Running();

    [GeneratedRegex(@"^" + Body + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Whole();
}
