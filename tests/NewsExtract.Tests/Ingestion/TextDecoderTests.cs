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

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Sample text repeated to <paramref name="copies"/> copies, as UTF-8, with <paramref name="stray"/> spliced in at the middle.</summary>
    private static byte[] Utf8WithStray(int copies, params byte[] stray)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Sample + "\n", copies)));
        var middle = bytes.Length / 2;
        while ((bytes[middle] & 0xC0) == 0x80)
            middle++; // not inside a character
        return [.. bytes[..middle], .. stray, .. bytes[middle..]];
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 1, "UTF-8 with 1 invalid byte replaced")]
    [InlineData(new byte[] { 0xE2, 0x80 }, 1, "UTF-8 with 2 invalid bytes replaced")]
    [InlineData(new byte[] { 0x93 }, 1, "UTF-8 with 1 invalid byte replaced")]
    public void A_stray_invalid_byte_in_utf8_is_replaced_not_mojibake(byte[] stray, int replacements, string note)
    {
        var bytes = Utf8WithStray(40, stray);

        var result = _decoder.Decode(bytes, isHtml: false);

        Assert.Equal("utf-8", result.EncodingName);
        Assert.Equal(note, result.Note);
        Assert.Equal(replacements, result.Text!.Count(c => c == '\uFFFD'));
        Assert.Equal(Encoding.UTF8.GetString(Utf8WithStray(40)), result.Text!.Replace("\uFFFD", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stray_byte_after_a_utf8_bom_is_replaced_too()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Nickel rose "), 0xC3, .. Encoding.UTF8.GetBytes(" today.")];

        var result = _decoder.Decode(bytes, isHtml: false);

        Assert.Equal(("Nickel rose \uFFFD today.", "utf-8", "UTF-8 with 1 invalid byte replaced"), (result.Text, result.EncodingName, result.Note));
    }

    [Fact]
    public void Windows_1252_text_with_many_accents_stays_windows_1252()
    {
        var text = string.Concat(Enumerable.Repeat("Caf\u00e9 na\u00efve \u201cr\u00e9sum\u00e9\u201d \u2014 \u20ac5\n", 50));

        var result = _decoder.Decode(Windows1252.GetBytes(text), isHtml: false);

        Assert.Equal((text, "windows-1252", (string?)null), (result.Text, result.EncodingName, result.Note));
    }

    [Fact]
    public void Ascii_with_one_curly_quote_byte_is_windows_1252_which_reads_it_right()
    {
        var text = string.Concat(Enumerable.Repeat("Plain ASCII text about tariffs. ", 100)) + "\u201cQuoted\u201d";

        var result = _decoder.Decode(Windows1252.GetBytes(text), isHtml: false);

        Assert.Equal((text, "windows-1252"), (result.Text, result.EncodingName));
    }

    [Fact]
    public void Utf8_with_too_many_invalid_bytes_is_windows_1252()
    {
        // 20 bad bytes in about 3 KB: more than one per 1,000 bytes.
        var bytes = Utf8WithStray(40, [.. Enumerable.Repeat((byte)0xE9, 20)]);

        var result = _decoder.Decode(bytes, isHtml: false);

        Assert.Equal("windows-1252", result.EncodingName);
        Assert.Null(result.Note);
    }
}
