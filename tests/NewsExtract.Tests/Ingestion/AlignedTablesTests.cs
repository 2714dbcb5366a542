using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

/// <summary>A plain-text table, aligned by spaces or split by tabs, is written as the cleaner writes an HTML table
/// (invented tables).</summary>
public sealed class AlignedTablesTests
{
    private static string Clean(string text) => new TextCleaner().Clean(text);

    [Fact]
    public void A_space_aligned_table_becomes_bar_cells_with_right_aligned_numbers_and_empty_cells()
    {
        const string text = "Kelp meal assessments (week to 4 June)\n\n"
            + "Product              Basis        Unit      Low      High     W/W\n"
            + "Kelp meal, dried     FOB Velmar   USD/t    1,955    2,010   +2.1%\n"
            + "Kelp flour           CFR Oskel    EUR/t      880      910\n"
            + "Kelp ash, 40% K2O    ex-works     CNY/kg    6.40     6.55    unch\n\n"
            + "Prices were firm.";
        Assert.Equal("Kelp meal assessments (week to 4 June)\n\n"
            + "Product | Basis | Unit | Low | High | W/W\n"
            + "Kelp meal, dried | FOB Velmar | USD/t | 1,955 | 2,010 | +2.1%\n"
            + "Kelp flour | CFR Oskel | EUR/t | 880 | 910 | \n"
            + "Kelp ash, 40% K2O | ex-works | CNY/kg | 6.40 | 6.55 | unch\n\n"
            + "Prices were firm.", Clean(text));
    }

    [Fact]
    public void A_tab_split_table_becomes_bar_cells() =>
        Assert.Equal("Port | Tonnes | Share\nVelmar | 12,400 | 41%\nOskel | 9,100 | 30%",
            Clean("Port\tTonnes\tShare\nVelmar\t12,400\t41%\nOskel\t9,100\t30%"));

    // Two spaces after a full stop, two lines of a table, two columns, or a column one line writes across: no table.
    [Theory]
    [InlineData("Kelp rose.  Buyers paid more.\nOskel fell.  Sellers held out.\nVelmar was flat.  Few traded.")]
    [InlineData("Product      Low     High\nKelp meal    1,955   2,010")]
    [InlineData("Port      Tonnes\nVelmar    12,400\nOskel     9,100")]
    [InlineData("Product      Low     High\nKelp meal    1,955   2,010\nKelp flour was not assessed this week")]
    [InlineData("Product | Low | High\nKelp meal  x | 1,955 | 2,010\nKelp flour  y | 880 | 910")]
    public void Leaves_what_is_no_aligned_table(string text) => Assert.Equal(text, Clean(text));
}
