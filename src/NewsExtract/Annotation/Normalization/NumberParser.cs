using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Normalization;

/// <summary>Parses numbers as written in news text. Pure functions, invariant culture; failures are <c>null</c>.</summary>
public static partial class NumberParser
{
    private static readonly FrozenDictionary<string, decimal> Units = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12, ["half"] = 0.5m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, decimal> Multipliers = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["k"] = 1_000m,
        ["million"] = 1_000_000m, ["millions"] = 1_000_000m, ["m"] = 1_000_000m, ["mn"] = 1_000_000m, ["mln"] = 1_000_000m,
        ["billion"] = 1_000_000_000m, ["billions"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["bln"] = 1_000_000_000m, ["b"] = 1_000_000_000m,
        ["lakh"] = 100_000m, ["lakhs"] = 100_000m, ["crore"] = 10_000_000m, ["crores"] = 10_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["tn"] = 1_000_000_000_000m, ["trn"] = 1_000_000_000_000m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, decimal> FactorWords = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["twice"] = 2, ["double"] = 2, ["doubled"] = 2, ["doubles"] = 2, ["doubling"] = 2,
        ["thrice"] = 3, ["triple"] = 3, ["tripled"] = 3, ["triples"] = 3, ["tripling"] = 3, ["treble"] = 3, ["trebled"] = 3,
        ["quadruple"] = 4, ["quadrupled"] = 4, ["quadruples"] = 4, ["quadrupling"] = 4,
        ["halved"] = 0.5m, ["halve"] = 0.5m, ["halving"] = 0.5m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The multiplier of a scale word: <c>thousand</c> 1e3, <c>lakh</c> 1e5, <c>million</c>/<c>m</c>/<c>mln</c> 1e6,
    /// <c>crore</c> 1e7, <c>billion</c>/<c>bn</c> 1e9, <c>trillion</c>/<c>tn</c> 1e12; else null.</summary>
    public static decimal? ParseMultiplier(string word) =>
        Multipliers.TryGetValue(word.Trim().TrimEnd('.'), out var m) ? m : null;

    /// <summary>A number: digits with grouping and decimals (<c>3,125</c>, <c>1.2</c>), a glued or spaced
    /// multiplier (<c>2bn</c>, <c>1.5 trillion</c>), or number words (<c>seven</c>, <c>twenty-five</c>,
    /// <c>two hundred</c>, <c>three million</c>). Null when <paramref name="text"/> is not a number.</summary>
    public static decimal? ParseNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = DigitsWithScale().Match(text.Trim());
        if (m.Success)
        {
            var value = ParseDigits(m.Groups["n"].Value);
            if (value is null)
                return null;
            if (!m.Groups["s"].Success)
                return value;
            var scale = ParseMultiplier(m.Groups["s"].Value);
            return scale is null ? null : Multiply(value.Value, scale.Value);
        }
        return ParseWords(text);
    }

    /// <summary>Plain digits in invariant culture with optional <c>,</c> grouping: <c>3,125</c> -> 3125.</summary>
    public static decimal? ParseDigits(string text)
    {
        var t = text.Trim();
        if (!PlainNumber().IsMatch(t))
            return null;
        return decimal.TryParse(t.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>A multiple as a factor: <c>twice</c>/<c>doubled</c> 2, <c>tripled</c> 3, <c>threefold</c>/<c>3-fold</c>
    /// 3, <c>sixfold</c> 6, <c>2.5 times</c> 2.5, <c>five times</c> 5, <c>halved</c> 0.5; else null.</summary>
    public static decimal? ParseFactor(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = WhiteSpace().Replace(text.Trim(), " ");
        if (FactorWords.TryGetValue(t, out var f))
            return f;
        var m = Fold().Match(t);
        if (m.Success)
            return ParseNumber(m.Groups["n"].Value);
        m = Times().Match(t);
        if (m.Success)
            return ParseNumber(m.Groups["n"].Value);
        return null;
    }

    /// <summary>A regular expression for a number written in words (<c>thirty</c>, <c>a hundred</c>, <c>twenty-five</c>,
    /// <c>two million</c>) that <see cref="ParseNumber"/> reads; it needs at least one number word, so <c>a</c> alone is none.</summary>
    public const string WordsPattern =
        @"(?:(?:[Aa]n?\s+)?(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|hundred|thousand|million|billion)(?:[\s\-]+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion|trillion))*)(?![A-Za-z\-])";

    /// <summary>Invariant text without grouping or trailing zeros: 2850, 1.5, 1200000000.</summary>
    public static string Format(decimal value)
    {
        var s = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s;
    }

    private static decimal? ParseWords(string text)
    {
        var words = text.Trim().ToLowerInvariant().Split([' ', '-', '\u2010', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return null;
        decimal total = 0, current = 0;
        var any = false;
        foreach (var w in words)
        {
            if (w is "and" or "a" or "an")
                continue; // "a hundred", "a dozen", "one hundred and five"
            if (Units.TryGetValue(w, out var u))
            {
                current += u;
                any = true;
            }
            else if (w == "hundred")
            {
                current = (current == 0 ? 1 : current) * 100;
                any = true;
            }
            else if (Multipliers.TryGetValue(w, out var scale) && scale >= 1000 && w.Length > 3)
            {
                var part = Multiply(current == 0 ? 1 : current, scale);
                if (part is null)
                    return null;
                total += part.Value;
                current = 0;
                any = true;
            }
            else
            {
                return null;
            }
        }
        if (!any)
            return null;
        return total + current;
    }

    private static decimal? Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$|^[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?$|^[0-9]+(?:\.[0-9]+)?$|^\.[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^(?<n>[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)\s*(?<s>[A-Za-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsWithScale();

    [GeneratedRegex(@"^(?<n>[0-9.,]+|[A-Za-z]+)[-\u2010 ]?fold$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fold();

    [GeneratedRegex(@"^(?:more than |over |nearly |almost |about |roughly |some )?(?<n>[0-9.,]+|[A-Za-z]+(?:[- ][A-Za-z]+)?) times$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Times();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
