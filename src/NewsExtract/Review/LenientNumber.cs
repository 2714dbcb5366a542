using System.Globalization;

namespace NewsExtract.Review;

/// <summary>
/// Reads a number as a spreadsheet may have re-saved it: <c>7,200,000,000</c>, <c>1.234,5</c>, <c>0,85</c>,
/// <c>750.5</c>, <c>1 234,5</c>. Used by the review reader only; <c>score</c> reads the tool's own invariant output strictly.
/// </summary>
/// <remarks>
/// With both <c>.</c> and <c>,</c> the later one is the decimal mark. Repeated marks are thousands separators
/// (groups of three digits). A single comma before exactly three digits (<c>1,234</c>) is the one true
/// ambiguity: a thousands separator unless the file's locale writes decimal commas (a <c>;</c>-separated CSV).
/// Pure and thread-safe.
/// </remarks>
public static class LenientNumber
{
    /// <summary>Blank is a null number (and true); text that is no number is false.</summary>
    public static bool TryParse(string text, bool decimalComma, out double? value)
    {
        value = null;
        var s = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F'));
        if (s.Length == 0)
        {
            return true;
        }

        var dot = s.LastIndexOf('.');
        var comma = s.LastIndexOf(',');
        string? invariant = (dot >= 0, comma >= 0) switch
        {
            (false, false) => s,
            (true, true) => dot > comma ? Ungroup(s, ',', '.') : Ungroup(s, '.', ','),
            (true, false) => s.Count(c => c == '.') > 1 ? Ungroup(s, '.', null) : s,
            (false, true) => s.Count(c => c == ',') > 1 || (!decimalComma && s.Length - comma - 1 == 3)
                ? Ungroup(s, ',', null)
                : s.Replace(',', '.'),
        };

        if (invariant is not null
            && double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>Removes the thousands separator (checking groups of three digits) and makes the decimal mark a dot; null when the groups are wrong.</summary>
    private static string? Ungroup(string s, char thousands, char? decimalMark)
    {
        var end = decimalMark is { } mark ? s.LastIndexOf(mark) : s.Length;
        var groups = s[..end].Split(thousands);
        if (groups.Skip(1).Any(g => g.Length != 3) || groups[0].TrimStart('-', '+').Length is 0 or > 3)
        {
            return null;
        }

        return string.Concat(groups) + (decimalMark is null ? "" : "." + s[(end + 1)..]);
    }
}
