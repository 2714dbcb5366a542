using NewsExtract.Review;

namespace NewsExtract.Tests.Review;

public sealed class LenientNumberTests
{
    [Theory]
    [InlineData("750", false, 750.0)]
    [InlineData("750.5", false, 750.5)]
    [InlineData("7,200,000,000", false, 7200000000.0)]
    [InlineData("7.200.000.000", true, 7200000000.0)]
    [InlineData("1.234,5", true, 1234.5)]
    [InlineData("1,234.5", false, 1234.5)]
    [InlineData("0,85", false, 0.85)]
    [InlineData("0,85", true, 0.85)]
    [InlineData("1,234", false, 1234.0)]
    [InlineData("1,234", true, 1.234)]
    [InlineData("1 234,5", true, 1234.5)]
    [InlineData("-2,5", true, -2.5)]
    [InlineData(" 80 ", false, 80.0)]
    [InlineData("7.2E+09", false, 7200000000.0)]
    public void Reads_numbers_as_spreadsheets_save_them(string text, bool decimalComma, double expected)
    {
        Assert.True(LenientNumber.TryParse(text, decimalComma, out var value));
        Assert.Equal(expected, value!.Value, 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_is_null(string text)
    {
        Assert.True(LenientNumber.TryParse(text, decimalComma: false, out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("1,2,3")]
    [InlineData("12,34,567")]
    [InlineData("1.2.3,4")]
    [InlineData("NaN")]
    public void Text_that_is_no_number_is_rejected(string text)
    {
        Assert.False(LenientNumber.TryParse(text, decimalComma: false, out _));
    }
}
