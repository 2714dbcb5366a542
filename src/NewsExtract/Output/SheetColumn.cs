using ClosedXML.Excel;

namespace NewsExtract.Output;

/// <summary>One column of a workbook table: its header, its width (set by hand) and how a row fills its cell, as text or as a number.</summary>
internal sealed record SheetColumn<T>(string Name, double Width, Func<T, string>? Text, Func<T, double?>? Number, string NumberFormat = "General", bool Wrap = false)
{
    public static SheetColumn<T> OfText(string name, double width, Func<T, string> text, bool wrap = false) =>
        new(name, width, text, null, Wrap: wrap);

    public static SheetColumn<T> OfNumber(string name, double width, Func<T, double?> number, string format = "General") =>
        new(name, width, null, number, format);

    public void Fill(IXLCell cell, T row)
    {
        if (Text is not null)
        {
            WorkbookCells.SetText(cell, Text(row));
        }
        else if (Number?.Invoke(row) is { } number)
        {
            cell.SetValue(number);
        }
    }
}

/// <summary>Cell and table writing shared by the sheets of the review workbook.</summary>
internal static class WorkbookCells
{
    /// <summary>The most characters a spreadsheet cell holds; ClosedXML refuses more.</summary>
    public const int MaxText = 32_767;

    /// <summary>Types the cell as text, so nothing is read as a formula, date or number; blank text leaves the cell empty.</summary>
    public static void SetText(IXLCell cell, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        cell.SetValue(Clip(text));
        cell.DataType = XLDataType.Text;
    }

    public static string Clip(string text)
    {
        if (text.Length <= MaxText)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[MaxText - 1]) ? MaxText - 1 : MaxText; // never split a surrogate pair
        return text[..end];
    }

    /// <summary>Writes a header row at <paramref name="headerRow"/> and one row per item below it, sets the columns' widths and formats; returns the last row written.</summary>
    public static int WriteTable<T>(IXLWorksheet sheet, int headerRow, IReadOnlyList<SheetColumn<T>> columns, IEnumerable<T> rows)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var column = sheet.Column(c + 1);
            column.Width = columns[c].Width;
            column.Style.NumberFormat.Format = columns[c].NumberFormat;
            column.Style.Alignment.WrapText = columns[c].Wrap;
            SetText(sheet.Cell(headerRow, c + 1), columns[c].Name);
        }

        sheet.Row(headerRow).Style.Font.Bold = true;
        var row = headerRow;
        foreach (var item in rows)
        {
            row++;
            var lines = 1;
            for (var c = 0; c < columns.Count; c++)
            {
                columns[c].Fill(sheet.Cell(row, c + 1), item);
                if (columns[c].Wrap && columns[c].Text is { } text)
                {
                    lines = Math.Max(lines, WrappedLines(text(item).Length, columns[c].Width));
                }
            }

            if (lines > 1)
            {
                sheet.Row(row).Height = lines * LineHeight;
            }
        }

        return row;
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
}
