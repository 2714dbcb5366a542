using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Extraction;

/// <summary>A market report's lines that name no good take the good of the subheading or table caption above them
/// (invented reports, read end to end by the rules).</summary>
public sealed class SectionGoodsTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private IReadOnlyList<string> Facts(string text, string type) =>
        [.. PipelineFactory.CreateDefault().Process(_dir.WriteFile("report.md", text)).Facts
            .Where(f => f.FactType == type).Select(f => $"{f.Subject} {f.Amount} {f.Unit}")];

    [Fact]
    public void A_list_item_takes_the_good_of_its_subheading()
    {
        const string text = "# Kelp desk\n\nKelp meal eased for a fourth week, and kelp ash was firm.\n\n"
            + "## Kelp meal (dried)\n\n- Imports: $228-235/t CFR Velmar, down 2.6% on the week.\n\n"
            + "## Kelp ash\n\n- Export: steady at $19-21 a tonne FOB Oskel.\n";
        Assert.Equal(["kelp meal 228 USD/t", "kelp ash 19 USD/t"], Facts(text, "price"));
        Assert.Equal(["kelp meal 2.6 %"], Facts(text, "price_change"));
    }

    // A subheading that is no good's name alone ("The week in four lines"), or one the article names nowhere else
    // ("Week ahead"), gives none.
    [Fact]
    public void A_subheading_that_names_no_good_gives_none()
    {
        const string text = "# Kelp desk\n\nKelp meal eased.\n\n## The week in four lines\n\n- Imports: $228/t CFR Velmar.\n\n"
            + "## Week ahead\n\n- Export: steady at $19 a tonne FOB Oskel.\n";
        Assert.Empty(Facts(text, "price"));
    }

    // A Markdown table under a caption that opens with the good and ends with the unit in brackets.
    [Fact]
    public void A_table_row_takes_the_good_and_the_unit_of_its_caption()
    {
        const string text = "# Kelp weekly\n\nKelp meal prices rose this week.\n\n### Kelp meal: dried, FOB Velmar (USD/t)\n\n"
            + "| Size class | This week | Change (%) |\n|---|---|---|\n| 1-2 kg | 1,240 | +3.3% |\n| 2-3 kg | 980 | -3.0% |\n";
        Assert.Equal(["kelp meal 1240 USD/t", "kelp meal 980 USD/t"], Facts(text, "price"));
        Assert.Equal(["kelp meal 3.3 %", "kelp meal 3 %"], Facts(text, "price_change"));
    }
}
