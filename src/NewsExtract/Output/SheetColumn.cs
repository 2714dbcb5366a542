namespace NewsExtract.Output;

/// <summary>One column of a workbook table: its header, its width (set by hand) and how a row fills its cell, as text or as a number.</summary>
internal sealed record SheetColumn<T>(string Name, double Width, Func<T, string>? Text, Func<T, double?>? Number, string NumberFormat = "General", bool Wrap = false)
{
    public static SheetColumn<T> OfText(string name, double width, Func<T, string> text, bool wrap = false) =>
        new(name, width, text, null, Wrap: wrap);

    public static SheetColumn<T> OfNumber(string name, double width, Func<T, double?> number, string format = "General") =>
        new(name, width, null, number, format);
}

/// <summary>Cell text and row height rules shared by the sheets of the review workbook.</summary>
internal static class WorkbookCells
{
    /// <summary>The most characters a spreadsheet cell holds; Excel refuses more.</summary>
    public const int MaxText = 32_767;

    /// <summary>Excel's last row (1,048,576): a sheet cannot hold more.</summary>
    public const int MaxRows = 1_048_576;

    public static string Clip(string text)
    {
        if (text.Length <= MaxText)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[MaxText - 1]) ? MaxText - 1 : MaxText; // never split a surrogate pair
        return text[..end];
    }

    /// <summary>The default row height in points: one line of the default 11-point font.</summary>
    public const double LineHeight = 15;

    /// <summary>Most lines a wrapped cell's row is given; the cell keeps all its text.</summary>
    public const int MaxLines = 6;

    /// <summary>
    /// About how many lines <paramref name="length"/> characters take in a wrapped column <paramref name="width"/>
    /// digits wide. Set by hand because not every spreadsheet program fits row heights on open (LibreOffice converting
    /// headless does not), and a wrapped cell in a one-line row shows only its first line.
    /// </summary>
    public static int WrappedLines(int length, double width)
    {
        var perLine = Math.Max(1, (int)(width * 1.1)); // prose is a little narrower than the digit a width counts
        return Math.Clamp((length + perLine - 1) / perLine, 1, MaxLines);
    }

    /// <summary>The row height for <paramref name="item"/>: taller when a wrapped column's text needs more lines; null for the default.</summary>
    public static double? RowHeight<T>(IReadOnlyList<SheetColumn<T>> columns, T item)
    {
        var lines = 1;
        foreach (var column in columns)
        {
            if (column.Wrap && column.Text is { } text)
            {
                lines = Math.Max(lines, WrappedLines(text(item).Length, column.Width));
            }
        }

        return lines > 1 ? lines * LineHeight : null;
    }
}
