using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Normalization;

/// <summary>
/// A price table whose header carries the currency and unit of a column ("Product | Origin | US$/tonne, FOB | w/w"):
/// its cells write bare numbers ("1,955", "2,085-2,110"), which are amounts in that unit. The cleaner writes a table a
/// row a line with cells between <c>" | "</c>; the first row of a block of such lines is its header.
/// </summary>
/// <remarks>Pure and thread-safe; <see cref="In"/> reads one document.</remarks>
public static partial class TableUnits
{
    /// <summary>A bare number cell under a header that names a currency and unit: where it is and what it is.</summary>
    public sealed record Cell(int Start, int End, MoneyValue Value);

    /// <summary>The bare-number cells of the document's tables whose column header names a currency per unit, in text
    /// order; empty for a document without a table (most), which costs one search.</summary>
    public static IReadOnlyList<Cell> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(" | ", StringComparison.Ordinal))
            return [];
        var cells = new List<Cell>();
        MoneyValue?[]? header = null;
        var at = 0;
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            if (end < 0)
                end = text.Length;
            var line = text.AsSpan(at, end - at);
            if (!line.Contains(" | ", StringComparison.Ordinal))
                header = null;
            else if (header is null)
                header = HeaderUnits(line.ToString());
            else
                AddCells(text, at, end, header, cells);
            at = end + 1;
        }
        return cells;
    }

    /// <summary>The currency per unit each header cell names ("US$/tonne, FOB", "yuan/t", "(Rs/kg)"), else null for it.</summary>
    private static MoneyValue?[] HeaderUnits(string line)
    {
        var names = line.Split('|');
        var units = new MoneyValue?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (CurrencyPerUnit().Match(names[i]) is not { Success: true } m)
                continue;
            var (currency, unit) = (m.Groups["currency"].Value, m.Groups["unit"].Value);
            // The currency written before the number ("US$"), or after it ("yuan"): one of the two reads.
            var value = MoneyNormalizer.Parse($"{currency}1/{unit}") ?? MoneyNormalizer.Parse($"1 {currency} per {unit}");
            if (value is { PerUnit: not null })
                units[i] = value;
        }
        return units;
    }

    private static void AddCells(string text, int start, int end, MoneyValue?[] header, List<Cell> cells)
    {
        var column = 0;
        var cellStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != '|')
                continue;
            if (column < header.Length && header[column] is { } unit)
                AddCell(text, cellStart, i, unit, cells);
            column++;
            cellStart = i + 1;
        }
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
