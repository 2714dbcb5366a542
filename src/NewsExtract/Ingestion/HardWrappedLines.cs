using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion;

/// <summary>
/// Joins the lines of paragraphs hard-wrapped at a fixed width (a report converted from PDF, a plain-text e-mail), so
/// that a sentence is one line again, as the sentence splitter and the quote rules read it. A line break inside a word
/// ("veter-" / "inary") is taken out with its hyphen, as PDF converters write it.
/// </summary>
/// <remarks>
/// A text is hard-wrapped when at least <see cref="MinLines"/> of its lines are prose-long, nine in ten of those are at
/// most <see cref="MaxWidth"/> characters, half of them end within <see cref="Slack"/> characters of that width, and
/// three in ten of the lines after them start with a lower-case letter (a break between words of a sentence).
/// Text whose paragraphs are single lines (most articles, every HTML page) has longer lines and is left alone.
/// A line is joined to the next only when it is full (it ends near the width) and the next line continues it: not a
/// blank line, a list item, a table row, a line in capitals or a line of aligned columns.
/// </remarks>
public static partial class HardWrappedLines
{
    private const int MinLines = 8;
    private const int MaxWidth = 100;
    private const int Slack = 20;
    private const int ProseLength = 30;

    public static void Unwrap(List<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var width = WrapWidth(lines);
        if (width == 0)
            return;
        var joined = new List<string>(lines.Count);
        string? current = null;
        var last = "";
        foreach (var line in lines)
        {
            if (current is not null && last.Length >= width - Slack && Continues(last, line))
            {
                current = Hyphenated(current, line) ? current[..^1] + line : current + " " + line;
                last = line;
                continue;
            }
            if (current is not null)
                joined.Add(current);
            current = last = line;
        }
        if (current is not null)
            joined.Add(current);
        lines.Clear();
        lines.AddRange(joined);
    }

    /// <summary>The width the text is wrapped at, or 0 when it is not hard-wrapped.</summary>
    private static int WrapWidth(List<string> lines)
    {
        var lengths = lines.Where(l => l.Length >= ProseLength).Select(l => l.Length).Order().ToList();
        if (lengths.Count < MinLines)
            return 0;
        var width = lengths[(int)(0.9 * (lengths.Count - 1))];
        if (width > MaxWidth)
            return 0;
        if (lengths.Count(l => l >= width - Slack) * 2 < lengths.Count)
            return 0;
        // Wrapped prose breaks mostly between lower-case words; a column of titles or list entries does not.
        var breaks = 0;
        var midSentence = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Length < ProseLength || lines[i + 1].Length == 0)
                continue;
            breaks++;
            if (char.IsLower(lines[i + 1][0]))
                midSentence++;
        }
        return midSentence * 10 >= breaks * 3 ? width : 0;
    }

    private static bool Continues(string line, string next) =>
        next.Length > 0 && !line.Contains('|', StringComparison.Ordinal) && !next.Contains('|', StringComparison.Ordinal)
        && !BlockStart().IsMatch(next) && !Columns().IsMatch(line) && !Columns().IsMatch(next) && !InCapitals(next);

    private static bool InCapitals(string line) =>
        line.Count(char.IsLetter) >= 4 && !line.Any(char.IsLower);

    // "licens-" + "ing": a word broken at the line's end.
    private static bool Hyphenated(string current, string next) =>
        current.Length > 2 && current[^1] == '-' && char.IsLetter(current[^2]) && char.IsLower(next[0]);

    // A list item or a numbered heading starts a block of its own.
    [GeneratedRegex(@"^(?:[-*•–]\s|\d{1,2}[.)]\s|#)")]
    private static partial Regex BlockStart();

    // Columns aligned with runs of spaces: a table the aligned-table reader did not take.
    [GeneratedRegex(@"\S {3,}\S")]
    private static partial Regex Columns();
}
