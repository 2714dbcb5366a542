using System.Text;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

public sealed class TextDecoderTests
{
    private const string Sample = "China\u2019s curbs \u2014 \u201cgallium\u201d at \u20ac690/kg, caf\u00e9";

    private readonly TextDecoder _decoder = new();

    public static TheoryData<string, byte[], string> Encoded()
    {
        byte[] Bom(byte[] bom, Encoding e) => [.. bom, .. e.GetBytes(Sample)];
        return new TheoryData<string, byte[], string>
        {
            { "utf-8 without BOM", Encoding.UTF8.GetBytes(Sample), "utf-8" },
            { "utf-8 with BOM", Bom([0xEF, 0xBB, 0xBF], Encoding.UTF8), "utf-8" },
            { "utf-16 LE with BOM", Bom([0xFF, 0xFE], Encoding.Unicode), "utf-16le" },
            { "utf-16 BE with BOM", Bom([0xFE, 0xFF], Encoding.BigEndianUnicode), "utf-16be" },
            { "utf-32 LE with BOM", Bom([0xFF, 0xFE, 0x00, 0x00], Encoding.UTF32), "utf-32le" },
            { "windows-1252 fallback", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Sample), "windows-1252" },
        };
    }

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Decodes_each_encoding(string because, byte[] bytes, string encoding)
    {
        var result = _decoder.Decode(bytes, isHtml: false);

        Assert.True(result.Succeeded, because);
        Assert.Equal(Sample, result.Text);
        Assert.Equal(encoding, result.EncodingName);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">", 1251, "windows-1251")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">", 28592, "iso-8859-2")]
    [InlineData("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=ISO-8859-1'>", 1252, "windows-1252")]
    public void Honours_declared_html_charset(string meta, int codePage, string expectedName)
    {
        const string body = "\u0436\u0451\u0161\u017e\u00e9";
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.GetEncoding(codePage);
        var text = $"<html><head>{meta}</head><body><p>{body}</p></body></html>";
        var printable = new string(text.Where(c => encoding.GetString(encoding.GetBytes(c.ToString())) == c.ToString()).ToArray());

        var result = _decoder.Decode(encoding.GetBytes(printable), isHtml: true);

        Assert.Equal(printable, result.Text);
        Assert.Equal(expectedName, result.EncodingName);
    }

    [Fact]
    public void Valid_utf8_outranks_a_stale_single_byte_declaration()
    {
        var html = "<meta charset=\"iso-8859-1\"><p>Beijing\u2019s move</p>";

        var result = _decoder.Decode(Encoding.UTF8.GetBytes(html), isHtml: true);

        Assert.Equal(html, result.Text);
        Assert.Equal("utf-8", result.EncodingName);
    }

    [Fact]
    public void Invalid_utf8_after_a_utf8_bom_falls_back_to_windows_1252()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', 0x93, (byte)'q', 0x94];

        var result = _decoder.Decode(bytes, isHtml: false);

        Assert.Equal("a\u201cq\u201d", result.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D })]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11 })]
    public void Reports_binary_content_as_a_failure(byte[] bytes)
    {
        var result = _decoder.Decode(bytes, isHtml: false);

        Assert.False(result.Succeeded);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
    }
}
