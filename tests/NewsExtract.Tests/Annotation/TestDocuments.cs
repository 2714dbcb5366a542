using NewsExtract.Annotation;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Annotation;

internal static class TestDocuments
{
    public static Document Make(string text, DateOnly? published = null) =>
        new(new Article("test", "test.txt", text, null, published, null, null), SentenceSplitter.Default.Split(text));

    public static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Entities as "LABEL text=normalized" lines, for compact table rows.</summary>
    public static string Show(IEnumerable<Entity> entities) =>
        string.Join(" | ", entities.Select(e => $"{e.Label} {e.Text}={e.Normalized}"));
}
