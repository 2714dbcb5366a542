using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsExtract.Lexicons;

namespace NewsExtract.Ingestion;

/// <summary>What was read from an HTML page: the article's lines (one block a line) and its metadata.</summary>
/// <remarks><see cref="Title"/> is the title the page declares (a site name in it included); the text leads with
/// <see cref="Headline"/>, the printed headline without the site name.</remarks>
public sealed record HtmlExtraction(IReadOnlyList<string> Lines, string? Title, DateOnly? Published, string? Url, string? SiteName,
    string? Byline = null, string? Headline = null)
{
    /// <summary>The lines joined with <c>\n</c>.</summary>
    public string Text => string.Join('\n', Lines);
}

/// <summary>Finds the article in an HTML page, readability-style, and reads its metadata.</summary>
/// <remarks>
/// Steps: read metadata (before anything is removed); drop scripts, forms, navigation, hidden and
/// furniture elements (by tag, role and class/id hints); turn <c>&lt;br&gt;&lt;br&gt;</c> runs into
/// paragraphs; score paragraph-like blocks (length, commas) into their ancestors; pick the best candidate
/// (scaled by link density), widen it to a common ancestor when the text is split across siblings, add
/// qualifying siblings; then write headings, paragraphs and list items one a line, skipping link-heavy
/// blocks. The title leads the text unless the body already starts with it. Immutable and thread-safe;
/// the lexicons are loaded once per instance.
/// </remarks>
public sealed partial class HtmlArticleExtractor
{
    private const int MinParagraphLength = 25;

    private static readonly HashSet<string> JunkTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video", "audio",
        "button", "input", "select", "textarea", "option", "label", "dialog", "map", "link", "meta", "img", "picture",
        "source", "figcaption",
    };

    // Removed unless they hold the article (some CMSs wrap the whole page in a <form> or a <header>).
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "nav", "header", "footer", "aside", "form", "menu",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
    };

    internal static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "ul", "caption", "body", "html",
    };

    // A block this short that opens with a prompt ("Read more", "Sign up") or repeats elsewhere on the page is furniture.
    private const int MaxBoilerplateBlockLength = 160;

    // Scripting off: <noscript> content is markup. Comments and raw text (<style>, <xmp>) are dropped anyway, and no
    // one asks where an element was: on a large page tracking positions and keeping those tokens is a fifth of the parse.
    // Only the attributes something here reads are kept (real pages carry many data-*, srcset and event attributes).
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        SkipComments = true,
        SkipRawText = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = static (ref _, name) => IsReadAttribute(name.Span),
    };

    private static readonly string[] ReadAttributes =
    [
        "class", "id", "style", "hidden", "aria-hidden", "role", "itemprop", "href", "rel", "content", "name", "property",
        "datetime", "pubdate", "type",
    ];

    private static bool IsReadAttribute(ReadOnlySpan<char> name)
    {
        foreach (var read in ReadAttributes)
        {
            if (name.Equals(read, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private readonly ClassHints _hints;
    private readonly string[] _prompts;

    public HtmlArticleExtractor()
        : this(Lexicon.Load("html_hints"), Lexicon.Load("html_prompts"))
    {
    }

    public HtmlArticleExtractor(Lexicon hints)
        : this(hints, Lexicon.Load("html_prompts"))
    {
    }

    public HtmlArticleExtractor(Lexicon hints, Lexicon prompts)
    {
        ArgumentNullException.ThrowIfNull(hints);
        ArgumentNullException.ThrowIfNull(prompts);
        _hints = new ClassHints(hints);
        _prompts = prompts.Keys.Select(k => k.ToLowerInvariant()).OrderByDescending(k => k.Length).ToArray();
    }

    public HtmlExtraction Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser(ParserOptions).ParseDocument(html);
        var metadata = PageMetadata.Read(document);
        var body = document.Body;
        if (body is null)
            return new HtmlExtraction([], metadata.Title, metadata.Published, metadata.Url, metadata.SiteName, metadata.Byline, metadata.Headline);

        var hints = new HintCache(_hints);
        var elements = RemoveJunk(body);
        // Before furniture is judged: text in <br> runs is paragraphs, and a block holding them may be the article.
        ParagraphsFromBreaks(body);
        // Measured once: the passes below ask for the text of every candidate and its ancestors. Removing furniture
        // tells the measures which ancestors changed.
        var stats = new TextStats(elements);
        var repeated = RepeatedBlocks(body, stats); // before furniture goes: a prompt's other copy is often in a sidebar
        RemoveFurniture(body, new Page(stats, hints, RepeatedTexts.None, []));
        var page = new Page(stats, hints, repeated, _prompts);
        var roots = ChooseContent(body, page);

        var writer = new LineWriter();
        foreach (var root in roots)
            Render(root, writer, page, isRoot: true);
        var lines = writer.Finish();

        if (metadata.Headline is { } headline)
            lines = PutTitleFirst(lines, headline);
        return new HtmlExtraction(lines, metadata.Title, metadata.Published, metadata.Url, metadata.SiteName, metadata.Byline, metadata.Headline);
    }

    // ---- cleaning the DOM ----

    /// <summary>Removes comments, junk tags and hidden elements; returns how many elements are left below the body.</summary>
    private static int RemoveJunk(IElement body)
    {
        UnwrapDeferredProse(body);
        // One walk: a removed node's subtree is not visited. Children are read by index, last first, so a removal
        // does not move those still to come (AngleSharp finds a node's next sibling by searching its parent's list,
        // which is quadratic over a parent of many children).
        var pending = new Stack<INode>();
        pending.Push(body);
        var kept = 0;
        while (pending.Count > 0)
        {
            var children = pending.Pop().ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                var child = children[i];
                if (child is IComment || (child is IElement element && (JunkTags.Contains(element.LocalName) || IsHidden(element))))
                    child.RemoveFromParent();
                else if (child is IElement)
                {
                    pending.Push(child);
                    kept++;
                }
            }
        }
        return kept;
    }

    private static void RemoveFurniture(IElement body, Page page)
    {
        // Document order, skipping the subtree of a removed element: a subtree is measured before anything in it is removed.
        var totalParagraphText = page.Stats.ParagraphLength(body);
        var pending = new Stack<IElement>();
        ElementWalk.PushChildren(pending, body);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (element.LocalName is not ("article" or "main" or "body") && LooksLikeFurniture(element, page)
                && !HoldsArticle(element, totalParagraphText, page)
                // a class or id name is weak evidence: "sharing-with-a-developer" can be a section's slug
                && (IsFurnitureTag(element) || !HoldsProse(element, page)))
            {
                page.Stats.Forget(element);
                element.Remove();
                continue;
            }
            ElementWalk.PushChildren(pending, element);
        }
    }

    private static bool LooksLikeFurniture(IElement element, Page page)
    {
        if (FurnitureTags.Contains(element.LocalName))
            return true;
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()))
            return true;
        var hint = page.Hint(element);
        if (hint.Strong || (hint.Negative && !hint.Positive))
            return true;
        // "entry-meta", "post-date": a positive word does not save a short byline block.
        return hint.Negative && page.Stats.Length(element) < 200 && !page.Stats.HasParagraph(element);
    }

    private static bool HoldsArticle(IElement element, int totalParagraphText, Page page)
    {
        if (page.Stats.HoldsArticleMark(element))
            return true;
        // A comment thread can outweigh a short article, so only a block of page furniture by tag or
        // layout (not by a "comment" hint) is protected by its share of the text.
        return totalParagraphText > 0 && page.Stats.ParagraphLength(element) * 2 > totalParagraphText
            && !CommentLike().IsMatch(Names(element));
    }

    /// <summary>Puts the content of a &lt;template&gt; or &lt;noscript&gt; in its place when it holds prose: pages that
    /// render the article with script keep it there (a lazy-load wrapper's fallback, an app shell's template).
    /// Others (an image fallback, a "turn on JavaScript" notice) go with the junk.</summary>
    private static void UnwrapDeferredProse(IElement body)
    {
        foreach (var element in ElementWalk.Below(body).Where(e => e.LocalName is "template" or "noscript").ToList())
        {
            if (element.ParentElement is not { } parent)
                continue;
            var content = element is IHtmlTemplateElement template ? template.Content : null;
            var paragraphs = content is null
                ? element.QuerySelectorAll("p").Select(p => p.TextContent)
                : content.QuerySelectorAll("p").Select(p => p.TextContent);
            var prose = paragraphs.Select(Collapse).Where(p => p.Length >= MinParagraphLength).ToList();
            if (prose.Count < 2 || prose.Sum(p => p.Length) < 200)
                continue;
            if (content is not null)
            {
                parent.InsertBefore(content, element);
            }
            else
            {
                foreach (var child in element.ChildNodes.ToList())
                    parent.InsertBefore(child, element);
            }
            element.Remove();
        }
    }

    private static bool IsFurnitureTag(IElement element) =>
        FurnitureTags.Contains(element.LocalName)
        || (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()));

    /// <summary>Enough low-link paragraph text to be part of the article whatever its name says (comment threads aside).</summary>
    private static bool HoldsProse(IElement element, Page page)
    {
        if (CommentLike().IsMatch(Names(element)))
            return false;
        return IsProse(element, page.Stats) && page.Stats.LinkDensity(element) < 0.35;
    }

    // A newsletter prompt or a share bar is one short sentence at most; two sentences and 200 characters are body.
    private static bool IsProse(IElement element, TextStats stats) =>
        stats.ProseLength(element) is var length && (length >= 300 || (length >= 200 && SentenceCount(element) >= 2));

    private static int SentenceCount(IElement element) => SentenceBreak().Count(element.TextContent);

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
            return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            return true;
        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    private static readonly HashSet<string> BreakContainers = new(StringComparer.Ordinal)
    {
        "td", "div", "section", "article", "font", "span", "center", "blockquote",
    };

    /// <summary>Wraps inline runs separated by two or more &lt;br&gt; in paragraphs, as old table layouts write them.</summary>
    private static void ParagraphsFromBreaks(IElement body)
    {
        var document = body.Owner!;
        foreach (var element in ElementWalk.Below(body).Where(e => BreakContainers.Contains(e.LocalName)).ToList())
        {
            if (!HasBreakChild(element))
                continue;
            var children = element.ChildNodes.ToList();
            if (!HasBreakRun(children))
                continue;

            var group = new List<INode>();
            void Flush(INode? before)
            {
                if (group.Any(n => n.TextContent.Trim().Length > 0) && group.All(IsInline))
                {
                    var p = document.CreateElement("p");
                    if (before is null)
                        element.AppendChild(p);
                    else
                        element.InsertBefore(p, before);
                    foreach (var node in group)
                        p.AppendChild(node);
                }
                group.Clear();
            }

            for (var i = 0; i < children.Count; i++)
            {
                var node = children[i];
                if (node is IElement { LocalName: "br" } && NextBreak(children, i) is { } next)
                {
                    Flush(node);
                    for (var j = i; j <= next; j++)
                        children[j].RemoveFromParent();
                    i = next;
                    while (i + 1 < children.Count && children[i + 1] is IElement { LocalName: "br" })
                        children[++i].RemoveFromParent();
                    continue;
                }
                if (node is IElement e && !IsInline(e))
                {
                    Flush(node);
                    continue;
                }
                group.Add(node);
            }
            Flush(null);
        }
    }

    private static bool HasBreakChild(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement { LocalName: "br" })
                return true;
        }
        return false;
    }

    private static bool HasBreakRun(List<INode> children)
    {
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is IElement { LocalName: "br" } && NextBreak(children, i) is not null)
                return true;
        }
        return false;
    }

    /// <summary>The index of a second &lt;br&gt; after <paramref name="i"/> with only whitespace between, or null.</summary>
    private static int? NextBreak(List<INode> children, int i)
    {
        for (var j = i + 1; j < children.Count; j++)
        {
            if (children[j] is IElement { LocalName: "br" })
                return j;
            if (children[j] is IText t && string.IsNullOrWhiteSpace(t.Data))
                continue;
            return null;
        }
        return null;
    }

    private static bool IsInline(INode node) => node switch
    {
        IElement e => !BlockTags.Contains(e.LocalName) && e.Children.All(c => IsInline(c)),
        _ => true,
    };

    /// <summary>Texts of short paragraph-like blocks that occur more than once on the page (a newsletter prompt at the top
    /// and the bottom, a "follow us" line after each section); none when many repeat (a page that carries its article
    /// twice, as some do for two layouts: a long paragraph repeats, or half the blocks do).</summary>
    private static RepeatedTexts RepeatedBlocks(IElement body, TextStats stats)
    {
        // Blocks are grouped by length and text hash; only the texts of blocks that share both are read and compared.
        var blocks = new List<(IElement Element, TextKey Key)>();
        var sameKey = new Dictionary<TextKey, int>();
        foreach (var element in ElementWalk.Below(body))
        {
            var length = IsParagraphLike(element, stats) ? stats.Length(element) : 0;
            if (length < MinParagraphLength)
                continue;
            var key = new TextKey(length, stats.Hash(element));
            blocks.Add((element, key));
            sameKey[key] = sameKey.GetValueOrDefault(key) + 1;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (element, key) in blocks)
        {
            if (sameKey[key] < 2)
                continue;
            var text = Collapse(element.TextContent);
            counts[text] = counts.GetValueOrDefault(text) + 1;
        }
        var repeated = counts.Where(kv => kv.Value > 1).ToList();
        var twice = repeated.Any(kv => kv.Key.Length > MaxBoilerplateBlockLength) || repeated.Sum(kv => kv.Value) * 2 > blocks.Count;
        return twice ? RepeatedTexts.None : new RepeatedTexts(repeated.Select(kv => kv.Key));
    }

    // ---- choosing the article ----

    private static List<IElement> ChooseContent(IElement body, Page page)
    {
        var stats = page.Stats;
        var scores = new Dictionary<IElement, double>();
        foreach (var element in ElementWalk.Below(body))
        {
            if (!IsParagraphLike(element, stats))
                continue;
            var length = stats.Length(element);
            if (length < MinParagraphLength)
                continue;
            var score = 1.0 + stats.Commas(element) + Math.Min(length / 100, 3);
            var level = 0;
            for (var ancestor = element.ParentElement; ancestor is not null && level < 3; ancestor = ancestor.ParentElement, level++)
            {
                if (ancestor.LocalName == "html")
                    break;
                if (!scores.ContainsKey(ancestor))
                    scores[ancestor] = InitialScore(ancestor, page);
                scores[ancestor] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        if (scores.Count == 0)
            return [body];

        foreach (var candidate in scores.Keys.ToList())
            scores[candidate] *= 1 - stats.LinkDensity(candidate);

        var ranked = scores.OrderByDescending(kv => kv.Value).Take(5).ToList();
        var top = ranked[0].Key;
        var topScore = ranked[0].Value;

        // Text split over sibling blocks (chunks between inline ads): widen to the block holding most of them.
        var alternatives = ranked.Skip(1).Where(kv => kv.Value >= 0.75 * topScore).Select(kv => kv.Key).ToList();
        if (alternatives.Count >= 3)
        {
            for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
            {
                if (alternatives.Count(a => ancestor.Contains(a)) >= 3)
                {
                    top = ancestor;
                    break;
                }
            }
        }

        // Climb while a parent scores higher: the paragraphs' container is often one level down from the article.
        var lastScore = scores.GetValueOrDefault(top);
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body && parent.LocalName != "html"; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var parentScore))
                continue;
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore)
            {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }

        while (top.ParentElement is { } only && only != body && only.LocalName != "html" && only.Children.Length == 1)
            top = only;
        return WithSiblings(top, scores, stats);
    }

    private static List<IElement> WithSiblings(IElement top, Dictionary<IElement, double> scores, TextStats stats)
    {
        var parent = top.ParentElement;
        if (parent is null || top.LocalName == "body")
            return [top];

        var topScore = scores.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.ClassName ?? string.Empty;
        var siblings = parent.Children.ToList();
        var included = new bool[siblings.Count];
        for (var i = 0; i < siblings.Count; i++)
        {
            var sibling = siblings[i];
            if (sibling == top)
            {
                included[i] = true;
                continue;
            }
            var bonus = topClass.Length > 0 && sibling.ClassName == topClass ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                included[i] = true;
                continue;
            }
            if (sibling.LocalName is "p" or "ul" or "ol" or "blockquote" || (sibling.LocalName == "div" && IsParagraphLike(sibling, stats)))
            {
                var text = Collapse(sibling.TextContent);
                var density = stats.LinkDensity(sibling);
                included[i] = (text.Length > 80 && density < 0.25)
                    || (text.Length > 0 && density == 0 && SentenceEnd().IsMatch(text));
            }
        }

        // A subheading between included blocks belongs with them. Whether a block before it is included is counted
        // once, not read again for each subheading (the square of a long page's length).
        var includedBefore = new bool[siblings.Count];
        for (var i = 1; i < siblings.Count; i++)
            includedBefore[i] = includedBefore[i - 1] || included[i - 1];
        for (var i = siblings.Count - 2; i >= 0; i--)
        {
            if (!included[i] && siblings[i].LocalName is "h2" or "h3" or "h4" or "h5" or "h6" && included[i + 1] && includedBefore[i])
                included[i] = true;
        }
        return siblings.Where((_, i) => included[i]).ToList();
    }

    private static double InitialScore(IElement element, Page page)
    {
        var score = element.LocalName switch
        {
            "div" => 5,
            "article" => 10,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (TextStats.IsArticleBody(element))
            score += 25;
        return score + page.Hint(element).Weight;
    }

    /// <summary>A paragraph, or a block of inline content only (text in a &lt;div&gt; with no paragraph tags).</summary>
    private static bool IsParagraphLike(IElement element, TextStats stats) => element.LocalName switch
    {
        "p" or "pre" => true,
        "td" or "div" or "section" or "article" or "blockquote" or "dd" or "font" or "center" => stats.InlineOnly(element),
        _ => false,
    };

    private static string Names(IElement element) =>
        $"{element.GetAttribute("class")} {element.GetAttribute("id")}";

    // ---- writing lines ----

    private static void Render(INode node, LineWriter writer, Page page, bool isRoot = false)
    {
        switch (node)
        {
            case IText text:
                writer.Text(text.Data);
                return;
            case IElement element:
                RenderElement(element, writer, page, isRoot);
                return;
        }
    }

    private static void RenderElement(IElement element, LineWriter writer, Page page, bool isRoot)
    {
        var tag = element.LocalName;
        if (tag == "br")
        {
            writer.Break();
            return;
        }
        if (!isRoot && IsLinkClutter(element, page))
            return;
        if (IsBoilerplateBlock(element, page))
            return;
        if (tag == "pre")
        {
            writer.Break();
            foreach (var line in element.TextContent.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                writer.Text(line);
                writer.Break();
            }
            return;
        }
        if (tag == "tr")
        {
            RenderRow(element, writer, page);
            return;
        }

        var block = BlockTags.Contains(tag);
        if (block)
            writer.Break();
        foreach (var child in element.ChildNodes)
            Render(child, writer, page);
        if (block)
            writer.Break();
    }

    private static void RenderRow(IElement row, LineWriter writer, Page page)
    {
        var cells = row.Children.Where(c => c.LocalName is "td" or "th").ToList();
        writer.Break();
        if (cells.All(c => c.Children.All(IsInline)))
        {
            var first = true;
            foreach (var cell in cells)
            {
                var text = Collapse(cell.TextContent);
                if (text.Length == 0)
                    continue;
                if (!first)
                    writer.Text(" | ");
                writer.Text(text);
                first = false;
            }
        }
        else
        {
            foreach (var cell in cells)
                RenderElement(cell, writer, page, isRoot: false);
        }
        writer.Break();
    }

    /// <summary>Blocks inside the article that are mostly links ("Read more: ...", link lists, tag clouds).</summary>
    private static bool IsLinkClutter(IElement element, Page page)
    {
        var stats = page.Stats;
        var tag = element.LocalName;
        if (tag is "p" or "li" or "dd" || IsParagraphLike(element, stats) && tag is "div" or "section")
        {
            var length = stats.Length(element);
            return tag != "li" && length > 0 && length < 250 && stats.LinkDensity(element) > 0.7;
        }
        if (tag is "div" or "section" or "ul" or "ol" or "table" or "dl" or "figure")
        {
            var density = stats.LinkDensity(element);
            // Enough prose is body (a section opening with its table of contents), whatever its name.
            if (density < 0.35 && IsProse(element, stats))
                return false;
            if (page.Hint(element).IsFurniture)
                return true;
            return stats.Commas(element) < 10 && density > 0.33;
        }
        return false;
    }

    /// <summary>A short paragraph that repeats elsewhere on the page, or a short (or link-heavy) one that opens with a
    /// prompt to go elsewhere ("Read more:", "Sign up for ...", "Related"): found by shape and wording, without class names.</summary>
    private static bool IsBoilerplateBlock(IElement element, Page page)
    {
        if (!IsParagraphLike(element, page.Stats) && element.LocalName is not ("li" or "dd"))
            return false;
        var length = page.Stats.Length(element);
        if (length == 0 || (length > MaxBoilerplateBlockLength && page.Stats.LinkDensity(element) <= 0.3))
            return false;
        if (page.Repeated.Contains(element, length, page.Stats))
            return true;
        // Only the text's start is read: enough for the longest prompt and the character after it.
        var start = PromptStart(element, page.LongestPrompt + 1);
        foreach (var prompt in page.Prompts)
        {
            if (start.StartsWith(prompt, StringComparison.Ordinal) && (start.Length == prompt.Length || !char.IsLetter(start[prompt.Length])))
                return true;
        }
        return false;
    }

    /// <summary>Marks that may lead a prompt ("» Read more", "- Sign up", "[Related]").</summary>
    private static readonly SearchValues<char> PromptMarks = SearchValues.Create(" \u2022\u00bb\u203a>-\u2013\u2014*[(|");

    /// <summary>The first <paramref name="count"/> characters (fewer if the text is shorter) of the element's collapsed
    /// text, leading marks (<see cref="PromptMarks"/>) dropped, lower-cased: as the same cut of the whole collapsed
    /// text, marks trimmed, would be.</summary>
    private static string PromptStart(IElement element, int count)
    {
        var builder = new StringBuilder(count);
        var pendingSpace = false;
        Append(element);
        if (builder.Length > count)
            builder.Length = count;
        return builder.ToString().ToLowerInvariant();

        // Text nodes in document order until the count is reached (recursing as deep as TextStats does).
        bool Append(INode node)
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IText text ? !AppendText(text.Data) : !Append(children[i]))
                    return false;
            }
            return true;
        }

        // False once the count is reached.
        bool AppendText(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }
                if (builder.Length == 0 && PromptMarks.Contains(c))
                    continue;
                if (pendingSpace)
                    builder.Append(' ');
                pendingSpace = false;
                if (builder.Length >= count)
                    return false;
                builder.Append(c);
            }
            return true;
        }
    }

    private static List<string> PutTitleFirst(List<string> lines, string title)
    {
        var key = TitleKey(title);
        var result = new List<string>(lines.Count + 1) { title };
        for (var i = 0; i < lines.Count; i++)
        {
            // The headline repeated near the top (after a kicker or byline) is the same line.
            if (i < 5 && TitleKey(lines[i]) == key)
                continue;
            result.Add(lines[i]);
        }
        if (lines.Count > 0 && TitleKey(lines[0]) == key)
            result[0] = lines[0]; // keep the body's own wording when it leads with the headline
        return result;
    }

    private static string TitleKey(string text) => Collapse(MatchText.Fold(text)).TrimEnd('.').ToLowerInvariant();

    // ---- measuring ----

    /// <summary>Whitespace runs as one space, none at the ends (as <c>Regex.Replace(text, @"\s+", " ").Trim()</c>).</summary>
    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"comment|disqus|repl(?:y|ies)|respond|discussion", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentLike();

    [GeneratedRegex(@"[.!?][""'\u201D\u2019)]?(?:\s|$)")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[.!?][""'\u201D\u2019)]?$")]
    private static partial Regex SentenceEnd();

    /// <summary>What the passes over one page share: its text measures, its class-name hints, the texts repeated on it
    /// and the prompts (longest first).</summary>
    private sealed record Page(TextStats Stats, HintCache Hints, RepeatedTexts Repeated, string[] Prompts)
    {
        public int LongestPrompt { get; } = Prompts.Length == 0 ? 0 : Prompts.Max(p => p.Length);

        public HintMatch Hint(IElement element) => Hints.Match(element);
    }

    /// <summary>Hints by class and id name, each attribute value and each name looked up once per page (pages repeat
    /// class attributes by the thousand; ids are unique but short).</summary>
    private sealed class HintCache(ClassHints hints)
    {
        private readonly Dictionary<string, HintMatch> _names = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HintMatch> _values = new(StringComparer.Ordinal);

        /// <summary>What the element's class and id say together.</summary>
        public HintMatch Match(IElement element) => Value(element.GetAttribute("class")).Or(Value(element.GetAttribute("id")));

        private HintMatch Value(string? value)
        {
            if (string.IsNullOrEmpty(value))
                return default;
            if (_values.TryGetValue(value, out var cached))
                return cached;
            var match = default(HintMatch);
            foreach (var name in ClassHints.Names(value))
            {
                if (!_names.TryGetValue(name, out var one))
                {
                    one = hints.MatchName(name);
                    _names[name] = one;
                }
                match = match.Or(one);
            }
            _values[value] = match;
            return match;
        }
    }

    /// <summary>Collects text into lines: whitespace collapsed, one line per block.</summary>
    private sealed class LineWriter
    {
        private readonly List<string> _lines = [];
        private readonly StringBuilder _current = new();

        public void Text(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (_current.Length > 0 && _current[^1] != ' ')
                        _current.Append(' ');
                }
                else
                {
                    _current.Append(c);
                }
            }
        }

        public void Break()
        {
            var line = _current.ToString().Trim();
            _current.Clear();
            if (line.Length > 0)
                _lines.Add(line);
        }

        public List<string> Finish()
        {
            Break();
            return _lines;
        }
    }
}
