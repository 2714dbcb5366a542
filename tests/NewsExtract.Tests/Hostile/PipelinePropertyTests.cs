using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Hostile;

/// <summary>Generated news-like text through ingestion, the tokenizer, the rule tagger and the extractors: nothing throws,
/// every offset maps back to its span, and the same input gives the same output.</summary>
public sealed class PipelinePropertyTests
{
    internal static readonly NewsPipeline Rules = PipelineFactory.CreateDefault();

    internal static readonly string[] Pieces =
    [
        "China", "Beijing", "the U.S.", "Wang Lei", "Ana Souza", "Ministry of Trade and Industry", "Kestrel Pricing", "said", "imposed", "export controls on",
        "gallium", "prices", "rose", "fell", "to", "per kilogram", "on Monday", "June 9", "in", "the", "talks", "minister",
        "12", "3.5", "2,850", "%", "$", "USD", "410", "40%", "$1.2 billion",
        ".", ",", ";", ":", "!", "?", "\"", "“", "”", "'s", "-", "—", "(", ")",
        "\U0001F680", "\U0001F4C8", "\u2600\uFE0F", "\U0001F468\u200D\U0001F469", "\U0001D400", "\U00020000", "é",
        " ", " ", " ", " ", "\n", "\n\n", "\r\n",
    ];

    // Short texts keep 100 cases well under a second per property.
    private static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Join(" ", p.Take(60))).ToArbitrary();

    private static (IReadOnlyList<Entity> Entities, IReadOnlyList<NewsExtract.Extraction.Fact> Facts) Run(string text)
    {
        var document = new Document(new Article("p", "p.txt", text, null, new DateOnly(2025, 6, 10), null, null), SentenceSplitter.Default.Split(text));
        var (annotated, facts) = Rules.Extract(document);
        return (annotated.Entities, facts);
    }

    [Property(MaxTest = 100)]
    public Property Ingestion_never_throws_and_is_repeatable() => Prop.ForAll(Texts(), text =>
    {
        var decoder = new TextDecoder();
        var cleaner = new TextCleaner();
        var bytes = Encoding.UTF8.GetBytes(text);
        var plain = decoder.Decode(bytes, isHtml: false);
        var html = new HtmlArticleExtractor().Extract("<html><body><article><p>" + text.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>");
        return plain.Text == text
            && cleaner.Clean(plain.Text) == cleaner.Clean(decoder.Decode(bytes, isHtml: false).Text!)
            && html.Text == new HtmlArticleExtractor().Extract("<html><body><article><p>" + text.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>").Text;
    });

    [Property(MaxTest = 100)]
    public Property Tokens_and_sentences_map_back_to_the_text() => Prop.ForAll(Texts(), text =>
        Tokenizer.Default.Tokenize(text).All(t => t.Text == text.Substring(t.Start, t.End - t.Start) && !IsSplitPair(text, t.Start) && !IsSplitPair(text, t.End))
        && SentenceSplitter.Default.Split(text).All(s => s.Text == text.Substring(s.Start, s.End - s.Start)));

    [Property(MaxTest = 100)]
    public Property Entities_and_facts_map_back_and_repeat() => Prop.ForAll(Texts(), text =>
    {
        var (entities, facts) = Run(text);
        var (again, againFacts) = Run(text);
        return entities.All(e => e.Start >= 0 && e.End <= text.Length && e.Start < e.End && e.Text == text.Substring(e.Start, e.End - e.Start))
            && facts.All(f => f.Start >= 0 && f.End <= text.Length && f.Evidence == text.Substring(f.Start, f.End - f.Start))
            && entities.SequenceEqual(again)
            && facts.SequenceEqual(againFacts);
    });

    /// <summary>An offset between the two halves of a surrogate pair would cut a character in two.</summary>
    private static bool IsSplitPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);

    [Fact]
    public void The_generator_makes_texts_with_facts_and_astral_characters()
    {
        // The properties above are only as good as their inputs: some generated texts must give facts and hold emoji.
        var samples = Gen.Sample(Texts().Generator, 200);
        Assert.Contains(samples, t => t.Contains('\uD83D', StringComparison.Ordinal));
        Assert.Contains(samples, t => Run(t).Facts.Count > 0);
        Assert.Contains(samples, t => Run(t).Entities.Count > 0);
    }
}
