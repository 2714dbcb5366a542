using System.IO.Compression;
using System.Text;
using NewsExtract.Output;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

/// <summary>The workbook's zip writer: what it writes is a zip that others read back part for part.</summary>
public sealed class ZipPackageWriterTests : IDisposable
{
    private static readonly DateTimeOffset Date = new(2026, 11, 30, 14, 37, 58, TimeSpan.FromHours(2));
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly (string Name, string Text)[] Parts =
    [
        ("[Content_Types].xml", "<Types/>"),
        ("xl/worksheets/sheet1.xml", string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<row r=\"{i}\"><c><v>{i * 7 % 1000}</v></c></row>"))),
        ("xl/empty.xml", ""),
        ("xl/ünïcode 🚀.xml", "<x>é</x>"),
    ];

    private byte[] Write(long zip64Above = uint.MaxValue - 1)
    {
        using var stream = new MemoryStream();
        var zip = new ZipPackageWriter(stream, Date, zip64Above);
        foreach (var (name, text) in Parts)
            zip.Add(name, DeflatedPart.Of(s => s.Write(Encoding.UTF8.GetBytes(text))));
        // a part spooled to a file as it was written, as the workbook's tables are
        using (var spool = new SpooledSheet(_dir.Root, s => s.Write("<start>"u8)))
        {
            spool.Rows.StartRow();
            spool.Rows.Text(1, 0, "a row");
            zip.Add("xl/worksheets/spooled.xml", spool.Finish(s => s.Write("<end/>"u8)));
        }
        zip.Finish();
        return stream.ToArray();
    }

    private static Dictionary<string, (string Text, DateTimeOffset Date)> Read(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return (reader.ReadToEnd(), e.LastWriteTime);
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_part_reads_back_whole_with_its_name_and_date(bool zip64)
    {
        // zip64: every size and offset is written as Zip64 fields, as past 4 GB
        var read = Read(Write(zip64 ? 0 : uint.MaxValue - 1));

        Assert.Equal(Parts.Length + 1, read.Count);
        foreach (var (name, text) in Parts)
            Assert.Equal(text, read[name].Text);
        Assert.StartsWith("<start><row r=\"1\"", read["xl/worksheets/spooled.xml"].Text, StringComparison.Ordinal);
        Assert.Contains("a row", read["xl/worksheets/spooled.xml"].Text, StringComparison.Ordinal);
        Assert.EndsWith("</row><end/>", read["xl/worksheets/spooled.xml"].Text, StringComparison.Ordinal);
        // DOS time: local clock time to two seconds
        Assert.All(read.Values, v => Assert.Equal(new DateTime(2026, 11, 30, 14, 37, 58), v.Date.DateTime));
    }

    [Fact]
    public void The_same_parts_on_the_same_date_give_the_same_bytes_and_deflate_the_rows()
    {
        var first = Write();
        Assert.Equal(first, Write());
        Assert.True(first.Length < Parts.Sum(p => p.Text.Length) / 4, $"{first.Length} bytes");
    }

    [Fact]
    public void A_spooled_part_is_the_deflated_bytes_written_in_pieces_and_its_file_goes_with_it()
    {
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"<row r=\"{i}\"/>"));
        var bytes = Encoding.UTF8.GetBytes(text);
        var inflated = new MemoryStream();
        DeflatedPart part;
        using (var spool = new DeflateSpool(_dir.Root))
        {
            for (var at = 0; at < bytes.Length; at += 1000)
                spool.Plain.Write(bytes, at, Math.Min(1000, bytes.Length - at));
            part = spool.Finish();
            Assert.Single(Directory.GetFiles(_dir.Root));
            var deflated = new MemoryStream();
            part.CopyTo(deflated);
            Assert.Equal(part.CompressedLength, deflated.Length);
            deflated.Position = 0;
            using var inflate = new DeflateStream(deflated, CompressionMode.Decompress);
            inflate.CopyTo(inflated);
        }

        Assert.Equal(bytes, inflated.ToArray());
        Assert.Equal(bytes.Length, part.Length);
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(bytes), part.Crc32);
        Assert.True(part.CompressedLength < bytes.Length / 4, $"{part.CompressedLength} bytes");
        Assert.Empty(Directory.GetFiles(_dir.Root));
    }

    [Fact]
    public void A_part_shorter_or_longer_than_it_announced_is_refused()
    {
        using var stream = new MemoryStream();
        var zip = new ZipPackageWriter(stream, Date);
        var part = DeflatedPart.Of(s => s.Write("<x/>"u8));
        Assert.Throws<InvalidOperationException>(() => zip.Add("bad.xml", part with { CompressedLength = part.CompressedLength + 1 }));
    }
}
