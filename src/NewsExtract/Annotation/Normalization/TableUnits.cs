using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Normalization;

/// <summary>
/// A price table whose header carries the currency and unit of a column ("Product | Origin | US$/tonne, FOB | w/w"):
/// its cells write bare numbers ("1,955", "2,085-2,110"), which are amounts in that unit. The unit may also be a cell of
/// each row ("Polysilicon | China | CNY/kg | 41.20 | 43.50"), or the bracket that ends the table's caption ("Salmon:
/// fresh, FCA Oslo (NOK/kg)", "(EUR per tonne unless stated)"), or a cell of each row that names only the unit ("per cubic
/// metre"). The cleaner writes a table a row a line with cells between <c>" | "</c>; the first row of
/// a block of such lines is its header.
/// </summary>
/// <remarks>Pure and thread-safe; <see cref="In"/> reads one document.</remarks>
public static partial class TableUnits
{
    /// <summary>A bare number cell under a header that names a currency and unit: where it is and what it is.</summary>
    public sealed record Cell(int Start, int End, MoneyValue Value);

    /// <summary>A cell under a header that names a unit ("CIF Hamburg, EUR/kg", "local currency/kg"), whose amount writes
    /// its currency but not the unit ("€7.15", "TRY 352"): the unit its amount is per.</summary>
    public sealed record UnitCell(int Start, int End, string Unit);

    /// <summary>The document's table cells: bare numbers with the header's currency and unit, and amounts that take only
    /// the header's unit.</summary>
    public sealed record Cells(IReadOnlyList<Cell> Amounts, IReadOnlyList<UnitCell> Units)
    {
        public static readonly Cells None = new([], []);
    }

    /// <summary>The cells of the document's tables whose column header names a currency per unit (bare numbers) or a unit
    /// (amounts that write their currency), in text order; none for a document without a table (most), which costs one
    /// search.</summary>
    public static Cells In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(" | ", StringComparison.Ordinal))
            return Cells.None;
        var cells = new List<Cell>();
        var unitCells = new List<UnitCell>();
        Header? header = null;
        // The last line above a table that is not blank: a caption may name the unit of the whole table.
        var caption = (Start: 0, End: 0);
        var at = 0;
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            if (end < 0)
                end = text.Length;
            var line = text.AsSpan(at, end - at);
            // A Markdown table's rule under its header ("|---|---|") is part of the table.
            if (header is not null && IsRule(line))
            {
                at = end + 1;
                continue;
            }
            if (!line.Contains(" | ", StringComparison.Ordinal))
            {
                header = null;
                if (!line.IsWhiteSpace())
                    caption = (at, end);
            }
            else if (header is null)
                header = HeaderUnits(line.ToString(), text[caption.Start..caption.End]);
            else
                AddCells(text, at, end, header, cells, unitCells);
            at = end + 1;
        }
        return new Cells(cells, unitCells);
    }

    /// <summary>The currency per unit each header cell names ("US$/tonne, FOB", "yuan/t", "(Rs/kg)"), else null for it,
    /// and which columns hold no price.</summary>
    private static Header HeaderUnits(string line, string caption)
    {
        var names = line.Split('|');
        var units = new MoneyValue?[names.Length];
        var perUnits = new string?[names.Length];
        var notPrice = new bool[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            units[i] = UnitOf(names[i], whole: false);
            notPrice[i] = NotPriceColumn().IsMatch(names[i]);
            perUnits[i] = notPrice[i] ? null : units[i]?.PerUnit
                ?? (CurrencyPerUnit().Match(names[i]) is { Success: true } named ? MoneyNormalizer.UnitSymbol(named.Groups["unit"].Value) : null);
        }
        // "Salmon: Norwegian fresh, FCA Oslo (NOK/kg)" over a table whose header names no unit: the unit in brackets at
        // the caption's end is that of each column that holds no change, share or volume.
        // "(EUR per tonne unless stated)": so is a caption's default unit, and amounts that write their currency take its
        // unit too.
        if (Array.TrueForAll(units, u => u is null) && CaptionUnit().Match(caption) is { Success: true } bracket
            && UnitOf(bracket.Groups["unit"].Value, whole: true) is { } unit)
        {
            for (var i = 0; i < names.Length; i++)
            {
                units[i] = notPrice[i] ? null : unit;
                perUnits[i] ??= notPrice[i] ? null : unit.PerUnit;
            }
        }
        return new Header(units, perUnits, notPrice);
    }

    /// <summary>A Markdown table's rule: bars, dashes and colons only ("|---|:---:|").</summary>
    internal static bool IsRule(ReadOnlySpan<char> line) =>
        line.Contains('-') && line.Contains('|') && line.TrimStart("|-: ").IsEmpty;

    /// <summary>A line of a table as the cleaner writes one: cells between <c>" | "</c>, or a Markdown table's rule.</summary>
    internal static bool IsTableLine(ReadOnlySpan<char> line) => line.Contains(" | ", StringComparison.Ordinal) || IsRule(line);

    [GeneratedRegex(@"\((?<unit>[^()]{3,16}?)(?:,?\s+unless\s+(?:otherwise\s+)?(?:stated|noted|indicated|shown))?\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionUnit();

    /// <summary>The currency per unit <paramref name="cell"/> names; with <paramref name="whole"/>, only when that is all
    /// the cell says.</summary>
    private static MoneyValue? UnitOf(string cell, bool whole)
    {
        if (CurrencyPerUnit().Match(cell) is not { Success: true } m || whole && m.Length != cell.Length)
            return null;
        var (currency, unit) = (m.Groups["currency"].Value, m.Groups["unit"].Value);
        // The currency written before the number ("US$"), or after it ("yuan"): one of the two reads.
        var value = MoneyNormalizer.Parse($"{currency}1/{unit}") ?? MoneyNormalizer.Parse($"1 {currency} per {unit}");
        return value is { PerUnit: not null } ? value : null;
    }

    /// <summary>A table's header: the currency per unit each column names, and which columns hold no price (a change,
    /// a share, a volume) even in a row that names its unit.</summary>
    private sealed record Header(MoneyValue?[] Units, string?[] PerUnits, bool[] NotPrice);

    [GeneratedRegex(@"%|\b(?:chg|change|changes|w/w|m/m|y/y|d/d|q/q|diff|difference|spread|vol|volume|volumes|qty|quantity|share|tonnes|tons|weight)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotPriceColumn();

    private static void AddCells(string text, int start, int end, Header header, List<Cell> cells, List<UnitCell> unitCells)
    {
        var row = CellsOf(text, start, end);
        var rowUnit = RowUnit(text, row);
        var rowPerUnit = RowPerUnit(text, row);
        for (var column = 0; column < row.Count && column < header.Units.Length; column++)
        {
            var (cellStart, cellEnd) = row[column];
            var added = cells.Count;
            if (header.Units[column] is { } unit)
                AddCell(text, cellStart, cellEnd, unit, cells);
            else if (rowUnit is not null && !header.NotPrice[column])
                AddCell(text, cellStart, cellEnd, rowUnit, cells);
            if (cells.Count == added && (header.PerUnits[column] ?? (header.NotPrice[column] ? null : rowPerUnit)) is { } perUnit)
                unitCells.Add(new UnitCell(cellStart, cellEnd, perUnit));
        }
    }

    /// <summary>The unit a row writes in a cell of its own with no currency ("Liquid helium | Europe | per cubic metre |
    /// €31.50"): the unit of the amounts of its price columns; null when no cell is one.</summary>
    private static string? RowPerUnit(string text, List<(int Start, int End)> row)
    {
        foreach (var (start, end) in row)
        {
            var cell = text.AsSpan(start, end - start).Trim();
            if (cell.Length is > 0 and <= 24 && PerUnitCell().Match(cell.ToString()) is { Success: true } m
                && MoneyNormalizer.UnitSymbol(m.Groups["unit"].Value) is { } unit)
                return unit;
        }
        return null;
    }

    // A cell that is only a unit of sale: "per cubic metre", "per Mcf", "a tonne".
    [GeneratedRegex(@"^(?:per|a|an)\s+(?<unit>[\p{L}³][\p{L}³ ]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnitCell();

    /// <summary>Where each cell of the row in [<paramref name="start"/>, <paramref name="end"/>) starts and ends,
    /// between its bars.</summary>
    private static List<(int Start, int End)> CellsOf(string text, int start, int end)
    {
        var row = new List<(int, int)>();
        var cellStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != '|')
                continue;
            row.Add((cellStart, i));
            cellStart = i + 1;
        }
        return row;
    }

    /// <summary>The currency per unit a row writes in a cell of its own ("Polysilicon | China | CNY/kg | 41.20 |
    /// 43.50"), for the bare numbers of its columns whose header names no unit; null when no cell is one.</summary>
    private static MoneyValue? RowUnit(string text, List<(int Start, int End)> row)
    {
        foreach (var (start, end) in row)
        {
            var cell = text.AsSpan(start, end - start).Trim();
            if (cell.Length is > 0 and <= 16 && UnitOf(cell.ToString(), whole: true) is { } unit)
                return unit;
        }
        return null;
    }

    private static void AddCell(string text, int start, int end, MoneyValue unit, List<Cell> cells)
    {
        var m = BareAmount().Match(text, start, end - start);
        if (!m.Success)
            return;
        var low = m.Groups["low"];
        if (NumberParser.ParseDigits(low.Value) is not { } amount)
            return;
        cells.Add(new Cell(low.Index, low.Index + low.Length, unit with { Amount = amount }));
        if (m.Groups["high"] is { Success: true } high && NumberParser.ParseDigits(high.Value) is { } highAmount)
            cells.Add(new Cell(high.Index, high.Index + high.Length, unit with { Amount = highAmount }));
    }

    // "US$/tonne", "$/t", "yuan/t", "Rs/kg", "€/MWh", "USD per tonne": a currency form and a unit word.
    [GeneratedRegex(@"(?<currency>[^\s\d/()|,]{1,6})\s*(?:/|\bper\s+)\s*(?<unit>[\p{L}³]+)")]
    private static partial Regex CurrencyPerUnit();

    // The whole cell a number or a range of two: "1,955", "2,085-2,110".
    [GeneratedRegex(@"\G\s*(?<low>\d[\d,]*(?:\.\d+)?)(?:\s*[-–]\s*(?<high>\d[\d,]*(?:\.\d+)?))?\s*(?=\||$)")]
    private static partial Regex BareAmount();
}
