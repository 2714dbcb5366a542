using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion;

/// <summary>Reads a published date from the forms pages and sidecars write it in.</summary>
/// <remarks>
/// The date part is taken as written: <c>2025-06-10T23:30:00-05:00</c> is June 10, not the UTC day,
/// because the article's own calendar is what undated mentions ("June 9") are relative to.
/// </remarks>
public static partial class PublishedDate
{
    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
            return false;
        var text = value.Trim();

        var iso = IsoDatePrefix().Match(text);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture);
            if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
                return false;
            date = new DateOnly(year, month, day);
            return true;
        }

        // RFC 1123 and "June 10, 2025" style values; DateTime (not DateTimeOffset.UtcDateTime) keeps the written day.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed.DateTime);
            return true;
        }
        return false;
    }

    /// <summary>The date of a dateline near the top of an article ("LONDON, June 10, 2025 (Wire) -", "Published:
    /// 10 June 2025", a byline ending "- 23 April 2026"): a full date with its year opening one of the first four
    /// lines after an optional place, or closing a short one; else null.</summary>
    public static DateOnly? FromDateline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > 600 ? text[..600] : text;
        var lines = head.Split('\n').Where(l => l.Trim().Length > 0).Take(4);
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if ((Dateline().Match(trimmed) is { Success: true } m || trimmed.Length <= 160 && (m = DatedByline().Match(trimmed)).Success)
                && TryParse(m.Groups["date"].Value, out var date))
                return date;
        }
        return null;
    }

    // A full date with its year: "June 10, 2025", "Sept. 8 2026", "10 June 2025", "2025-06-10".
    private const string FullDatePattern = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{4}-\d{2}-\d{2}";

    /// <summary>The first full date, with its year, in a short line (a page's date line: "Wednesday 10 June 2026 ·
    /// Seoul"); null when the line is long or holds none.</summary>
    public static DateOnly? InLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 120 || FullDate().Match(text) is not { Success: true } m)
            return null;
        return TryParse(m.Value, out var date) ? date : null;
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?:" + FullDatePattern + @")(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{L}.'\- ]*,\s*){1,2})?(?:(?:Published|Posted|Updated|Dated)(?:\s+on)?:?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?<date>" + FullDatePattern + @")\s*(?:[-\u2013\u2014(/|:]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // "Jane Roe, strategist at Example Capital - 23 April 2026": a short byline line that ends with the full date.
    [GeneratedRegex(@"[\-\u2013\u2014|\u00b7,]\s*(?<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})\s*\*?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedByline();

    [GeneratedRegex(@"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePrefix();
}
