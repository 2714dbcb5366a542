using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

/// <summary>A dated dateline or byline at the top of a plain-text article is its published date (invented text).</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("Grain desk weekly\nOSLO, June 10, 2025 (Wirecast) - Barley prices eased.", "2025-06-10")]
    [InlineData("MINOR METALS NOTE\nTuesday, 3 February 2026\n\nZinc firmed.", "2026-02-03")]
    [InlineData("Why ports matter\n\nBy Ana Ruiz, Senior Analyst at Example Research - 9 July 2024\n\nBody text.", "2024-07-09")]
    [InlineData("Published: 14 March 2025\nCopper rallied.", "2025-03-14")]
    [InlineData("2025-11-02 - Urea prices slipped.", "2025-11-02")]
    public void Reads_the_dateline(string text, string expected) =>
        Assert.Equal(expected, PublishedDate.FromDateline(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("Exports fell.\nOn June 10, 2025 the rules took effect and prices rose sharply across the region.")]
    [InlineData("Curbs imposed in 2022 stay.")]
    [InlineData("Headline\nOne\nTwo\nThree\nFour\nJune 10, 2025 - too far down.")]
    public void A_date_in_a_sentence_is_no_dateline(string text) => Assert.Null(PublishedDate.FromDateline(text));
}
