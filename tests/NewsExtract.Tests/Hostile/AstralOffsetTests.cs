using NewsExtract.Annotation;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Hostile;

/// <summary>Offsets are UTF-16 code units into the clean text, also after characters outside the Basic Multilingual Plane.</summary>
public sealed class AstralOffsetTests : IDisposable
{
    // An emoji, a mathematical bold capital (U+1D400) and a CJK extension B ideograph (U+20000), each two UTF-16 code units.
    private const string Text =
        "\U0001F680 Gallium rally \U0001D400\U00020000\n"
        + "China imposed export controls on gallium and germanium on Monday \U0001F680 The trade ministry said the curbs start on August 1.\n"
        + "Gallium prices rose 12% to $410 per kilogram in Rotterdam, \U00020000 traders said \U0001F4C8\n"
        + "\"We will keep the \U0001D400 measures in place,\" said Wang Lei, a spokesman for the ministry.";

    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Entity_and_fact_offsets_map_back_to_their_spans()
    {
        var path = _dir.WriteFile("astral.txt", Text);
        var result = PipelineFactory.CreateDefault().Process(path);
        var text = result.Outcome.Article!.Text;

        Assert.Contains("\U0001D400\U00020000", text, StringComparison.Ordinal);
        Assert.True(result.Entities.Count >= 5, string.Join(", ", result.Entities.Select(e => e.Text)));
        Assert.True(result.Facts.Count >= 3, string.Join(", ", result.Facts.Select(f => f.FactType)));
        foreach (var entity in result.Entities)
            Assert.Equal(entity.Text, text.Substring(entity.Start, entity.End - entity.Start));
        foreach (var fact in result.Facts)
            Assert.Equal(fact.Evidence, text.Substring(fact.Start, fact.End - fact.Start));
        Assert.Contains(result.Entities, e => e.Label == EntityLabel.ELEMENT && e.Text == "gallium" && e.Start > text.IndexOf('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void An_offset_after_an_emoji_counts_it_as_two_code_units()
    {
        var path = _dir.WriteFile("emoji.txt", "\U0001F680\U0001F680 China imposed export controls on gallium.");
        var result = PipelineFactory.CreateDefault().Process(path);

        var china = Assert.Single(result.Entities, e => e.Text == "China");
        Assert.Equal((5, 10), (china.Start, china.End));
        Assert.Equal(IngestStatus.Processed, result.Outcome.Status);
    }
}
