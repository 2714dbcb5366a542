using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion;

/// <summary>Reduces Markdown to the plain text a reader sees: headings, emphasis, links and images lose their markup.</summary>
/// <remarks>Line structure is kept, so paragraphs and list items stay one a line. Pure and thread-safe.</remarks>
public static partial class MarkdownText
{
    public static string ToPlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                lines[i] = string.Empty;
                continue;
            }
            if (inFence)
                continue;
            line = Heading().Replace(line, string.Empty);
            line = Rule().IsMatch(line) ? string.Empty : line;
            line = Image().Replace(line, string.Empty);
            line = Link().Replace(line, "$1");
            line = Emphasis().Replace(line, "$2");
            line = BlockQuote().Replace(line, string.Empty);
            line = InlineCode().Replace(line, "$1");
            lines[i] = line;
        }
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+|\s+#+\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}(?:[-*_]\s*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s{0,3}>\s?")]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();
}
