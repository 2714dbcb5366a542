namespace NewsExtract.Ingestion;

/// <summary>
/// A table in plain text, its columns aligned by spaces or split by tabs, written the way the cleaner writes an HTML
/// table: a row a line, its cells between <c>" | "</c>. The rules read a table's header and cells that way, whatever the
/// page it came from.
/// </summary>
/// <remarks>
/// A block is three or more lines in a row, each with a gap (two spaces or more between words, or a tab) and no bar.
/// Its columns are split where every line of the block has a space, two or more wide, with text before and after it
/// on some line: a right-aligned number column and a left-aligned header split alike, and an empty cell stays empty.
/// A block of tab-split lines is split at its tabs. A block with fewer than three columns is left as it is, so two
/// spaces after a full stop in prose are never a table. Pure and thread-safe.
/// </remarks>
public static class AlignedTables
{
    private const int MinRows = 3;
    private const int MinColumns = 3;
    private const int MinGap = 2;

    /// <summary>Rewrites each aligned block of <paramref name="lines"/> in place.</summary>
    public static void Rewrite(List<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var i = 0;
        while (i < lines.Count)
        {
            if (!MayBeRow(lines[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < lines.Count && MayBeRow(lines[end]))
                end++;
            if (end - i >= MinRows)
                RewriteBlock(lines, i, end);
            i = end;
        }
    }

    private static bool MayBeRow(string line) =>
        !line.Contains('|', StringComparison.Ordinal) && (line.Contains('\t', StringComparison.Ordinal) || HasGap(line));

    // Two spaces or more between two words: not the line's own indent, which the cleaner trimmed.
    private static bool HasGap(string line)
    {
        var at = line.IndexOf("  ", StringComparison.Ordinal);
        return at > 0 && line.AsSpan(at).TrimStart(' ').Length > 0;
    }

    private static void RewriteBlock(List<string> lines, int start, int end)
    {
        var allTabs = true;
        for (var i = start; i < end && allTabs; i++)
            allTabs = lines[i].Contains('\t', StringComparison.Ordinal);
        if (allTabs)
        {
            var rows = new List<string[]>(end - start);
            for (var i = start; i < end; i++)
                rows.Add(lines[i].Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (rows.TrueForAll(r => r.Length >= MinColumns))
            {
                for (var i = start; i < end; i++)
                    lines[i] = string.Join(" | ", rows[i - start]);
            }
            return;
        }
        if (lines.Skip(start).Take(end - start).Any(l => l.Contains('\t', StringComparison.Ordinal)))
            return;
        var rivers = Rivers(lines, start, end);
        if (rivers.Count + 1 < MinColumns)
            return;
        for (var i = start; i < end; i++)
            lines[i] = Cut(lines[i], rivers);
    }

    /// <summary>The runs of columns, <see cref="MinGap"/> wide or more, where every line of the block has a space or has
    /// ended, with text before them and after them on some line.</summary>
    private static List<(int From, int To)> Rivers(List<string> lines, int start, int end)
    {
        var width = 0;
        for (var i = start; i < end; i++)
            width = Math.Max(width, lines[i].Length);
        var rivers = new List<(int, int)>();
        var from = -1;
        for (var p = 0; p <= width; p++)
        {
            var open = p < width && IsSpaceInAll(lines, start, end, p);
            if (open && from < 0)
                from = p;
            else if (!open && from >= 0)
            {
                // A run that reaches the longest line's end has no text after it.
                if (from > 0 && p < width && p - from >= MinGap)
                    rivers.Add((from, p));
                from = -1;
            }
        }
        return rivers;
    }

    private static bool IsSpaceInAll(List<string> lines, int start, int end, int p)
    {
        for (var i = start; i < end; i++)
        {
            if (p < lines[i].Length && lines[i][p] != ' ')
                return false;
        }
        return true;
    }

    private static string Cut(string line, List<(int From, int To)> rivers)
    {
        var cells = new string[rivers.Count + 1];
        var at = 0;
        for (var k = 0; k < rivers.Count; k++)
        {
            cells[k] = Slice(line, at, rivers[k].From);
            at = rivers[k].To;
        }
        cells[^1] = Slice(line, at, line.Length);
        return string.Join(" | ", cells);
    }

    private static string Slice(string line, int from, int to) =>
        from >= line.Length ? string.Empty : line[from..Math.Min(to, line.Length)].Trim();
}
