using System.Globalization;
using System.Text;
using CsvHelper;

namespace NewsExtract.Output;

/// <summary>The one CSV dialect NewsExtract writes: RFC 4180, comma, CRLF, invariant culture; files UTF-8 with a BOM.</summary>
internal static class CsvFormat
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A byte-order mark in files, so that spreadsheet programs open them as UTF-8; none in text writers.</summary>
    public static CsvWriterOptions WriterOptions(bool byteOrderMark) => CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = byteOrderMark,
    };

    /// <summary>
    /// Reading is lenient, because a reviewed file may come back from a spreadsheet: the separator is detected
    /// (some locales save with ';'), ragged rows read missing fields as blank, and malformed quoting is
    /// recovered and reported.
    /// </summary>
    public static CsvReaderOptions ReaderOptions(Action<CsvMalformedRecord> malformed) => CsvReaderOptions.Default with
    {
        FormatProvider = CultureInfo.InvariantCulture,
        TrackLineNumbers = true,
        OnMalformedRecord = malformed,
    };

    /// <summary>Reads UTF-8 with or without a BOM (and UTF-16 with one), as spreadsheets save it.</summary>
    public static StreamReader OpenReader(string path) =>
        new(path, Utf8NoBom, detectEncodingFromByteOrderMarks: true);
}
