using AngleSharp.Dom;

namespace NewsExtract.Ingestion;

/// <summary>Text measures of the elements of one DOM (collapsed text length, commas, link text, paragraph text),
/// each element's from its children's, so a page is measured once instead of once per ancestor.</summary>
/// <remarks>
/// Filled lazily and cached: a measure is valid until the element's subtree changes, so the extractor takes a new
/// instance after a pass that edits the DOM, or calls <see cref="Forget"/> before it removes an element. The lengths equal those of <see cref="HtmlArticleExtractor.Collapse"/>
/// over <c>TextContent</c> (whitespace runs count as one space, none at the ends). Not thread-safe: one per page.
/// </remarks>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, Measure> _cache;

    /// <param name="capacity">About how many elements will be measured: a large page's table is sized once instead of
    /// growing through copies of itself.</param>
    public TextStats(int capacity = 0)
    {
        _cache = new Dictionary<IElement, Measure>(capacity, ReferenceEqualityComparer.Instance);
    }

    /// <summary>Length of the element's text with whitespace collapsed and trimmed.</summary>
    public int Length(IElement element) => Get(element).Text.Length;

    /// <summary>A hash of the element's collapsed text: equal texts have equal hashes, so texts need only be read and
    /// compared when their lengths and hashes agree.</summary>
    public ulong Hash(IElement element) => Get(element).Text.Hash;

    /// <summary>The <see cref="Hash"/> of a text that is already collapsed.</summary>
    public static ulong HashOf(string collapsed) => Span.Of(collapsed).Hash;

    /// <summary>Commas (Latin, full-width and ideographic) in the element's text.</summary>
    public int Commas(IElement element) => Get(element).Commas;

    /// <summary>Text in links over all text, in-page links ("#...") counting 0.3; 0 for an empty element.</summary>
    public double LinkDensity(IElement element)
    {
        var measure = Get(element);
        return measure.Text.Length == 0 ? 0 : Math.Min(1, measure.LinkText / measure.Text.Length);
    }

    /// <summary>Collapsed text length of the paragraph-like descendants, summed: &lt;p&gt; and &lt;pre&gt;, and blocks of
    /// inline content only (text in &lt;div&gt;s without paragraph tags is paragraphs too).</summary>
    public int ParagraphLength(IElement element) => Get(element).Paragraphs;

    /// <summary>Paragraph-like text outside list items and figures inside the element (cards and captions, not prose);
    /// 0 for a list item or figure itself.</summary>
    public int ProseLength(IElement element) => IsCard(element) ? 0 : Get(element).Prose;

    /// <summary>Whether every child element is inline (not a block, with inline children only).</summary>
    public bool InlineOnly(IElement element) => Get(element).InlineOnly;

    /// <summary>Whether some descendant is a &lt;p&gt;.</summary>
    public bool HasParagraph(IElement element) => Get(element).HasParagraph;

    /// <summary>Whether some descendant is marked as the article (article, main, itemprop=articleBody, role=main).</summary>
    public bool HoldsArticleMark(IElement element) => Get(element).HasArticleMark;

    /// <summary>Drops the measures that include <paramref name="element"/> (its ancestors'), before it is removed.</summary>
    public void Forget(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null && _cache.Remove(ancestor); ancestor = ancestor.ParentElement)
        {
        }
    }

    private Measure Get(IElement element)
    {
        if (_cache.TryGetValue(element, out var cached))
            return cached;
        var text = Span.Empty;
        int commas = 0, paragraphs = 0, prose = 0;
        double links = 0;
        bool hasParagraph = false, hasArticle = false, inlineOnly = true;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is IText t)
            {
                text = Span.Concat(text, Span.Of(t.Data));
                commas += CountCommas(t.Data);
                continue;
            }
            if (node is not IElement child)
                continue;
            var m = Get(child);
            text = Span.Concat(text, m.Text);
            commas += m.Commas;
            links += m.LinkText + (child.LocalName == "a" ? m.Text.Length * LinkWeight(child) : 0);
            var isParagraph = child.LocalName == "p";
            var paragraphText = isParagraph || child.LocalName == "pre" || (m.InlineOnly && LeafBlocks.Contains(child.LocalName)) ? m.Text.Length : 0;
            paragraphs += m.Paragraphs + paragraphText;
            if (!IsCard(child))
                prose += m.Prose + paragraphText;
            hasParagraph |= isParagraph || m.HasParagraph;
            inlineOnly &= m.InlineOnly && !HtmlArticleExtractor.BlockTags.Contains(child.LocalName);
            hasArticle |= m.HasArticleMark || (child.Attributes.Length > 0 || child.LocalName is "article" or "main") && IsArticleMark(child);
        }
        var measure = new Measure(text, commas, links, paragraphs, prose, hasParagraph, hasArticle, inlineOnly);
        _cache[element] = measure;
        return measure;
    }

    // Blocks that are a paragraph when they hold inline content only (as the extractor's paragraph-like blocks).
    private static readonly HashSet<string> LeafBlocks = new(StringComparer.Ordinal)
    {
        "td", "div", "section", "article", "blockquote", "dd", "font", "center",
    };

    /// <summary>Marked as the article's body: <c>itemprop</c> lists <c>articleBody</c> among its names.</summary>
    public static bool IsArticleBody(IElement element) =>
        element.GetAttribute("itemprop") is { } names
        && names.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Contains("articleBody", StringComparer.OrdinalIgnoreCase);

    private static bool IsCard(IElement element) => element.LocalName is "li" or "figure";

    private static double LinkWeight(IElement a) => (a.GetAttribute("href") ?? string.Empty).StartsWith('#') ? 0.3 : 1.0;

    private static bool IsArticleMark(IElement element) =>
        element.LocalName is "article" or "main"
        || IsArticleBody(element)
        || element.GetAttribute("role") == "main";

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '\uFF0C' or '\u3001')
                count++;
        }
        return count;
    }

    private readonly record struct Measure(
        Span Text, int Commas, double LinkText, int Paragraphs, int Prose, bool HasParagraph, bool HasArticleMark, bool InlineOnly);

    /// <summary>A piece of text as whitespace collapsing sees it: its collapsed, trimmed length and whether it starts or
    /// ends with whitespace (for a piece of whitespace only, both say whether it has any), and a polynomial hash of the
    /// collapsed text (<see cref="Hash"/> = sum of c[i]·B^(n-1-i) mod 2^64, <see cref="Power"/> = B^n). Concatenation is
    /// associative, so a subtree's span is its children's spans concatenated.</summary>
    private readonly record struct Span(bool HasText, int Core, bool Lead, bool Trail, ulong Hash, ulong Power)
    {
        private const ulong Base = 1_000_003;

        public static readonly Span Empty = new(false, 0, false, false, 0, 1);

        public int Length => HasText ? Core : 0;

        public static Span Of(string text)
        {
            var core = 0;
            ulong hash = 0, power = 1;
            bool seen = false, pendingSpace = false, lead = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (seen)
                        pendingSpace = true;
                    else
                        lead = true;
                    continue;
                }
                if (pendingSpace)
                {
                    core++;
                    hash = hash * Base + ' ';
                    power *= Base;
                }
                pendingSpace = false;
                seen = true;
                core++;
                hash = hash * Base + c;
                power *= Base;
            }
            return seen ? new Span(true, core, lead, pendingSpace, hash, power) : new Span(false, 0, lead, lead, 0, 1);
        }

        public static Span Concat(Span a, Span b)
        {
            if (!a.HasText)
                return new Span(b.HasText, b.Core, a.Lead || b.Lead, b.HasText ? b.Trail : a.Trail || b.Trail, b.Hash, b.Power);
            if (!b.HasText)
                return new Span(true, a.Core, a.Lead, a.Trail || b.Lead, a.Hash, a.Power);
            if (a.Trail || b.Lead)
                return new Span(true, a.Core + b.Core + 1, a.Lead, b.Trail, ((a.Hash * Base) + ' ') * b.Power + b.Hash, a.Power * Base * b.Power);
            return new Span(true, a.Core + b.Core, a.Lead, b.Trail, a.Hash * b.Power + b.Hash, a.Power * b.Power);
        }
    }
}
