namespace NewsExtract.Review;

/// <summary>How a sheet writes numeric dates such as <c>6/9/2025</c>.</summary>
public enum DateOrder
{
    /// <summary><c>6/9/2025</c> is June 9 (United States).</summary>
    MonthFirst,

    /// <summary><c>6/9/2025</c> is 6 September (most of Europe).</summary>
    DayFirst,
}

/// <summary>The date order of one sheet, and why it was chosen, for warnings about ambiguous dates.</summary>
public sealed record SheetDateOrder(DateOrder Order, string Reason)
{
    /// <summary>
    /// Unambiguous dates in the sheet decide (<c>13/6/2025</c> can only be day-first); when there are none, or they
    /// disagree, the fallback does: a <c>;</c>-separated CSV comes from a locale that writes day-first.
    /// </summary>
    public static SheetDateOrder Infer(IEnumerable<string> dates, SheetDateOrder fallback)
    {
        int dayFirst = 0, monthFirst = 0;
        foreach (var date in dates)
        {
            if (SheetDate.NumericParts(date) is { Separator: not '.' } parts)
            {
                dayFirst += parts.First > 12 && parts.Second <= 12 ? 1 : 0;
                monthFirst += parts.Second > 12 && parts.First <= 12 ? 1 : 0;
            }
        }

        return (dayFirst, monthFirst) switch
        {
            ( > 0, 0) => new SheetDateOrder(DateOrder.DayFirst, "other dates in the file are day-first"),
            (0, > 0) => new SheetDateOrder(DateOrder.MonthFirst, "other dates in the file are month-first"),
            _ => fallback,
        };
    }

    public static SheetDateOrder ForSeparator(char separator) => separator == ';'
        ? new SheetDateOrder(DateOrder.DayFirst, "the file is ';'-separated, as day-first locales save it")
        : new SheetDateOrder(DateOrder.MonthFirst, $"the file is '{separator}'-separated, as month-first locales save it");

    /// <summary>A workbook stores real dates as dates; text dates typed into it are read as Excel's default (en-US) would.</summary>
    public static readonly SheetDateOrder Workbook = new(DateOrder.MonthFirst, "Excel's default order is month-first");
}
