using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Extraction;

/// <summary>A price table in a plain-text article, its columns aligned by spaces and its unit in a column of each row,
/// read end to end by the rules (an invented report).</summary>
public sealed class PlainTextTableTests : IDisposable
{
    private const string Report = "Kelp meal weekly\n\n"
        + "Product              Basis        Unit      Low      High     W/W\n"
        + "Kelp meal, dried     FOB Velmar   USD/t    1,955    2,010   +2.1%\n"
        + "Kelp flour           CFR Oskel    EUR/t      880      910   -0.5%\n"
        + "Kelp ash             ex-works     CNY/kg    6.40     6.55    unch\n\n"
        + "Product      US$/t, this week    US$/t, last week\n"
        + "Bone meal                 640                 655\n"
        + "Fish meal               1,480               1,500\n";

    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Each_row_gives_its_low_price_and_its_change_in_the_row_unit()
    {
        var result = PipelineFactory.CreateDefault().Process(_dir.WriteFile("kelp.txt", Report));

        var prices = result.Facts.Where(f => f.FactType == "price").Select(f => $"{f.Subject} {f.Amount} {f.Unit}").ToList();
        Assert.Equal(["kelp meal 1955 USD/t", "kelp flour 880 EUR/t", "kelp ash 6.4 CNY/kg"], prices[..3]);
        var moves = result.Facts.Where(f => f.FactType == "price_change").Select(f => $"{f.Subject} {f.Relation} {f.Amount}").ToList();
        Assert.Equal(["kelp meal rose 2.1", "kelp flour fell 0.5"], moves);
    }

    // Neighbouring columns not headed Low and High are two prices (this week's and last week's), not a range.
    [Fact]
    public void Columns_not_headed_low_and_high_are_no_range()
    {
        var result = PipelineFactory.CreateDefault().Process(_dir.WriteFile("kelp.txt", Report));

        var prices = result.Facts.Where(f => f.FactType == "price").Select(f => $"{f.Subject} {f.Amount} {f.Unit}").ToList();
        Assert.Equal(["bone meal 640 USD/t", "bone meal 655 USD/t", "fish meal 1480 USD/t", "fish meal 1500 USD/t"], prices[3..]);
    }
}
