using System.Globalization;
using System.Text;

namespace NewsExtract.Output;

/// <summary>The bits of SpreadsheetML (ECMA-376 part 1, section 18) the review workbook's writer and reader share.</summary>
internal static class SpreadsheetMl
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary><c>A</c> for 1, <c>Z</c> for 26, <c>AA</c> for 27.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The 1-based column of a cell reference such as <c>AB12</c>; 0 when it has no letters.</summary>
    public static int ColumnOf(ReadOnlySpan<char> reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return column;
    }

    /// <summary>
    /// Text as an ST_Xstring: characters XML 1.0 cannot carry (control characters, lone surrogates) become
    /// <c>_xHHHH_</c>, and an underscore that would read as the start of such an escape becomes <c>_x005F_</c>, as
    /// Excel writes them; <see cref="Unescape"/> reverses it.
    /// </summary>
    public static string Escape(string text)
    {
        var first = FirstToEscape(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (NeedsEscape(text, i))
            {
                escaped.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>Turns every <c>_xHHHH_</c> back into its character.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }

        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEscape(text, i))
            {
                plain.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 6;
            }
            else
            {
                plain.Append(text[i]);
            }
        }

        return plain.ToString();
    }

    private static int FirstToEscape(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (NeedsEscape(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the character at <paramref name="i"/> (not part of a surrogate pair) cannot be written as it is.</summary>
    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        return (c < ' ' && c is not '\t' and not '\n' and not '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'
            || (c == '_' && IsEscape(text, i));
    }

    private static bool IsEscape(string text, int i) =>
        i + 6 < text.Length && text[i] == '_' && text[i + 1] == 'x' && text[i + 6] == '_'
        && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3])
        && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);
}
