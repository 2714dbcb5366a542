using AngleSharp.Dom;

namespace NewsExtract.Ingestion;

/// <summary>The texts of blocks repeated on a page, answered by key first so that a block's text is read only when a
/// repeated text has its length and hash.</summary>
internal sealed class RepeatedTexts
{
    public static readonly RepeatedTexts None = new([]);

    private readonly HashSet<string> _texts;
    private readonly HashSet<TextKey> _keys;

    public RepeatedTexts(IEnumerable<string> texts)
    {
        _texts = new HashSet<string>(texts, StringComparer.Ordinal);
        _keys = _texts.Select(t => new TextKey(t.Length, TextStats.HashOf(t))).ToHashSet();
    }

    /// <summary>Whether the element's collapsed text (of <paramref name="length"/> characters) is one of the texts.</summary>
    public bool Contains(IElement element, int length, TextStats stats) =>
        _keys.Contains(new TextKey(length, stats.Hash(element)))
        && _texts.Contains(HtmlArticleExtractor.Collapse(element.TextContent));
}
