using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Lexicons;

namespace NewsExtract.Annotation.Normalization;

/// <summary>What a date without a year is resolved against (LABELLING.md): the published date's year, else the
/// year written once for its whole date phrase (<c>March 3 to April 9, 2022</c>), else unknown (<c>XXXX</c>). A
/// year written for another event nearby is no reference. Relative dates need <see cref="Published"/>.</summary>
public sealed record DateContext(DateOnly? Published, int? PhraseYear)
{
    public static DateContext None { get; } = new(null, null);

    /// <summary>The sentence looks ahead ("a tender closes on Thursday as scheduled"): a weekday alone is the next one
    /// on or after the published date rather than the last one on or before it.</summary>
    public bool LooksAhead { get; init; }

    /// <summary>The year to use for a date written without one, or null for <c>XXXX</c>.</summary>
    public int? DefaultYear => Published?.Year ?? PhraseYear;
}

/// <summary>Normalizes a date expression to ISO 8601 (TIMEX3 style): <c>2025-06-09</c>, <c>2025-06</c>,
/// <c>2025</c>, <c>XXXX-06-09</c>. Pure, invariant culture, never throws.</summary>
/// <remarks>
/// Returns null when the text is not a date expression it knows, and an empty string for a date expression
/// too vague to normalize (<c>recent months</c>, <c>this week</c>, <c>today</c>, <c>next year</c> or a weekday
/// without a published date). With a published date, a weekday alone is the last such day on or before it (the
/// next on or after it when <see cref="DateContext.LooksAhead"/>; <c>last</c>/<c>next Monday</c> strictly before
/// or after), and <c>yesterday</c>/<c>tomorrow</c> the day before or after. Parts of a month (<c>late May</c>, <c>mid-July</c>, <c>end of March</c>) give the month;
/// parts of a year (<c>mid-2025</c>) the year. Ambiguous numeric dates (<c>10/06/2025</c>) give null.
/// </remarks>
public static partial class DateNormalizer
{
    private static readonly Lazy<FrozenDictionary<string, int>> MonthTable = new(() =>
        Lexicon.Load("months").Entries.ToFrozenDictionary(
            e => e.Key, e => int.Parse(e.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase));

    /// <summary>The month number (1-12) of a month name or abbreviation (<c>June</c>, <c>Jun.</c>, <c>Sept</c>), case-insensitive.</summary>
    public static int? MonthNumber(string name) =>
        MonthTable.Value.TryGetValue(name.Trim().TrimEnd('.'), out var m) ? m : null;

    /// <summary>The normalized value of <paramref name="text"/>; see the type remarks for null and empty.</summary>
    public static string? Normalize(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var t = Clean(text);
        if (t.Length == 0)
            return null;

        Match m;
        if ((m = Iso().Match(t)).Success)
            return IsoDate(Int(m, "y"), Int(m, "m"), m.Groups["d"].Success ? Int(m, "d") : null);
        if ((m = Numeric().Match(t)).Success)
        {
            int a = Int(m, "a"), b = Int(m, "b"), y = Int(m, "y");
            if (a > 12 && b <= 12)
                return IsoDate(y, b, a);
            if (b > 12 && a <= 12)
                return IsoDate(y, a, b);
            return a == b ? IsoDate(y, a, b) : null;
        }
        if ((m = MonthDay().Match(t)).Success || (m = DayMonth().Match(t)).Success)
        {
            var month = MonthNumber(m.Groups["mon"].Value);
            return month is null ? null : IsoDate(YearOr(m, context), month.Value, Int(m, "d"));
        }
        if ((m = MonthYear().Match(t)).Success)
        {
            var month = MonthNumber(m.Groups["mon"].Value);
            return month is null ? null : IsoDate(YearOr(m, context), month.Value, null);
        }
        if ((m = YearOnly().Match(t)).Success)
            return m.Groups["y"].Value;
        if ((m = Relative().Match(t)).Success)
            return RelativeDate(m, context);
        if ((m = RelativeDay().Match(t)).Success)
            return RelativeDay(m, context);
        if (Vague().IsMatch(t))
            return "";
        return null;
    }

    /// <summary>Like <see cref="Normalize"/>, as a try-pattern: false when not a date expression.</summary>
    public static bool TryNormalize(string text, DateContext context, out string normalized)
    {
        normalized = Normalize(text, context) ?? "";
        return Normalize(text, context) is not null;
    }

    private static string Clean(string text)
    {
        var t = WhiteSpace().Replace(text.Trim(), " ");
        t = LeadingWords().Replace(t, "");
        t = Weekday().Replace(t, "");
        return t.Trim().TrimEnd(',', '.').Trim();
    }

    private static string RelativeDate(Match m, DateContext context)
    {
        if (context.Published is not { } published)
            return "";
        var shift = m.Groups["rel"].Value.ToLowerInvariant() switch
        {
            "last" or "past" or "previous" => -1,
            "next" or "coming" => 1,
            _ => 0,
        };
        if (m.Groups["unit"].Value.Equals("year", StringComparison.OrdinalIgnoreCase))
            return (published.Year + shift).ToString("0000", CultureInfo.InvariantCulture);
        var month = published.AddMonths(shift);
        return IsoDate(month.Year, month.Month, null)!;
    }

    private static string RelativeDay(Match m, DateContext context)
    {
        if (context.Published is not { } published)
            return "";
        DateOnly day;
        if (m.Groups["adverb"].Success)
        {
            day = published.AddDays(m.Groups["adverb"].Value.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1 : 1);
        }
        else
        {
            var weekday = Enum.Parse<DayOfWeek>(m.Groups["day"].Value, ignoreCase: true);
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            var ahead = rel == "next" || (rel != "last" && context.LooksAhead);
            // Days from the published date to the weekday, forward (0..6) or back (0..6); "last"/"next" never mean the day itself.
            var forward = ((int)weekday - (int)published.DayOfWeek + 7) % 7;
            var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
            if (rel == "next" && forward == 0)
                forward = 7;
            if (rel == "last" && back == 0)
                back = 7;
            day = published.AddDays(ahead ? forward : -back);
        }
        return IsoDate(day.Year, day.Month, day.Day)!;
    }

    private static int? YearOr(Match m, DateContext context) =>
        m.Groups["y"].Success ? Int(m, "y") : context.DefaultYear;

    private static string? IsoDate(int? year, int month, int? day)
    {
        if (month is < 1 or > 12)
            return null;
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year ?? 2000, month)))
            return null;
        var y = year is { } v ? v.ToString("0000", CultureInfo.InvariantCulture) : "XXXX";
        var iso = $"{y}-{month.ToString("00", CultureInfo.InvariantCulture)}";
        return day is { } dd ? $"{iso}-{dd.ToString("00", CultureInfo.InvariantCulture)}" : iso;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private const string Part = @"(?:(?:the\s+)?(?:early|late|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of|first\s+half\s+of|second\s+half\s+of)[\s\-–]+)?";
    private const string Mon = @"(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?";
    private const string Day = @"(?<d>[0-9]{1,2})(?:st|nd|rd|th)?";
    private const string Year = @"(?<y>(?:1[89]|20)[0-9]{2})";

    [GeneratedRegex(@"^" + Year + @"-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<a>[0-9]{1,2})[/.](?<b>[0-9]{1,2})[/.]" + Year + "$")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^" + Mon + @"\s+" + Day + @"(?:,?\s+" + Year + ")?$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?:the\s+)?" + Day + @"\s+(?:of\s+)?" + Mon + @"(?:,?\s+" + Year + ")?$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^" + Part + Mon + @"(?:,?\s+(?:of\s+)?" + Year + ")?$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:(?:the\s+)?(?:early|late|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of|first\s+half\s+of|second\s+half\s+of|fiscal|FY)[\s\-–]*)?" + Year + "$", RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?:(?:earlier|later)\s+)?(?<rel>last|this|next|past|previous|coming|current)\s+(?<unit>year|month)$", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^(?:(?<rel>last|next|this)\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|^(?<adverb>yesterday|tomorrow)$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"^(?:recent(?:ly)?|(?:in\s+)?recent\s+(?:days|weeks|months|years)|(?:the\s+)?(?:past|last|coming|next)\s+(?:few\s+|several\s+)?(?:days|weeks|months|years)|(?:this|last|next)\s+(?:week|weekend|quarter)|today|now|currently|lately)$", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();

    [GeneratedRegex(@"^(?:on|in|since|by|until|till|from|during|as\s+of|before|after)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
