using System.Text.Json;
using NewsExtract.Annotation;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

/// <summary>The JSON outputs reach their file while they are written, never held whole: a batch of 100,000 files must
/// not need its summary.json (or facts.json) in memory at the end.</summary>
public sealed class StreamedJsonTests
{
    private const int Many = 5_000;

    [Fact]
    public void Summary_json_is_written_in_bounded_pieces_and_reads_back()
    {
        var files = Enumerable.Range(0, Many)
            .Select(i => new FileSummary($"folder/article-{i:D5}.html", $"article-{i:D5}", i % 7 == 0 ? IngestStatus.Failed : IngestStatus.Processed, i % 7 == 0 ? "not text: binary content" : null, i % 40, i % 13))
            .ToList();
        var summary = new RunSummary("extract", "in", files);
        using var stream = new LargestWriteStream();

        RunSummaryWriter.WriteJson(stream, summary);

        AssertStreamed(stream);
        using var read = JsonDocument.Parse(stream.ToArray());
        var listed = read.RootElement.GetProperty("files");
        Assert.Equal(Many, listed.GetArrayLength());
        Assert.Equal("folder/article-04999.html", listed[Many - 1].GetProperty("path").GetString());
        Assert.Equal(files.Count(f => f.Status == IngestStatus.Failed), read.RootElement.GetProperty("totals").GetProperty("failed").GetInt32());
    }

    [Fact]
    public void Facts_and_entities_json_are_written_in_bounded_pieces()
    {
        using var facts = new LargestWriteStream();
        FactJsonWriter.Write(facts, Enumerable.Range(0, Many).Select(i => Samples.Price() with { FactId = $"f{i}" }));
        using var entities = new LargestWriteStream();
        EntityJsonWriter.Write(entities, Enumerable.Range(0, Many).Select(i => new EntityRecord($"doc-{i}", EntityLabel.ORG, "Example Metals Corp", "Example Metals Corp", i, i + 19)));

        AssertStreamed(facts);
        AssertStreamed(entities);
        using var factsRead = JsonDocument.Parse(facts.ToArray());
        using var entitiesRead = JsonDocument.Parse(entities.ToArray());
        Assert.Equal(Many, factsRead.RootElement.GetArrayLength());
        Assert.Equal(Many, entitiesRead.RootElement.GetArrayLength());
    }

    /// <summary>Many writes, none much past the flush threshold, whatever the length of the output.</summary>
    private static void AssertStreamed(LargestWriteStream stream)
    {
        Assert.True(stream.Length > 8 * JsonFormat.FlushAt, $"the sample is too short to show streaming: {stream.Length} bytes");
        Assert.True(stream.Writes > 8, $"{stream.Writes} writes for {stream.Length} bytes");
        Assert.True(stream.Largest < 2 * JsonFormat.FlushAt, $"one write of {stream.Largest} bytes");
    }

    /// <summary>A memory stream that remembers how many writes it took and the largest.</summary>
    private sealed class LargestWriteStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int Largest { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Record(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Record(buffer.Length);
            base.Write(buffer);
        }

        private void Record(int count)
        {
            Writes++;
            Largest = Math.Max(Largest, count);
        }
    }
}
