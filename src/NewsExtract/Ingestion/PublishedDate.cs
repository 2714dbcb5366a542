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

    [GeneratedRegex(@"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePrefix();
}
