using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

public sealed class SidecarMetadataTests
{
    [Fact]
    public void Reads_every_field()
    {
        var parsed = SidecarMetadata.Parse("""{"published":"2025-06-10","url":"https://x.example/a","source":"Example News","title":"T","extra":1}""");

        Assert.Equal(new SidecarMetadata(new DateOnly(2025, 6, 10), "https://x.example/a", "Example News", "T"), parsed.Metadata);
    }

    [Theory]
    [InlineData("2025-06-10", 2025, 6, 10)]
    [InlineData("2025-06-10T23:30:00-05:00", 2025, 6, 10)]
    [InlineData("2025-06-10T01:30:00+09:00", 2025, 6, 10)]
    [InlineData("2025-06-10 08:00", 2025, 6, 10)]
    [InlineData("2025/6/9", 2025, 6, 9)]
    [InlineData("Tue, 10 Jun 2025 08:00:00 GMT", 2025, 6, 10)]
    [InlineData("June 10, 2025", 2025, 6, 10)]
    public void Takes_the_date_as_written(string value, int year, int month, int day)
    {
        var parsed = SidecarMetadata.Parse($$"""{"published":"{{value}}"}""");

        Assert.Equal(new DateOnly(year, month, day), parsed.Metadata?.Published);
    }

    [Fact]
    public void Missing_fields_are_null() =>
        Assert.Equal(SidecarMetadata.Empty, SidecarMetadata.Parse("{}").Metadata);

    [Theory]
    [InlineData("{\"published\": ", "invalid JSON")]
    [InlineData("[1, 2]", "expected a JSON object")]
    [InlineData("{\"published\": \"soon\"}", "not a date")]
    [InlineData("{\"published\": \"2025-02-30\"}", "not a date")]
    [InlineData("{\"url\": 42}", "must be a string")]
    public void Reports_bad_sidecars_as_values(string json, string reason)
    {
        var parsed = SidecarMetadata.Parse(json);

        Assert.False(parsed.Succeeded);
        Assert.Contains(reason, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sidecar_path_sits_beside_the_article() =>
        Assert.Equal(Path.Combine("in", "doc_1.meta.json"), SidecarMetadata.PathFor(Path.Combine("in", "doc_1.html")));
}
