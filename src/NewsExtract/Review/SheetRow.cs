namespace NewsExtract.Review;

/// <summary>One cell as a sheet holds it: text (CSV, xlsx text cells), a number, or a date (xlsx).</summary>
/// <param name="MonthOnly">A date cell whose format shows no day (<c>mmm-yy</c>).</param>
internal sealed record SheetCell(string Text, double? Number = null, DateTime? Date = null, bool MonthOnly = false)
{
    public static readonly SheetCell Blank = new("");
}

/// <summary>A sheet row before it is read as a fact: its cells by lower-case column name, and where it starts.</summary>
internal sealed record SheetRow(int Line, IReadOnlyDictionary<string, SheetCell> Cells)
{
    public SheetCell this[string column] => Cells.TryGetValue(column, out var cell) ? cell : SheetCell.Blank;
}

/// <summary>A fact sheet read into rows, before dates are interpreted (which needs every row of the file).</summary>
/// <param name="DateOrder">The order to read ambiguous numeric dates in, when the rows give no evidence.</param>
/// <param name="DecimalComma">Whether a lone comma before three digits is a decimal mark (a <c>;</c>-separated CSV).</param>
internal sealed record SheetRows(IReadOnlyList<SheetRow> Rows, IReadOnlyList<string> Problems, SheetDateOrder DateOrder, bool DecimalComma, ArticlePaths Articles);
