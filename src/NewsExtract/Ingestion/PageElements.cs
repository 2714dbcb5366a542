using AngleSharp.Dom;

namespace NewsExtract.Ingestion;

/// <summary>The elements of a page that its metadata is read from, found in one walk over the document (a selector
/// pass per kind walked a large page a dozen times). Each list is in document order, as the selector in its comment
/// would return it.</summary>
internal sealed class PageElements
{
    /// <summary><c>meta</c></summary>
    public List<IElement> Metas { get; } = [];

    /// <summary><c>link[rel='canonical']</c>, the first (HTML compares <c>rel</c> ignoring case).</summary>
    public IElement? Canonical { get; private set; }

    /// <summary><c>script[type='application/ld+json']</c> (HTML compares <c>type</c> ignoring case).</summary>
    public List<IElement> JsonLdScripts { get; } = [];

    /// <summary><c>[itemprop='datePublished']</c></summary>
    public List<IElement> DatePublished { get; } = [];

    /// <summary><c>time[pubdate]</c></summary>
    public List<IElement> PubdateTimes { get; } = [];

    /// <summary><c>time[datetime]</c></summary>
    public List<IElement> DatetimeTimes { get; } = [];

    /// <summary><c>h1</c></summary>
    public List<IElement> Headings { get; } = [];

    /// <summary><c>article h1, main h1, [itemprop='headline']</c>, the first.</summary>
    public IElement? MarkedHeadline { get; private set; }

    /// <summary>Elements with <c>rel="author"</c> or an <c>itemprop</c> listing "author".</summary>
    public List<IElement> AuthorMarked { get; } = [];

    /// <summary>Elements whose class or id names a byline or an author ("byline", "author", "writtenby" in the class).</summary>
    public List<IElement> AuthorNamed { get; } = [];

    /// <summary>Elements whose class or id names a date line ("dateline", "pubdate", "published", "timestamp", or the
    /// word "date"): where a page without a machine-readable date shows it.</summary>
    public List<IElement> DateNamed { get; } = [];

    /// <summary><c>article time[datetime], main time[datetime]</c></summary>
    public IEnumerable<IElement> DatetimeTimesInArticle => DatetimeTimes.Where(t => t.Closest("article, main") is not null);

    public static PageElements Of(IDocument document)
    {
        var found = new PageElements();
        if (document.DocumentElement is not { } root)
            return found;
        found.Add(root);
        foreach (var element in ElementWalk.Below(root))
            found.Add(element);
        return found;
    }

    private void Add(IElement element)
    {
        string? itemprop = null, rel = null, type = null, classes = null, id = null;
        bool pubdate = false, datetime = false;
        foreach (var attribute in element.Attributes)
        {
            switch (attribute.Name)
            {
                case "itemprop": itemprop = attribute.Value; break;
                case "rel": rel = attribute.Value; break;
                case "type": type = attribute.Value; break;
                case "class": classes = attribute.Value; break;
                case "id": id = attribute.Value; break;
                case "pubdate": pubdate = true; break;
                case "datetime": datetime = true; break;
            }
        }

        switch (element.LocalName)
        {
            case "meta":
                Metas.Add(element);
                break;
            case "link" when Canonical is null && string.Equals(rel, "canonical", StringComparison.OrdinalIgnoreCase):
                Canonical = element;
                break;
            case "script" when string.Equals(type, "application/ld+json", StringComparison.OrdinalIgnoreCase):
                JsonLdScripts.Add(element);
                break;
            case "time":
                if (pubdate)
                    PubdateTimes.Add(element);
                if (datetime)
                    DatetimeTimes.Add(element);
                break;
            case "h1":
                Headings.Add(element);
                if (MarkedHeadline is null && element.ParentElement?.Closest("article, main") is not null)
                    MarkedHeadline = element;
                break;
        }
        if (itemprop == "datePublished")
            DatePublished.Add(element);
        if (itemprop == "headline")
            MarkedHeadline ??= element;

        if (rel == "author" || HasToken(itemprop, "author"))
            AuthorMarked.Add(element);
        if (NamesDate(classes) || NamesDate(id))
            DateNamed.Add(element);
        if (Named(classes, "byline") || Named(id, "byline") || Named(classes, "author") || Named(id, "author") || Named(classes, "writtenby"))
            AuthorNamed.Add(element);
    }

    // "date" as a whole word of the class ("post-date", "date meta"), not inside "update" or "candidate".
    private static bool NamesDate(string? value) =>
        Named(value, "dateline") || Named(value, "pubdate") || Named(value, "published") || Named(value, "timestamp")
        || value is not null && value.Split((char[])[' ', '\t', '\n', '\r', '\f', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Contains("date", StringComparer.OrdinalIgnoreCase);

    private static bool Named(string? value, string part) => value is not null && value.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static bool HasToken(string? value, string token) =>
        value is not null && value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.Ordinal);
}
