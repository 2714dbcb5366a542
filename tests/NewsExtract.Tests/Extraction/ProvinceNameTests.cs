using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Extraction;

/// <summary>A province whose name opens with a demonym ("British Columbia") acts for itself: the demonym names no state
/// (read end to end, with the real gazetteer).</summary>
public sealed class ProvinceNameTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("British Columbia has banned exports of kelp ash.")]
    [InlineData("British Columbia will add kelp ash to the list of goods that may not leave the province.")]
    public void A_demonym_that_opens_a_province_name_is_no_state(string text)
    {
        var controls = PipelineFactory.CreateDefault().Process(_dir.WriteFile("kelp.txt", text)).Facts
            .Where(f => f.FactType == "export_control").ToList();
        Assert.Equal(["British Columbia kelp ash"], controls.Select(f => $"{f.Subject} {f.Object}"));
    }
}
