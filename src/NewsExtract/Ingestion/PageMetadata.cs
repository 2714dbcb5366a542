using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsExtract.Ingestion;

/// <summary>Title, published date, canonical URL and site name declared by an HTML page.</summary>
/// <remarks>
/// Published date, first found wins: <c>&lt;meta&gt;</c> (<c>article:published_time</c>, <c>og:published_time</c>,
/// <c>datePublished</c>, <c>date</c>, <c>pubdate</c>, ...), JSON-LD <c>datePublished</c> (article types first, also inside
/// <c>@graph</c>), an element with <c>itemprop="datePublished"</c>, <c>&lt;time pubdate&gt;</c>, then the first
/// <c>&lt;time datetime&gt;</c> in the article (or page). Meta and JSON-LD come before <c>&lt;time&gt;</c> because
/// pages also carry times of comments and related stories. Title: <c>og:title</c>, JSON-LD <c>headline</c>,
/// <c>&lt;h1&gt;</c>, <c>&lt;title&gt;</c>, with a " | Site Name" suffix removed.
/// </remarks>
internal sealed partial record PageMetadata(string? Title, DateOnly? Published, string? Url, string? SiteName, string? Byline = null,
    string? Headline = null)
{
    // The page's own name for itself, in order: Dublin Core is set on purpose, social-card titles are often rewritten.
    private static readonly string[] DeclaredTitleKeys =
    [
        "dc:title", "dcterm:title", "dcterms:title", "og:title", "title", "twitter:title", "parsely-title", "sailthru:title",
    ];

    // A <title> is cut at its last separator only when a headline of this many words stays: a shorter rest is a name
    // ("Mozilla - Wikipedia", "On Recent Events - Jane Roe"), and the tab's whole text is the better title.
    private const int MinCutTitleWords = 5;

    // Longer than this, an element named "byline" or "author" holds more than a name (an author box, a bio).
    private const int MaxBylineLength = 100;

    private static readonly string[] TitleKeys =
    [
        "og:title", "twitter:title", "dc.title", "dcterm:title", "dcterms.title", "parsely-title", "sailthru.title",
    ];

    private static readonly string[] AuthorKeys =
    [
        "author", "dc.creator", "dcterm:creator", "dcterms.creator", "article:author", "parsely-author", "sailthru.author", "byl",
    ];

    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "date",
        "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "article.published",
        "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
        "citation_publication_date", "original-publish-date",
    ];

    public static PageMetadata Read(IDocument document)
    {
        var elements = PageElements.Of(document);
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in elements.Metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content")?.Trim();
            if (key is not null && !string.IsNullOrEmpty(content))
                metas.TryAdd(key.Trim(), content);
        }
        var ld = JsonLd.Read(elements.JsonLdScripts, document.Title);

        var siteName = First(metas.GetValueOrDefault("og:site_name"), ld.PublisherName, metas.GetValueOrDefault("application-name"));
        var url = First(metas.GetValueOrDefault("og:url"),
            elements.Canonical?.GetAttribute("href"), ld.Url);

        // Only a title with a separator needs it, and on a large page it is most of the metadata's cost.
        var bodyText = new Lazy<string>(() => HtmlArticleExtractor.Collapse(document.Body?.TextContent ?? string.Empty));
        var declared = First([.. TitleKeys.Select(metas.GetValueOrDefault), ld.Headline]);
        var headline = declared is null
            ? DocumentTitle(document, elements, siteName, bodyText)
            : StripSiteName(HtmlArticleExtractor.Collapse(declared), siteName, bodyText);
        var title = DeclaredTitle(document, elements, ld, siteName) ?? headline;

        return new PageMetadata(title, FindPublished(elements, metas, ld), url, siteName, FindByline(elements, metas, ld), headline);
    }

    /// <summary>The title the page gives itself, whole (a site name in it is part of that title): the article's JSON-LD
    /// headline, then title meta tags, then the &lt;title&gt; without its last separated part when a headline of five
    /// words or more stays; null when there is none or the &lt;title&gt; is only the site's name.</summary>
    private static string? DeclaredTitle(IDocument document, PageElements elements, JsonLd ld, string? siteName)
    {
        var named = TitleMetas(elements.Metas);
        var declared = First([ld.Headline, .. DeclaredTitleKeys.Select(named.GetValueOrDefault)]);
        if (declared is not null)
            return HtmlArticleExtractor.Collapse(declared);
        var tab = HtmlArticleExtractor.Collapse(document.Title ?? string.Empty);
        if (tab.Length == 0 || (siteName is not null && Key(tab) == Key(siteName)))
            return null;
        var cut = TitleSeparator().Matches(tab).LastOrDefault();
        return cut is not null && Words(tab[..cut.Index]) >= MinCutTitleWords ? tab[..cut.Index].Trim() : tab;
    }

    /// <summary>Title meta tags by normalized name ("DC.title" is "dc:title"; a space-separated property names each of its
    /// parts); RDFa <c>property</c> before <c>name</c>, and the first of each name.</summary>
    private static Dictionary<string, string> TitleMetas(List<IElement> metas)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in (string[])["property", "name"])
        {
            foreach (var meta in metas.Where(m => m.HasAttribute(attribute)))
            {
                var content = meta.GetAttribute("content")?.Trim();
                if (string.IsNullOrEmpty(content))
                    continue;
                foreach (var key in meta.GetAttribute(attribute)!.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (key.Contains("title", StringComparison.OrdinalIgnoreCase))
                        found.TryAdd(key.ToLowerInvariant().Replace('.', ':'), content);
                }
            }
        }
        return found;
    }

    /// <summary>The first &lt;h1&gt; when it tells the same story as the page's &lt;title&gt; (it is the printed headline,
    /// without the site name and the "LIVE:" of the tab), else the &lt;title&gt; without its site name: an &lt;h1&gt;
    /// with other words is often a logo or a section name.</summary>
    private static string? DocumentTitle(IDocument document, PageElements elements, string? siteName, Lazy<string> bodyText)
    {
        var heading = FirstHeading(elements);
        var raw = HtmlArticleExtractor.Collapse(document.Title ?? string.Empty);
        if (raw.Length == 0 || heading is null)
            return heading ?? (raw.Length == 0 ? null : StripSiteName(raw, siteName, bodyText));
        // An <h1> that is one separated part of the <title> beside a longer one is the site's name (a blog's header).
        var parts = TitleSeparator().Split(raw).Select(p => p.Trim()).ToList();
        if (parts.Count > 1 && parts.Any(p => Key(p) == Key(heading)) && parts.Any(p => p.Length > heading.Length))
            return StripSiteName(raw, heading, bodyText);
        var titleWords = WordSet(raw);
        var headingWords = WordSet(heading);
        var shared = headingWords.Count(titleWords.Contains);
        if (headingWords.Count > 0 && shared * 5 >= headingWords.Count * 2)
            return heading;
        var title = StripSiteName(raw, siteName, bodyText);
        return siteName is not null && Key(title) == Key(siteName) ? heading : title;
    }

    private static HashSet<string> WordSet(string text) =>
        NonWord().Split(text.ToLowerInvariant()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>JSON-LD author names, then author meta tags, then a short element marked as the author or byline.</summary>
    private static string? FindByline(PageElements elements, Dictionary<string, string> metas, JsonLd ld)
    {
        var declared = First([ld.Author, .. AuthorKeys.Select(metas.GetValueOrDefault).Where(v => v is null || !LooksLikeUrl(v))]);
        if (declared is not null)
            return CleanByline(declared);

        foreach (var element in MarkedAsAuthor(elements))
        {
            var text = element.GetAttribute("content") ?? LeadingText(element);
            if (LooksLikeUrl(text.Trim()))
                continue;
            var byline = CleanByline(text);
            if (byline is { Length: > 2 and <= MaxBylineLength } && byline.Any(char.IsLetter))
                return byline;
        }
        return null;
    }

    /// <summary>Elements marked as the author (<c>rel="author"</c>, <c>itemprop</c> listing "author", or its
    /// <c>itemprop="name"</c> part), then those named like a byline or author by class or id, each in document order.</summary>
    private static IEnumerable<IElement> MarkedAsAuthor(PageElements elements) =>
        elements.AuthorMarked.Select(e => e.QuerySelector("[itemprop='name']") ?? e).Concat(elements.AuthorNamed);

    /// <summary>The element's text up to its first 1,000 non-space characters: a byline is cut at its first separator
    /// or date, so one of at most 100 characters is decided by the start of the text, and a page-wide element named
    /// "author-..." is not read whole (nor each of its nested ones).</summary>
    private static string LeadingText(IElement element)
    {
        var builder = new System.Text.StringBuilder();
        var letters = 0;
        foreach (var text in element.Descendants<IText>())
        {
            builder.Append(text.Data);
            foreach (var c in text.Data)
            {
                if (!char.IsWhiteSpace(c))
                    letters++;
            }
            if (letters >= 1000)
                break;
        }
        return builder.ToString();
    }

    private static string? CleanByline(string text)
    {
        var byline = HtmlArticleExtractor.Collapse(text);
        byline = ByPrefix().Replace(byline, string.Empty);
        // "Jane Roe | May 20, 2019", "Jane Roe • 8h": the name before a separator or a date.
        byline = BylineTail().Replace(byline, string.Empty).Trim(' ', ',', '|', '-', ':');
        return byline.Length == 0 ? null : byline;
    }

    private static bool LooksLikeUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith('/');

    private static DateOnly? FindPublished(PageElements elements, Dictionary<string, string> metas, JsonLd ld)
    {
        // An article's own JSON-LD first: social-card meta tags are sometimes stamped when the page was last shared.
        if (PublishedDate.TryParse(ld.ArticleDatePublished, out var articleDate))
            return articleDate;
        foreach (var key in PublishedKeys)
        {
            if (metas.TryGetValue(key, out var value) && PublishedDate.TryParse(value, out var date))
                return date;
        }
        if (PublishedDate.TryParse(ld.DatePublished, out var ldDate))
            return ldDate;

        var candidates = elements.DatePublished
            .Concat(elements.PubdateTimes)
            .Concat(elements.DatetimeTimesInArticle)
            .Concat(elements.DatetimeTimes);
        foreach (var element in candidates)
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
            if (PublishedDate.TryParse(value, out var date))
                return date;
        }
        // Last, a date line the page shows but does not mark up ("Wednesday 10 June 2026 · Seoul · Policy desk"); the
        // cleaner drops it with the rest of the page furniture, so the text alone would not have it.
        foreach (var element in elements.DateNamed)
        {
            if (PublishedDate.InLine(element.TextContent) is { } shown)
                return shown;
        }
        return null;
    }

    private static string? FirstHeading(PageElements elements)
    {
        var h1 = elements.MarkedHeadline
            ?? elements.Headings.FirstOrDefault(h => h.Closest("header, nav") is null)
            ?? elements.Headings.FirstOrDefault();
        var text = h1 is null ? null : HtmlArticleExtractor.Collapse(h1.TextContent);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string? First(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    /// <summary>"Headline | Site", "Headline - Site", "Site | Headline" -> "Headline".</summary>
    internal static string StripSiteName(string title, string? siteName, Lazy<string> bodyText)
    {
        var site = siteName is null ? null : Key(siteName);
        foreach (var separator in (string[])[" | ", " :: ", " · ", " » ", " — ", " – ", " - "])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            // The part the page also prints as its headline is the headline, whichever side of the separator it is on.
            var printed = title.Split(separator).Select(p => p.Trim())
                .Where(p => Words(p) >= 3 && bodyText.Value.Contains(p, StringComparison.Ordinal)).ToList();
            if (printed.Count > 0 && !bodyText.Value.Contains(title, StringComparison.Ordinal))
                return printed.MaxBy(p => p.Length)!;
            var head = title[..at].Trim();
            var tail = title[(at + separator.Length)..].Trim();
            if (site is not null && Key(tail) == site)
                return head;
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (site is not null && Key(title[..first]) == site)
                return title[(first + separator.Length)..].Trim();
            var strongSeparator = separator is " | " or " :: " or " · " or " » ";
            if (strongSeparator && Words(head) >= 3)
                return head;
            if (!strongSeparator && Words(tail) <= 3 && Words(head) >= 4)
                return head;
        }
        return title;
    }

    private static string Key(string text) => NonWord().Replace(text.ToLowerInvariant(), string.Empty);

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@" (?:[|/\\>»·\-\u2013\u2014]|::) ")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"[^\p{L}\p{N}]")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+(?:[|\u2022\u00b7]|(?:on\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|(?:on\s+)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{4}|(?:on\s+)?\d{4}-\d{2}-\d{2}).*$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineTail();

    [GeneratedRegex(@"^(?:written\s+)?by\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    /// <summary>The parts of a page's JSON-LD that ingestion uses.</summary>
    private sealed record JsonLd(string? DatePublished, string? Headline, string? Url, string? PublisherName, string? Author = null,
        string? ArticleDatePublished = null)
    {
        private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

        public static JsonLd Read(IEnumerable<IElement> scripts, string? pageTitle)
        {
            var articles = new List<JsonLd>();
            var others = new List<JsonLd>();
            foreach (var script in scripts)
            {
                var json = script.TextContent.Trim();
                if (json.StartsWith("<!--", StringComparison.Ordinal))
                    json = json[4..].TrimEnd('-', '>', ' ', '\n', '\r', '\t');
                // Some CMSs wrap the block in a CDATA section, as for XHTML.
                json = json.Replace("//<![CDATA[", "", StringComparison.Ordinal).Replace("<![CDATA[", "", StringComparison.Ordinal)
                    .Replace("//]]>", "", StringComparison.Ordinal).Replace("]]>", "", StringComparison.Ordinal).Trim();
                try
                {
                    using var doc = JsonDocument.Parse(json, Options);
                    Walk(doc.RootElement, articles, others, pageTitle, depth: 0);
                }
                catch (JsonException)
                {
                    // A broken JSON-LD block is common and says nothing about the article; the page's other metadata still counts.
                }
            }
            var all = articles.Concat(others).ToList();
            return new JsonLd(
                all.Select(x => x.DatePublished).FirstOrDefault(v => v is not null),
                articles.Select(x => x.Headline).FirstOrDefault(v => v is not null),
                articles.Select(x => x.Url).FirstOrDefault(v => v is not null),
                all.Select(x => x.PublisherName).FirstOrDefault(v => v is not null),
                articles.Select(x => x.Author).FirstOrDefault(v => v is not null),
                articles.Select(x => x.DatePublished).FirstOrDefault(v => v is not null));
        }

        private static void Walk(JsonElement element, List<JsonLd> articles, List<JsonLd> others, string? pageTitle, int depth)
        {
            if (depth > 8)
                return;
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                    Walk(item, articles, others, pageTitle, depth + 1);
                return;
            }
            if (element.ValueKind != JsonValueKind.Object)
                return;

            var isArticle = IsArticleType(element);
            var item2 = new JsonLd(
                String(element, "datePublished"),
                HeadlineOf(element, isArticle, pageTitle),
                String(element, "url") ?? IdOf(element, "mainEntityOfPage"),
                element.TryGetProperty("publisher", out var publisher) ? String(publisher, "name") : null,
                element.TryGetProperty("author", out var author) ? AuthorNames(author) : null);
            if (item2 != new JsonLd(null, null, null, null))
                (isArticle ? articles : others).Add(item2);

            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && property.Name is not ("publisher" or "author"))
                    Walk(property.Value, articles, others, pageTitle, depth + 1);
            }
        }

        /// <summary>An article's headline, or its name when the page's &lt;title&gt; opens with it (some sites put
        /// a one-line description in "headline").</summary>
        private static string? HeadlineOf(JsonElement element, bool isArticle, string? pageTitle)
        {
            var headline = String(element, "headline");
            var name = isArticle ? String(element, "name") : null;
            if (headline is null || name is null || string.IsNullOrEmpty(pageTitle))
                return headline ?? name;
            var title = Key(pageTitle);
            return !title.Contains(Key(headline), StringComparison.Ordinal) && title.StartsWith(Key(name), StringComparison.Ordinal) ? name : headline;
        }

        /// <summary>"Jane Roe", {"name": "Jane Roe"} or a list of either, joined with ", ".</summary>
        private static string? AuthorNames(JsonElement author)
        {
            var names = (author.ValueKind == JsonValueKind.Array ? author.EnumerateArray() : (IEnumerable<JsonElement>)[author])
                .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : String(a, "name"))
                .Where(n => !string.IsNullOrWhiteSpace(n) && !LooksLikeUrl(n!))
                .Select(n => n!.Trim())
                .ToList();
            return names.Count == 0 ? null : string.Join(", ", names);
        }

        private static bool IsArticleType(JsonElement element)
        {
            if (!element.TryGetProperty("@type", out var type))
                return false;
            var names = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
                : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
            return names.Any(n => n.Contains("Article", StringComparison.OrdinalIgnoreCase)
                || n.Contains("Posting", StringComparison.OrdinalIgnoreCase)
                || n.Contains("Report", StringComparison.OrdinalIgnoreCase));
        }

        private static string? String(JsonElement element, string name)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
                return null;
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
                _ => null,
            };
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        private static string? IdOf(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value))
                return null;
            return value.ValueKind == JsonValueKind.String ? value.GetString() : String(value, "@id");
        }
    }
}
