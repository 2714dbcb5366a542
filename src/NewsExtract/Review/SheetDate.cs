using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Review;

/// <summary>A date cell turned back into the ISO 8601 text of FACT_SCHEMA.md (<c>2025-06-09</c>, <c>2025-06</c>, <c>XXXX-06-09</c>).</summary>
/// <param name="Iso">The ISO text, or the cell's text unchanged when it is no date form this knows.</param>
/// <param name="Warning">Why the result is a guess (day and month could be swapped, or the text is no date), or null.</param>
public sealed record SheetDateResult(string Iso, string? Warning = null);

/// <summary>
/// Undoes what spreadsheet programs do to a <c>date</c> column: <c>6/9/2025</c>, <c>09.06.2025</c>, <c>09/06/2025</c>,
/// <c>Jun-25</c>, <c>9-Jun-2025</c>, a serial day number (<c>45817</c>), a date cell. ISO forms, including
/// <c>XXXX-06-09</c> and <c>2025-04</c>, are kept as they are. Pure and thread-safe.
/// </summary>
public static partial class SheetDate
{
    // Excel's serial day numbers count from 1899-12-30; five digits cover the years 1927 to 2173.
    private const double FirstSerial = 10000, LastSerial = 99999;

    /// <summary>The numbers of a numeric date as written, before day and month are told apart.</summary>
    public sealed record NumericDate(int First, char Separator, int Second, int Year);

    public static SheetDateResult Normalize(string text, SheetDateOrder order)
    {
        var s = text.Trim();
        if (s.Length == 0 || IsoForm().IsMatch(s))
        {
            return new SheetDateResult(s);
        }

        if (IsoWithTime().Match(s) is { Success: true } withTime)
        {
            return new SheetDateResult(withTime.Groups[1].Value);
        }

        if (NumericParts(s) is { } parts)
        {
            return FromParts(parts, order, s);
        }

        if (YearFirst().Match(s) is { Success: true } yearFirst)
        {
            return Iso(Int(yearFirst, 1), Int(yearFirst, 2), Int(yearFirst, 3), s);
        }

        if (MonthYear().Match(s) is { Success: true } monthYear && Month(monthYear.Groups[1].Value) is { } m)
        {
            return new SheetDateResult(string.Create(CultureInfo.InvariantCulture, $"{Year(Int(monthYear, 2)):0000}-{m:00}"));
        }

        if (DayMonthYear().Match(s) is { Success: true } dmy && Month(dmy.Groups[2].Value) is { } month)
        {
            return dmy.Groups[3].Success
                ? Iso(Year(Int(dmy, 3)), month, Int(dmy, 1), s)
                : Iso(null, month, Int(dmy, 1), s);
        }

        if (MonthDayYear().Match(s) is { Success: true } mdy && Month(mdy.Groups[1].Value) is { } month2)
        {
            return Iso(Int(mdy, 3), month2, Int(mdy, 2), s);
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= FirstSerial and <= LastSerial)
        {
            return FromSerial(serial);
        }

        return new SheetDateResult(s, $"date '{s}' is not an ISO 8601 date; kept as written");
    }

    /// <summary>An Excel serial day number (a date cell's value).</summary>
    public static SheetDateResult FromSerial(double serial) => FromDateTime(DateTime.FromOADate(serial), monthOnly: false);

    /// <summary>A date cell; <paramref name="monthOnly"/> when its format shows no day (<c>mmm-yy</c>), so the fact's date was a month.</summary>
    public static SheetDateResult FromDateTime(DateTime date, bool monthOnly) =>
        new(date.ToString(monthOnly ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The numbers of <c>d/m/yyyy</c>, <c>m-d-yy</c>, <c>dd.mm.yyyy</c> (a time after them is ignored), or null.</summary>
    public static NumericDate? NumericParts(string text) =>
        Numeric().Match(text.Trim()) is { Success: true } m
            ? new NumericDate(Int(m, 1), m.Groups[2].Value[0], Int(m, 3), Year(Int(m, 4)))
            : null;

    private static SheetDateResult FromParts(NumericDate parts, SheetDateOrder order, string text)
    {
        // Dotted dates are day-first in every locale that writes them; a part above 12 can only be the day.
        var dayFirst = parts.Separator == '.' || parts.First > 12
            || (parts.Second <= 12 && order.Order == DateOrder.DayFirst);
        var (day, month) = dayFirst ? (parts.First, parts.Second) : (parts.Second, parts.First);
        var result = Iso(parts.Year, month, day, text);
        var ambiguous = parts.Separator != '.' && parts.First <= 12 && parts.Second <= 12 && parts.First != parts.Second;
        return ambiguous && result.Warning is null
            ? result with { Warning = $"date '{text}' is ambiguous; read {(dayFirst ? "day-first" : "month-first")} as {result.Iso} because {order.Reason}" }
            : result;
    }

    private static SheetDateResult Iso(int? year, int month, int day, string text)
    {
        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2024, month);
        if (!valid)
        {
            return new SheetDateResult(text, $"date '{text}' is not a valid date; kept as written");
        }

        var yearText = year is { } y ? y.ToString("0000", CultureInfo.InvariantCulture) : "XXXX";
        return new SheetDateResult(string.Create(CultureInfo.InvariantCulture, $"{yearText}-{month:00}-{day:00}"));
    }

    /// <summary>Two-digit years as Excel reads them: 00-29 are 20xx, 30-99 are 19xx.</summary>
    private static int Year(int year) => year switch
    {
        < 30 => 2000 + year,
        < 100 => 1900 + year,
        _ => year,
    };

    private static int? Month(string name)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var i = 0; i < 12; i++)
        {
            if (name.Equals(names.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase)
                || name.Equals(names.MonthNames[i], StringComparison.OrdinalIgnoreCase)
                || (name.Equals("Sept", StringComparison.OrdinalIgnoreCase) && i == 8))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4}|XXXX)(-\d{2}){0,2}$")]
    private static partial Regex IsoForm();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex IsoWithTime();

    [GeneratedRegex(@"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(\s+\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?)?$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^([A-Za-z]{3,9})\.?[-\s/](\d{4}|\d{2})$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?(?:[-\s](\d{4}|\d{2}))?$")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^([A-Za-z]{3,9})\.?\s(\d{1,2}),?\s(\d{4})$")]
    private static partial Regex MonthDayYear();
}
