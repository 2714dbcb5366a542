using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;
using NewsExtract.Annotation.Normalization;

namespace NewsExtract.Extraction.Rules;

/// <summary>Which commodity a price figure belongs to, and the date it is as of, read from the figure's neighbourhood.</summary>
public static partial class CommodityContext
{
    /// <summary>The commodities a figure at <paramref name="at"/> is about: the group of commodities named nearest
    /// before it in its clause (names joined only by "and", commas or "or" form one group: "indium and germanium
    /// tripled"), else the first group after it in the clause, else the nearest group before the clause in the
    /// sentence; null when the sentence names none.</summary>
    public static IReadOnlyList<string>? Of(SentenceView view, Clause clause, int at)
    {
        var all = CommoditySubjects.Priced(view);
        if (all.Count == 0)
            return null;
        var groups = Groups(view, all);
        var inClause = groups.Where(g => g[0].Start >= clause.Start && g[^1].End <= clause.End).ToList();
        // "cobalt at $16/lb and nickel at $15,400/t, both about double ...": every commodity named before.
        if (Every().IsMatch(view.Folded.AsSpan(..at)))
            return all.Where(c => c.End <= at).Select(c => c.Name).ToList() is { Count: > 0 } named ? named : null;
        var group = inClause.LastOrDefault(g => g[^1].End <= at)
            ?? inClause.FirstOrDefault(g => g[0].Start >= at)
            ?? groups.LastOrDefault(g => g[^1].End <= clause.Start)
            ?? groups[0];
        return group.Select(c => c.Name).ToList();
    }

    /// <summary>"Prices in Rotterdam rose 9%": a sentence that names no commodity continues the one commodity of the
    /// sentence before it. Empty when the sentence names its own, or the one before names none or several.</summary>
    public static IReadOnlyList<string> Carried(SentenceView view, IReadOnlyList<SentenceView> views)
    {
        if (view.Index == 0 || CommoditySubjects.Priced(view).Count > 0)
            return [];
        // "Soda ash" over "- Imports: $228-235/t CFR": a list item under a subheading that names a good is about it.
        if (SectionHeading(view, views) is { } heading)
            return [heading];
        var previous = CommoditySubjects.Priced(views[view.Index - 1]).Select(c => c.Name).Distinct().ToList();
        return previous.Count == 1 ? previous : [];
    }

    // How many list items up a subheading is looked for.
    private const int MaxItemsToHeading = 20;

    /// <summary>The good a subheading names, for a sentence of a list under it (only list items between them), when
    /// the article names that good elsewhere too ("Week ahead" over a list is no good); else null.</summary>
    private static string? SectionHeading(SentenceView view, IReadOnlyList<SentenceView> views)
    {
        var text = view.Document.Text;
        // A table row under a caption ("Salmon: Norwegian fresh, FCA Oslo (NOK/kg)" over rows of size classes) is
        // about the good the caption opens with.
        var row = IsTableRow(view);
        if (!row && !IsListItem(text, view.Sentence.Start))
            return null;
        for (var i = view.Index - 1; i >= 0 && i >= view.Index - MaxItemsToHeading; i--)
        {
            var above = views[i];
            if (row ? IsTableRow(above) : IsListItem(text, above.Sentence.Start))
                continue;
            var end = row ? CaptionGoodsEnd(text, above) : IsHeading(text, above) ? above.Folded.Length : -1;
            var good = end < 0 ? null : CommodityPhrases.OfHeading(above, end);
            return good is not null && NamedElsewhere(text, good, above.Sentence) ? good : null;
        }
        return null;
    }

    private static bool IsTableRow(SentenceView view) => TableUnits.IsTableLine(view.Text);

    /// <summary>Where the good of a table's caption ends: at its colon ("Salmon: Norwegian fresh ..."), else at its end;
    /// -1 for a sentence that is no caption line of its own.</summary>
    private static int CaptionGoodsEnd(string text, SentenceView view)
    {
        if (!IsOwnLine(text, view.Sentence) || view.Text.Length > MaxCaptionLength)
            return -1;
        var colon = view.Folded.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? colon : view.Folded.Length;
    }

    private const int MaxCaptionLength = 120;

    /// <summary>True when the line that holds <paramref name="at"/> opens with a list marker ("- ", "• ", "* ").</summary>
    private static bool IsListItem(string text, int at)
    {
        var line = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return line + 1 < text.Length && text[line] is '-' or '\u2022' or '*' or '\u2013' && text[line + 1] == ' ';
    }

    /// <summary>A line of its own, of a few words, no figures and no closing punctuation: a subheading.</summary>
    private static bool IsHeading(string text, SentenceView view)
    {
        if (!IsOwnLine(text, view.Sentence))
            return false;
        var line = view.Text.AsSpan().Trim();
        return line.Length is > 0 and <= MaxHeadingLength && !line.ContainsAny(HeadingBreakers) && char.IsUpper(line[0])
            && line.Count(' ') < MaxHeadingWords;
    }

    /// <summary>True when the sentence is a whole line: a line break (or the text's edge) on either side.</summary>
    private static bool IsOwnLine(string text, Sentence sentence) =>
        (sentence.Start == 0 || text[sentence.Start - 1] == '\n') && (sentence.End >= text.Length || text[sentence.End] == '\n');

    private const int MaxHeadingLength = 60;
    private const int MaxHeadingWords = 6;
    private static readonly System.Buffers.SearchValues<char> HeadingBreakers = System.Buffers.SearchValues.Create("0123456789.:;!?\"|");

    private static bool NamedElsewhere(string text, string good, Sentence heading)
    {
        var first = text.IndexOf(good, StringComparison.OrdinalIgnoreCase);
        return first >= 0 && (first < heading.Start || first >= heading.End
            || text.IndexOf(good, heading.End, StringComparison.OrdinalIgnoreCase) >= 0);
    }

    [GeneratedRegex(@"\b(?:both|all|each)\s+(?:(?:of\s+them|more\s+than|less\s+than|about|roughly|nearly|almost|up|down|rose|fell|by|some)\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex Every();

    // A list joint: "indium and germanium", "cobalt, nickel or lithium", "dysprosium and terbium oxide".
    [GeneratedRegex(@"^(?:\s*(?:,|and|or|&|as\s+well\s+as)\s*)+$|^\s+(?:oxides?|metals?)\s*(?:,|and|or|&)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Joint();

    private static List<List<CommoditySubjects.Commodity>> Groups(SentenceView view, IReadOnlyList<CommoditySubjects.Commodity> commodities)
    {
        var groups = new List<List<CommoditySubjects.Commodity>>();
        foreach (var c in commodities)
        {
            if (groups.Count > 0 && Joint().IsMatch(view.Folded[groups[^1][^1].End..c.Start]))
                groups[^1].Add(c);
            else
                groups.Add([c]);
        }
        return groups;
    }

    // A date that starts a period or is compared with ("since June", "from April", "than in early 2024") is not the
    // date a price is as of.
    [GeneratedRegex(@"\b(?:since|from|between|than(?:\s+(?:in|at|on))?|after|before|(?:start|beginning)\s+of)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodStart();

    // "up 18% compared to the price of 2,740 yuan/ton on 3 May", "against $410 in May": the date of the level a
    // price is set against.
    [GeneratedRegex(@"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?!\bto\b|,\s)[^;]){0,60}?\b(?:on|in|at|of)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedWith();

    // "futures for June", "for delivery in the first half of December", "December cargoes": the month a good is
    // delivered in is not the date its price is as of.
    [GeneratedRegex(@"\b(?:futures|contracts?|delivery|deliveries|shipment|arrival|loading|cargo(?:es)?)\s+(?:for|in)\s+(?:the\s+)?(?:(?:first|second|last)\s+(?:half|week|quarter)\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryBefore();

    [GeneratedRegex(@"^\s*(?:delivery|deliveries|cargo(?:es)?|shipments?|arrivals?|loading|contract|futures)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryAfter();

    // "its March high", "35% below its February peak", "the March arabica contract", "the 2025 average": a date that
    // names a reference point or a contract is not the date a price is as of.
    [GeneratedRegex(@"^\s+(?:[a-z]+\s+)?(?:highs?|lows?|peaks?|records?|troughs?|averages?|contracts?|futures)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencePointAfter();

    /// <summary>The date a movement ends on: the last date of the clause that does not start the period, else of the
    /// sentence, else the date of the article (<see cref="ArticleDate"/>).</summary>
    public static string EndDate(SentenceView view, Clause clause)
    {
        var dates = view.AsOfDates;
        return dates.LastOrDefault(d => clause.Contains(view.Rel(d)))?.Normalized ?? dates.LastOrDefault()?.Normalized ?? view.Lookups.ArticleDate;
    }

    /// <summary>The date a price at <paramref name="at"/> is as of: the nearest date of the sentence that does not
    /// start a period or name a delivery month, else the date of the article.</summary>
    public static string AsOf(SentenceView view, int at) =>
        view.AsOfDates.MinBy(d => Math.Min(Math.Abs(view.Rel(d) - at), Math.Abs(view.RelEnd(d) - at)))?.Normalized
        ?? view.Lookups.ArticleDate;

    /// <summary>An article that reports prices reports them as of its own date: the published date, else the date of
    /// its dateline ("SINGAPORE, March 4 (Agency) -") or of a dated line ("Markets desk - Wednesday 8 April 2026") in
    /// its first lines, where a headline often comes first; "" when it has none.</summary>
    public static string ArticleDate(AnnotatedDocument document)
    {
        if (document.Document.Article.Published is { } published)
            return published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var text = document.Text;
        foreach (var e in document.Entities)
        {
            if (e.Label != EntityLabel.DATE || e.Normalized.Length == 0 || e.Start >= TopOfArticle || e.End > text.Length)
                continue;
            // A dateline or a dated line opens its line: the city (or a desk's name) comes first, then the date.
            var lineStart = text.LastIndexOf('\n', Math.Max(0, e.Start - 1)) + 1;
            if (e.Start - lineStart >= 40)
                continue;
            var dateline = !LowerCaseWord().IsMatch(text.AsSpan(lineStart, e.Start - lineStart))
                && Dateline().IsMatch(text.AsSpan(e.End..Math.Min(text.Length, e.End + 40)));
            var datedLine = e.Normalized.Length == 10 && !e.Normalized.StartsWith('X') && Weekday().IsMatch(e.Text);
            if (dateline || datedLine)
                return e.Normalized;
        }
        return "";
    }

    // The first lines: a headline, a standfirst and a byline come before the dateline, as the tagger reads them too.
    private const int TopOfArticle = 400;

    [GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*[-\u2013\u2014]")]
    private static partial Regex Dateline();

    // "Traders who sold ore in the week to Sept 8 - ...": a sentence of the story, not a dateline's place.
    [GeneratedRegex(@"(?<![\p{L}'])\p{Ll}")]
    private static partial Regex LowerCaseWord();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    /// <summary>The dates of a sentence that a price in it can be as of: not the start of a period ("since May"), a
    /// delivery month ("futures for June") nor a reference point ("its March high"). Read once a sentence (<see cref="SentenceView.AsOfDates"/>); the cues
    /// before a date span eight chunks at most, so only those are read.</summary>
    internal static IReadOnlyList<Entity> FindAsOfDates(SentenceView view) =>
        [.. view.Of(EntityLabel.DATE)
            .Where(d => d.Normalized.Length > 0 && !PeriodStart().IsMatch(WordScanner.LastChunks(view.Folded, 0, view.Rel(d), 6))
                && !ComparedWith().IsMatch(WordScanner.LastChunks(view.Folded, 0, view.Rel(d), 12))
                && !DeliveryBefore().IsMatch(WordScanner.LastChunks(view.Folded, 0, view.Rel(d), 8)) && !DeliveryAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(d)..))
                && !ReferencePointAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(d)..)))];

    /// <summary>The commodity an article is mostly about: the one named in the most sentences, when it is named in at
    /// least two and more often than any other; null otherwise. A loose fallback for a price that names nothing.</summary>
    public static string? Main(IReadOnlyList<SentenceView> views)
    {
        var counts = views.Where(v => v.Of(EntityLabel.MONEY).Any()).SelectMany(v => CommoditySubjects.Priced(v).Select(c => c.Name).Distinct())
            .GroupBy(n => n).Select(g => (Name: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).Take(2).ToList();
        return counts.Count > 0 && counts[0].Count >= 2 && (counts.Count == 1 || counts[0].Count > counts[1].Count) ? counts[0].Name : null;
    }
}
