using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Lexicons;

namespace NewsExtract.Ingestion;

/// <summary>Removes web-page boilerplate from article text and tidies its whitespace.</summary>
/// <remarks>
/// Works line by line, because boilerplate in saved pages and copied text arrives as whole lines:
/// share prompts, category lists, comment-form notices, shortcodes, a trailing promo or contact block.
/// Phrases come from the embedded <c>boilerplate</c> lexicon, loaded once per instance.
/// Paragraph breaks are kept (one blank line at most); lines are trimmed; the output has <c>\n</c>
/// line ends and no trailing newline. Immutable and thread-safe.
/// </remarks>
public sealed partial class TextCleaner
{
    // Lines longer than this are article prose, even when they mention "Facebook" or "newsletter".
    private const int MaxCueLineLength = 160;

    // A single ordinary line may sit between two contact/promo lines ("We offer ..." above "Contact us").
    private const int MaxGapInTrailer = 1;

    private readonly LineKeys _lines;
    private readonly string[] _prefixes;
    private readonly int _longestPrefix;
    private readonly string[] _fragments;

    // Most lines hold no fragment: one search for all of them first, not one per fragment.
    private readonly SearchValues<string> _anyFragment;
    private readonly LineKeys _terminators;
    private readonly string[] _cues;
    private readonly LineKeys _uiWords;
    private readonly HashSet<string> _shortcodes;

    public TextCleaner()
        : this(Lexicon.Load("boilerplate"))
    {
    }

    public TextCleaner(Lexicon boilerplate)
    {
        ArgumentNullException.ThrowIfNull(boilerplate);
        string[] Of(string kind) => boilerplate.Entries
            .Where(e => string.Equals(e.Value, kind, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Key.ToLowerInvariant())
            .ToArray();

        _lines = new LineKeys(Of("line"));
        _prefixes = Of("prefix");
        _longestPrefix = _prefixes.Length == 0 ? 0 : _prefixes.Max(p => p.Length);
        _fragments = Of("fragment").OrderByDescending(f => f.Length).ToArray();
        _anyFragment = SearchValues.Create(_fragments, StringComparison.OrdinalIgnoreCase);
        _terminators = new LineKeys(Of("terminator"));
        _cues = Of("cue");
        _uiWords = new LineKeys(Of("ui"));
        _shortcodes = new HashSet<string>(Of("shortcode"), StringComparer.Ordinal);
    }

    public string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return CleanLines(normalized.Split('\n'));
    }

    /// <summary>As <see cref="Clean(string)"/> of the lines joined with <c>\n</c>, without joining and splitting them
    /// again when no line holds a line break (an HTML page's blocks).</summary>
    public string Clean(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            if (line.AsSpan().ContainsAny('\r', '\n'))
                return Clean(string.Join('\n', lines));
        }
        return CleanLines(lines);
    }

    private string CleanLines(IReadOnlyList<string> rawLines)
    {
        // null marks a removed line, "" a blank line (a paragraph break worth keeping).
        var lines = new List<string?>(rawLines.Count);
        foreach (var raw in rawLines)
            lines.Add(CleanLine(raw));

        DropLeadingUiLines(lines);
        var kept = lines.Where(l => l is not null).Select(l => l!).ToList();
        CutAtTerminator(kept);
        CutTrailer(kept);
        AlignedTables.Rewrite(kept);
        HardWrappedLines.Unwrap(kept);
        return Join(kept);
    }

    private string? CleanLine(string raw)
    {
        var line = ZeroWidth().Replace(raw, string.Empty);
        var hadText = !string.IsNullOrWhiteSpace(line);

        line = RemoveFragments(line);
        line = Shortcode().Replace(line, m => IsShortcode(m) ? string.Empty : m.Value);
        line = line.Trim();

        if (line.Length == 0)
            return hadText ? null : string.Empty;

        var core = LineCore(line);
        if (core.Length == 0 || _lines.Contains(core) || ImageCredit().IsMatch(line) || CreditLine().IsMatch(line) || DateLine().IsMatch(line))
            return null;
        // Only the line's start is lower-cased: as long as the longest prefix.
        var head = line.AsSpan(0, Math.Min(line.Length, _longestPrefix));
        Span<char> lower = head.Length <= 256 ? stackalloc char[head.Length] : new char[head.Length];
        head.ToLowerInvariant(lower);
        foreach (var prefix in _prefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
                return null;
        }
        return line;
    }

    /// <summary>The line without the boilerplate fragments in it (and the spaces before each).</summary>
    private string RemoveFragments(string line)
    {
        if (!line.AsSpan().ContainsAny(_anyFragment))
            return line;
        foreach (var fragment in _fragments)
        {
            for (var at = line.IndexOf(fragment, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = line.IndexOf(fragment, StringComparison.OrdinalIgnoreCase))
            {
                var start = at;
                while (start > 0 && line[start - 1] is ' ' or '\t')
                    start--;
                line = line.Remove(start, at + fragment.Length - start);
            }
        }
        return line;
    }

    private bool IsShortcode(Match m)
    {
        var name = m.Groups["name"].Value.ToLowerInvariant();
        return name.Contains('-', StringComparison.Ordinal) || name.Contains('_', StringComparison.Ordinal)
            || m.Groups["attrs"].Value.Contains('=', StringComparison.Ordinal) || _shortcodes.Contains(name);
    }

    private void DropLeadingUiLines(List<string?> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null || line.Length == 0)
                continue;
            if (!_uiWords.Contains(LineCore(line)))
                return;
            lines[i] = null;
        }
    }

    /// <summary>Cuts "Leave a Reply", "Related posts" and what follows when that is the smaller part of the page; otherwise only the line.</summary>
    private void CutAtTerminator(List<string> lines)
    {
        var total = lines.Sum(l => l.Length + 1);
        var before = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var core = LineCore(lines[i]);
            if (core.Length > 0 && (_terminators.Contains(core) || (char.IsDigit(core[0]) && CommentCount().IsMatch(core.ToString().ToLowerInvariant()))))
            {
                if (total - before <= before)
                {
                    lines.RemoveRange(i, lines.Count - i);
                    return;
                }
                // Too much follows for it to be the page's tail; the heading alone is still not article text.
                total -= lines[i].Length + 1;
                lines.RemoveAt(i--);
                continue;
            }
            before += lines[i].Length + 1;
        }
    }

    /// <summary>Cuts a run of contact/promo lines at the very end of the text.</summary>
    private void CutTrailer(List<string> lines)
    {
        var nonBlank = Enumerable.Range(0, lines.Count).Where(i => lines[i].Length > 0).ToList();
        if (nonBlank.Count < 2 || !IsCue(lines[nonBlank[^1]]))
            return;

        var start = nonBlank.Count - 1;
        var gap = 0;
        for (var k = nonBlank.Count - 2; k >= 1; k--)
        {
            if (IsCue(lines[nonBlank[k]]))
            {
                start = k;
                gap = 0;
            }
            else if (++gap > MaxGapInTrailer)
            {
                break;
            }
        }
        lines.RemoveRange(nonBlank[start], lines.Count - nonBlank[start]);
    }

    private bool IsCue(string line)
    {
        if (Url().IsMatch(line) || Email().IsMatch(line) || Phone().IsMatch(line) || EndMarker().IsMatch(line))
            return true;
        if (line.Length > MaxCueLineLength)
            return false;
        var lower = line.ToLowerInvariant();
        if (AboutHeading().IsMatch(line))
            return true;
        foreach (var cue in _cues)
        {
            if (lower.Contains(cue, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static string Join(List<string> lines)
    {
        var sb = new StringBuilder();
        var pendingBlank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                pendingBlank = sb.Length > 0;
                continue;
            }
            if (sb.Length > 0)
                sb.Append(pendingBlank ? "\n\n" : "\n");
            sb.Append(line);
            pendingBlank = false;
        }
        return sb.ToString();
    }

    private static readonly char[] LeadMarks = ['•', '·', '▪', '►', '*', '-', '–', '—', '>', ' ', '\t'];
    private static readonly char[] TrailMarks = [':', '.', '!', '…', ' ', '\t', '|', '»', '›', '→'];

    /// <summary>The line without list bullets in front or ":.!…" behind, for whole-line comparison (in lower case).</summary>
    private static ReadOnlySpan<char> LineCore(string line) => line.AsSpan().Trim().TrimStart(LeadMarks).TrimEnd(TrailMarks);

    /// <summary>Whole lines, compared by their lower-cased <see cref="LineCore"/>; a line longer than the longest is
    /// not lower-cased at all.</summary>
    private sealed class LineKeys
    {
        private readonly HashSet<string> _keys;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly int _longest;

        public LineKeys(IEnumerable<string> lines)
        {
            _keys = new HashSet<string>(lines.Select(l => LineCore(l).ToString().ToLowerInvariant()), StringComparer.Ordinal);
            _lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
            _longest = _keys.Count == 0 ? 0 : _keys.Max(k => k.Length);
        }

        public bool Contains(ReadOnlySpan<char> core)
        {
            if (core.Length > _longest)
                return false;
            Span<char> lower = stackalloc char[core.Length];
            core.ToLowerInvariant(lower);
            return _lookup.Contains(lower);
        }
    }

    [GeneratedRegex(@"[\u200B\u200C\u200D\u2060\uFEFF]")]
    private static partial Regex ZeroWidth();

    [GeneratedRegex(@"\[(?<close>/?)(?<name>[A-Za-z][A-Za-z0-9_\-]*)(?<attrs>\s[^\]\[]*)?/?\]")]
    private static partial Regex Shortcode();

    // "(Photo: Reuters)", "Image credit: ...", "(Source of the first picture: ...)": picture credits, not prose.
    [GeneratedRegex(@"^\(?\s*(?:(?:photo|image|picture|pic|illustration)s?\s*(?:credit|source|courtesy)?s?\s*:|(?:photo|image|picture)\s+(?:by|via|courtesy of)\s|source of the (?:\w+\s)?(?:picture|photo|image)\b)[^\n]{0,150}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageCredit();

    // "Reporting by ...; Editing by ...": wire-service credits. No full stop inside, so prose is never matched.
    [GeneratedRegex(@"^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics)\s+by\b[^.]{0,200}\.?\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    // "Posted: 14 October 2025", "Updated on May 3, 2025 at 10:00": a byline date left behind by the page layout.
    [GeneratedRegex(@"^(?:posted|published|updated|last\s+updated|date)(?:\s+on)?\s*:?\s+[\w ,.:/\-]{0,40}\d[\w ,.:/\-]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    // "###", "-30-", "- ends -": the end mark of a press release; the lexicon cannot hold lines starting with '#'.
    [GeneratedRegex(@"^(?:#{3,}|-\s*30\s*-|-*\s*ends\s*-*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"^\d+\s+(?:comments?|responses?|replies|thoughts on\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // Needs a "+" or a phone word, so that years, prices and tonnages in prose never look like numbers to call.
    [GeneratedRegex(@"(?:\+\d[\d\s().\-]{6,}\d|\b(?:phone|tel|telephone|fax|mobile|call)\b\.?\s*:?\s*\(?\d[\d\s().\-]{6,}\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // "About Acme Metals" / "About the company": the publisher's boilerplate that closes press releases.
    [GeneratedRegex(@"^About\s+(?:\S+\s*){1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutHeading();
}
