using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;
using NewsExtract.Annotation.Normalization;

namespace NewsExtract.Extraction.Rules;

/// <summary>The tagger writes a money range as two MONEY mentions (<c>$850</c> and <c>$900 per kg</c>). A fact takes
/// the low end (FACT_SCHEMA: "a range gives its low end"), so extractors skip the high end.</summary>
public static partial class MoneyRanges
{
    // What stands between the two ends of a range: "-", "to", or "and" after "between".
    [GeneratedRegex(@"^\s*(?:-|to)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Dash();

    [GeneratedRegex(@"\bbetween\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    // "raised the duty on kelp from 20 euros to 40 euros": the level a change started from and the one it reached.
    [GeneratedRegex(@"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing))\b[^;]{0,60}?\bfrom\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex StepFrom();

    // "fell 12 cents to 541 cents a bushel": a change and the level it reached, not a range.
    [GeneratedRegex(@"\b(?:by|up|down|rose|fell|gained|lost|shed|added|climbed|jumped|dropped|slipped|eased|declined|increased|decreased|rallied|slid|sank|surged|soared|tumbled|plunged|dipped|firmed|softened|advanced|retreated)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeBefore();

    /// <summary>"$52.80 a barrel ..., while Brent traded at $66.20": a bare amount takes the per-unit of the last
    /// amount before it in the sentence with the same currency; null when there is none.</summary>
    public static string? UnitCarried(SentenceView view, Entity money, string unit)
    {
        if (unit.Contains('/'))
            return null;
        return view.Monies.PerUnitBefore(money, unit);
    }

    /// <summary>True when <paramref name="money"/> is the step of a price, not an amount of its own: a change verb
    /// before it and, right after it, "to" or "from" and an amount per unit ("climbed 7 cents to $5.48 a bushel",
    /// "down $12 from $640 a tonne").</summary>
    public static bool IsPriceStep(SentenceView view, Entity money)
    {
        if (view.Monies.After(money) is not ({ } next, { } unit) || !unit.Contains('/'))
            return false;
        return StepGap().IsMatch(view.Folded.AsSpan(view.RelEnd(money)..view.Rel(next)))
            && ChangeBefore().IsMatch(WordScanner.LastChunks(view.Folded, 0, view.Rel(money), 2));
    }

    [GeneratedRegex(@"^\s*,?\s*(?:to|from)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StepGap();

    /// <summary>True when <paramref name="money"/> is the second end of a range whose first end is the MONEY
    /// mention just before it.</summary>
    public static bool IsHighEnd(SentenceView view, Entity money)
    {
        if (view.Monies.Before(money) is not { } previous)
            return false;
        var gap = view.Folded[view.RelEnd(previous)..view.Rel(money)];
        // Both cues before the first end are one word: read the last two chunks, not the sentence's whole start.
        var before = WordScanner.LastChunks(view.Folded, 0, view.Rel(previous), 2);
        return Dash().IsMatch(gap) && !(gap.Trim() == "to" && (ChangeBefore().IsMatch(before)
                || StepFrom().IsMatch(WordScanner.LastChunks(view.Folded, 0, view.Rel(previous), 12))))
            || gap.Trim().Equals("and", StringComparison.OrdinalIgnoreCase) && Between().IsMatch(before)
            || gap.Trim() == "|" && IsHighColumn(view.Document.Text, previous.Start, money.Start);
    }

    // How far up a table row looks for its header: a longer table's rows read no header, rather than each row reading
    // the whole table above it.
    private const int MaxRowsToHeader = 100;

    /// <summary>True when the two amounts stand in neighbouring columns of a table row headed <c>Low</c> and <c>High</c>
    /// (or <c>Min</c> and <c>Max</c>): the one under <c>High</c> is the range's high end.</summary>
    private static bool IsHighColumn(string text, int low, int high)
    {
        var rowStart = low == 0 ? 0 : text.LastIndexOf('\n', low - 1) + 1;
        // The header is the first line of the block of table lines (cells between " | ") the row ends.
        var header = rowStart;
        for (var rows = 0; header > 1 && rows < MaxRowsToHeader; rows++)
        {
            var above = text.LastIndexOf('\n', header - 2) + 1;
            if (!TableUnits.IsTableLine(text.AsSpan(above, header - 1 - above)))
                break;
            header = above;
        }
        if (header == rowStart)
            return false;
        var headerEnd = text.IndexOf('\n', header);
        var names = text[header..(headerEnd < 0 ? text.Length : headerEnd)].Split('|');
        var (lowColumn, highColumn) = (text.AsSpan(rowStart, low - rowStart).Count('|'), text.AsSpan(rowStart, high - rowStart).Count('|'));
        return highColumn == lowColumn + 1 && highColumn < names.Length
            && LowHeader().IsMatch(names[lowColumn]) && HighHeader().IsMatch(names[highColumn]);
    }

    [GeneratedRegex(@"^\s*(?:low|min|minimum|bid)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LowHeader();

    [GeneratedRegex(@"^\s*(?:high|max|maximum|offer|ask)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HighHeader();
}
