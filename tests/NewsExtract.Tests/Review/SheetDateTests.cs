using NewsExtract.Review;

namespace NewsExtract.Tests.Review;

public sealed class SheetDateTests
{
    private static readonly SheetDateOrder MonthFirst = SheetDateOrder.ForSeparator(',');
    private static readonly SheetDateOrder DayFirst = SheetDateOrder.ForSeparator(';');

    [Theory]
    [InlineData("2025-06-09", "2025-06-09")]
    [InlineData("XXXX-06-09", "XXXX-06-09")]
    [InlineData("2025-04", "2025-04")]
    [InlineData("2025", "2025")]
    [InlineData("", "")]
    [InlineData("09.06.2025", "2025-06-09")]
    [InlineData("13/6/2025", "2025-06-13")]
    [InlineData("6/13/2025", "2025-06-13")]
    [InlineData("6/13/2025 0:00", "2025-06-13")]
    [InlineData("6/13/25", "2025-06-13")]
    [InlineData("Jun-25", "2025-06")]
    [InlineData("June 2025", "2025-06")]
    [InlineData("9-Jun-2025", "2025-06-09")]
    [InlineData("9-Jun", "XXXX-06-09")]
    [InlineData("June 9, 2025", "2025-06-09")]
    [InlineData("2025/06/09", "2025-06-09")]
    [InlineData("2025-06-09T00:00:00", "2025-06-09")]
    [InlineData("45817", "2025-06-09")]
    public void Turns_spreadsheet_date_forms_back_to_iso(string text, string iso)
    {
        var result = SheetDate.Normalize(text, MonthFirst);

        Assert.Equal((iso, (string?)null), (result.Iso, result.Warning));
    }

    [Fact]
    public void An_ambiguous_date_follows_the_order_and_says_so()
    {
        var monthFirst = SheetDate.Normalize("6/9/2025", MonthFirst);
        var dayFirst = SheetDate.Normalize("09/06/2025", DayFirst);

        Assert.Equal("2025-06-09", monthFirst.Iso);
        Assert.Equal("2025-06-09", dayFirst.Iso);
        Assert.Contains("'6/9/2025' is ambiguous; read month-first", monthFirst.Warning);
        Assert.Contains("';'-separated", dayFirst.Warning);
    }

    [Fact]
    public void Unambiguous_dates_in_the_file_decide_the_order_over_the_separator()
    {
        var order = SheetDateOrder.Infer(["", "25/06/2025", "2025-06-01", "6/9/2025"], MonthFirst);

        Assert.Equal(DateOrder.DayFirst, order.Order);
        Assert.Equal("2025-09-06", SheetDate.Normalize("6/9/2025", order).Iso);
    }

    [Fact]
    public void Disagreeing_dates_leave_the_separator_to_decide()
    {
        Assert.Equal(DayFirst, SheetDateOrder.Infer(["25/06/2025", "06/25/2025"], DayFirst));
        Assert.Equal(MonthFirst, SheetDateOrder.Infer(["1/2/2025"], MonthFirst));
    }

    [Theory]
    [InlineData("next week")]
    [InlineData("31/02/2025")]
    public void Text_that_is_no_date_is_kept_with_a_warning(string text)
    {
        var result = SheetDate.Normalize(text, MonthFirst);

        Assert.Equal(text, result.Iso);
        Assert.NotNull(result.Warning);
    }
}
