using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Pipeline;

/// <summary>The cache's file format: what is written is read back field for field, and anything else reads as nothing.</summary>
public sealed class CacheEntryCodecTests
{
    private static readonly NewsPipeline Rules = PipelineFactory.CreateDefault();

    private static CacheEntry? RoundTrip(CacheEntry entry)
    {
        using var stream = new MemoryStream();
        CacheEntryCodec.Write(stream, entry);
        stream.Position = 0;
        return CacheEntryCodec.Read(stream);
    }

    private static byte[] Bytes(CacheEntry entry)
    {
        using var stream = new MemoryStream();
        CacheEntryCodec.Write(stream, entry);
        return stream.ToArray();
    }

    private static void AssertSame(CacheEntry expected, CacheEntry? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Article, actual.Article);
        Assert.Equal(expected.Reason, actual.Reason);
        Assert.Equal(expected.Entities, actual.Entities);
        Assert.Equal(expected.Facts, actual.Facts);
    }

    [Fact]
    public void The_pipelines_results_on_every_seed_come_back_as_they_were()
    {
        var seeds = Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds"), "*.txt");
        Assert.NotEmpty(seeds);
        foreach (var path in seeds)
        {
            var result = Rules.Process(path);
            var article = Assert.IsType<Article>(result.Outcome.Article);
            Assert.NotEmpty(result.Entities);
            Assert.NotEmpty(result.Facts);
            var entry = new CacheEntry(article, result.Outcome.Reason, result.Entities, result.Facts);
            AssertSame(entry, RoundTrip(entry));
        }
    }

    [Fact]
    public void Text_that_is_not_the_articles_own_nulls_and_odd_numbers_come_back_as_they_were()
    {
        const string text = "Peru 🚀 mined copper in 𝐀 June.";
        var article = new Article("doc-1", "/in/doc-1.txt", text, null, null, null, null);
        var entry = new CacheEntry(article, null,
        [
            new Entity(EntityLabel.GPE, "Peru", 0, 4, "Peru", "gazetteer"),
            // a surface that differs from the text at its offsets, and offsets past the end of the text
            new Entity(EntityLabel.ORG, "Peru Mining", 0, 4, "Peru Mining Co", "model"),
            new Entity(EntityLabel.DATE, "June", 90, 94, "2025-06", "pattern:date"),
            new Entity(EntityLabel.ELEMENT, "copper", text.IndexOf("copper", StringComparison.Ordinal), text.IndexOf("copper", StringComparison.Ordinal) + 6, "copper", "gazetteer"),
        ],
        [
            new Fact("id1", "doc-1", "statistic", "Peru", "share", "", double.NaN, "%", "", "", "asserted", 0.5, "rule", text, 0, text.Length),
            new Fact("id2", "other-doc", "price", "copper", "price", "Kestrel", null, "", "", "", "possible", 1.0 / 3, "rule", "not the text", 0, 4, "accept", "a note 🚀"),
            new Fact("", "doc-1", "price", "copper", "price", "", double.PositiveInfinity, "USD/t", "2025-06", "Lima", "asserted", 0, "rule", "", -1, 0),
            new Fact("", "doc-1", "price", "copper", "price", "", -0.0, "USD/t", "", "", "asserted", 0.1 + 0.2, "rule", text[5..7], 5, 7),
        ]);

        var back = RoundTrip(entry);

        AssertSame(entry, back);
        Assert.True(double.IsNegative(back!.Facts[3].Amount!.Value)); // -0.0 keeps its sign
        var full = new CacheEntry(article with { Title = "T", Published = new DateOnly(2024, 2, 29), Url = "https://x.test/a", Source = "Wire", Byline = "By A" },
            "2 bytes replaced", [], []);
        AssertSame(full, RoundTrip(full));
    }

    [Fact]
    public void Evidence_at_its_offsets_is_kept_as_the_offsets_alone()
    {
        var text = string.Concat(Enumerable.Repeat("Copper rose 4% to $9,000 a tonne on Monday. ", 20));
        var article = new Article("d", "/d.txt", text, null, null, null, null);
        var facts = Enumerable.Range(0, 20).Select(i => new Fact("", "d", "price", "copper", "price", "", 9000, "USD/t", "", "", "asserted", 0.8, "rule", text[(i * 44)..(i * 44 + 43)], i * 44, i * 44 + 43)).ToList();

        var withOffsets = Bytes(new CacheEntry(article, null, [], facts)).Length;
        var withCopies = Bytes(new CacheEntry(article, null, [], [.. facts.Select(f => f with { Evidence = f.Evidence + " " })])).Length;

        // each of the 20 sentences (43 characters and a length) is written once, in the text, not again per fact
        Assert.True(withCopies - withOffsets >= 20 * 44, $"{withCopies} - {withOffsets}");
    }

    [Fact]
    public void A_file_cut_short_anywhere_or_with_more_after_it_reads_as_nothing()
    {
        var article = new Article("d", "/d.txt", "Peru mined copper.", "Title", new DateOnly(2025, 1, 2), null, null);
        var bytes = Bytes(new CacheEntry(article, "note", [new Entity(EntityLabel.GPE, "Peru", 0, 4, "Peru", "g")],
            [new Fact("", "d", "statistic", "Peru", "mined", "", 1, "%", "", "", "asserted", 0.5, "rule", "Peru mined copper.", 0, 18)]));
        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Null(CacheEntryCodec.Read(new MemoryStream(bytes[..length])));
        }
        Assert.Null(CacheEntryCodec.Read(new MemoryStream([.. bytes, 0])));
        Assert.NotNull(CacheEntryCodec.Read(new MemoryStream(bytes)));
    }

    [Fact]
    public void An_entry_of_the_earlier_json_format_or_damaged_bytes_read_as_nothing_and_never_throw()
    {
        Assert.Null(CacheEntryCodec.Read(new MemoryStream("{ \"Article\": { \"DocId\": \"d\" } }"u8.ToArray())));
        var article = new Article("d", "/d.txt", "Peru mined copper.", null, null, null, null);
        var bytes = Bytes(new CacheEntry(article, null, [new Entity(EntityLabel.GPE, "Peru", 0, 4, "Peru", "g")], []));
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            // Either the same entry (a byte that changed nothing that is read) or nothing; never an exception.
            var read = CacheEntryCodec.Read(new MemoryStream(damaged));
            Assert.True(read is null || read.Article.DocId.Length > 0);
        }
    }
}
