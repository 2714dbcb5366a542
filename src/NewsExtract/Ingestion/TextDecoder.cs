using System.Text;
using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion;

/// <summary>The text of a file, or why it could not be read as text.</summary>
/// <param name="Note">What a reader of the summary should know about a decoded file (bytes replaced), or null.</param>
public sealed record DecodeResult(string? Text, string? EncodingName, string? Error, string? Note = null)
{
    public bool Succeeded => Text is not null;

    public static DecodeResult Ok(string text, string encodingName, string? note = null) => new(text, encodingName, null, note);

    public static DecodeResult Fail(string error) => new(null, null, error);
}

/// <summary>Turns the bytes of an input file into a string.</summary>
/// <remarks>
/// Order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE) wins; bytes with NULs or many control
/// characters are reported as binary; an HTML page's declared charset is honoured; otherwise UTF-8
/// when the bytes are valid UTF-8, else Windows-1252 (the usual encoding of older Western pages and
/// of text pasted from Office). Bytes that are overwhelmingly UTF-8 but hold a few invalid bytes (a
/// truncated copy, one corrupted byte) are UTF-8 with each bad sequence replaced by U+FFFD and a
/// <see cref="DecodeResult.Note"/>: reading them as Windows-1252 would turn every other accent and quote
/// into mojibake. Immutable and thread-safe; never throws for bad bytes.
/// </remarks>
public sealed partial class TextDecoder
{
    private const int SniffLength = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Replaces each maximal invalid subsequence with one U+FFFD (the Unicode "best practice" that Rune.DecodeFromUtf8 follows too).
    private static readonly UTF8Encoding ReplacingUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // The provider is used directly rather than registered with Encoding.RegisterProvider, so no process-wide state changes.
    private readonly EncodingProvider _codePages = CodePagesEncodingProvider.Instance;
    private readonly Encoding _windows1252;

    public TextDecoder()
    {
        _windows1252 = _codePages.GetEncoding(1252)
            ?? throw new InvalidOperationException("Windows-1252 is not available from CodePagesEncodingProvider.");
    }

    /// <param name="bytes">The whole file.</param>
    /// <param name="isHtml">Whether to look for a <c>&lt;meta charset&gt;</c> declaration.</param>
    public DecodeResult Decode(ReadOnlySpan<byte> bytes, bool isHtml)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Utf8OrFallback(bytes[3..], withBom: true);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return Finish(bytes[4..], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "utf-32le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Finish(bytes[2..], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Finish(bytes[2..], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be");

        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (LooksBinary(head))
            return DecodeResult.Fail("binary content, not text (NUL or control bytes)");

        var utf8Valid = System.Text.Unicode.Utf8.IsValid(bytes);
        if (isHtml && DeclaredCharset(head) is { } declared)
        {
            var encoding = Resolve(declared);
            // A page saved as UTF-8 often keeps its original declaration (windows-1252, or GBK and Shift_JIS for
            // CJK pages); valid multi-byte UTF-8 is almost never an accident, so it outranks the label.
            var overruled = encoding is not null && encoding.CodePage != Encoding.UTF8.CodePage
                && (utf8Valid ? HasNonAscii(bytes) : encoding.IsSingleByte && MostlyUtf8(Utf8Damage.Of(bytes), withBom: false));
            if (encoding is not null && !overruled)
            {
                if (encoding.CodePage == Encoding.UTF8.CodePage)
                    return Utf8OrFallback(bytes, withBom: false);
                return DecodeResult.Ok(StripBom(encoding.GetString(bytes)), encoding.WebName);
            }
        }

        return utf8Valid
            ? DecodeResult.Ok(StripBom(Encoding.UTF8.GetString(bytes)), "utf-8")
            : Utf8OrFallback(bytes, withBom: false);
    }

    /// <summary>UTF-8, with bad bytes replaced when they are few among valid multi-byte text; else Windows-1252.</summary>
    private DecodeResult Utf8OrFallback(ReadOnlySpan<byte> bytes, bool withBom)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return DecodeResult.Ok(StripBom(Encoding.UTF8.GetString(bytes)), "utf-8");
        var damage = Utf8Damage.Of(bytes);
        if (!MostlyUtf8(damage, withBom))
            return DecodeResult.Ok(StripBom(_windows1252.GetString(bytes)), "windows-1252");
        var note = damage.InvalidBytes == 1 ? "UTF-8 with 1 invalid byte replaced" : $"UTF-8 with {damage.InvalidBytes} invalid bytes replaced";
        return DecodeResult.Ok(StripBom(ReplacingUtf8.GetString(bytes)), "utf-8", note);
    }

    /// <summary>At most one bad sequence per 1,000 bytes (one in a shorter file), and valid multi-byte sequences
    /// (or a UTF-8 byte-order mark) at least as many as the bad ones.</summary>
    /// <remarks>ASCII with a few lone high bytes has no valid multi-byte sequence: that is Windows-1252 (a curly quote,
    /// an accent), which decodes it correctly, so it stays Windows-1252.</remarks>
    private static bool MostlyUtf8(Utf8Damage damage, bool withBom)
    {
        var evidence = damage.ValidMultiByte + (withBom ? 1 : 0);
        return damage.InvalidSequences <= Math.Max(1, damage.Length / 1000)
            && evidence >= Math.Max(1, damage.InvalidSequences);
    }

    /// <summary>Counts of a UTF-8 scan: valid multi-byte sequences, invalid sequences and the bytes in them.</summary>
    private readonly record struct Utf8Damage(long Length, long ValidMultiByte, long InvalidSequences, long InvalidBytes)
    {
        public static Utf8Damage Of(ReadOnlySpan<byte> bytes)
        {
            long multi = 0, badSequences = 0, badBytes = 0;
            var i = 0;
            while (i < bytes.Length)
            {
                // ASCII runs are skipped vectorized; a 50 MB text is mostly ASCII.
                var high = bytes[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
                if (high < 0)
                    break;
                i += high;
                var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
                if (status == System.Buffers.OperationStatus.Done)
                {
                    multi++;
                }
                else
                {
                    badSequences++;
                    badBytes += consumed;
                }
                i += Math.Max(1, consumed);
            }
            return new Utf8Damage(bytes.Length, multi, badSequences, badBytes);
        }
    }

    private static DecodeResult Finish(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return DecodeResult.Ok(StripBom(encoding.GetString(bytes)), name);
        }
        catch (DecoderFallbackException ex)
        {
            return DecodeResult.Fail($"invalid {name} bytes: {ex.Message}");
        }
    }

    private Encoding? Resolve(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        // WHATWG: these labels mean Windows-1252 in practice.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "iso8859-1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252" or "x-cp1252")
            return _windows1252;
        if (name is "utf8" or "unicode-1-1-utf-8")
            name = "utf-8";
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return _codePages.GetEncoding(name);
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
                return true;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C and not 0x1B)
                control++;
        }
        return head.Length > 0 && control * 20 > head.Length;
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;

    private static string? DeclaredCharset(ReadOnlySpan<byte> head)
    {
        // Latin-1 maps each byte to one char, so the ASCII markup of the declaration survives whatever the encoding. The
        // head is searched in place; only the declaration found is read again for its group (the same match).
        var chars = head.Length <= SniffLength ? stackalloc char[head.Length] : new char[head.Length];
        Encoding.Latin1.GetChars(head, chars);
        foreach (var found in MetaCharset().EnumerateMatches(chars))
            return MetaCharset().Match(new string(chars.Slice(found.Index, found.Length))).Groups[1].Value;
        return null;
    }

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
