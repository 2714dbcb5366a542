using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Spotters;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Tests.Annotation;

public class OffsetPropertyTests
{
    // Arbitrary strings rarely contain the interesting characters, so mix them in.
    private static readonly string[] Pieces =
    [
        "U.S.", "Mr.", "No.", "J.", " ", " ", "\n", "\r\n", ".", ",", "-", "—", "–", "’s", "'", "\"", "“", "”", "$", "%", "€",
        "1", "2,850", "1.2", "May", "June 9", "in", "2025", "a", "Dy", "China", "Beijing", "bn", "•", "*", "...", "?", "!",
        "http://x.io/a", "a@b.cn", "\ud83d\ude00", "\ud83d", "é", "\u0301", "\t", "per kg", "USD", "yuan", "over 80 percent",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.OneOf(
                ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
                Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Concat(p)))
            .ToArbitrary();

    private static bool Ordered<T>(IReadOnlyList<T> spans, Func<T, int> start, Func<T, int> end)
    {
        for (var i = 1; i < spans.Count; i++)
        {
            if (start(spans[i]) < end(spans[i - 1]))
                return false;
        }
        return spans.All(s => start(s) < end(s));
    }

    [Property(MaxTest = 500)]
    public Property Tokens_map_back_to_the_text() => Prop.ForAll(Texts(), text =>
    {
        var tokens = Tokenizer.Default.Tokenize(text);
        return tokens.All(t => t.Text == text[t.Start..t.End] && t.Text.Trim().Length == t.Text.Length)
            && Ordered(tokens, t => t.Start, t => t.End)
            && string.Concat(tokens.Select(t => t.Text)) == string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    });

    [Property(MaxTest = 500)]
    public Property Sentences_map_back_to_the_text() => Prop.ForAll(Texts(), text =>
    {
        var sentences = SentenceSplitter.Default.Split(text);
        return sentences.All(s => s.Text == text[s.Start..s.End] && s.Text.Trim().Length == s.Text.Length
                && s.Tokens.Count > 0 && s.Tokens[0].Start == s.Start && s.Tokens[^1].End == s.End
                && s.Tokens.All(t => t.Text == text[t.Start..t.End]))
            && Ordered(sentences, s => s.Start, s => s.End);
    });

    [Property(MaxTest = 300)]
    public Property Spotted_entities_map_back_to_the_text() => Prop.ForAll(Texts(), text =>
    {
        var document = TestDocuments.Make(text);
        IEntitySpotter[] spotters = [new NumericSpotter(), new GazetteerSpotter()];
        return spotters.SelectMany(s => s.Spot(document)).All(e => e.Text == text[e.Start..e.End] && e.Start < e.End);
    });
}
