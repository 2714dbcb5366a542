using System.Buffers;

namespace NewsExtract.Ingestion;

/// <summary>Folds typographic characters to ASCII for matching, one character for one.</summary>
/// <remarks>
/// Clean text keeps its curly quotes and dashes verbatim; matchers run on the folded copy instead.
/// Because every character maps to exactly one character, an offset found in the folded string is
/// the same offset in the clean text. Pure and thread-safe.
/// </remarks>
public static class MatchText
{
    // Every character Fold(char) changes, read from it once rather than listed again.
    private static readonly SearchValues<char> Folded =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => Fold(c) != c)]);

    /// <summary>Returns a string of the same length with quotes, dashes and odd spaces replaced by ASCII: the text itself
    /// when it holds none (most sentences; every sentence of a document is folded).</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Folded))
            return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Fold(source[i]);
        });
    }

    /// <summary>The ASCII stand-in for one character, or the character itself.</summary>
    public static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u0060' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2002' or '\u2003' or '\u2004' or '\u2005' or '\u2006' or '\u2007' or '\u2008'
            or '\u2009' or '\u200A' or '\u202F' or '\u205F' or '\u3000' => ' ',
        _ => c,
    };
}
