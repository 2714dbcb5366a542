using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>
/// Differential test of <see cref="CommodityPhrases.SentenceTokens"/>: the tokens it gives for the start of a sentence
/// (the whole sentence's tokens before a restart point, then a fresh read to the cut) are those the rules read before,
/// by tokenizing a copy of the start and looking each token's entity up among all of the sentence's.
/// </summary>
public sealed class SentenceTokensTests
{
    private static readonly string[] Pieces =
    [
        "Wheat", "prices", "rose", "[4%|PERCENT|4]", "to", "[$238 a tonne|MONEY|238 USD/t]", "No. 2", "No.  3x", "#2", "grade 441",
        "grade", "No.", "441b", "1,250.5", "%", "-", "'", "(", ")", "|", "[Varna|GPE]", "[Ana Pell|PERSON]", "[tin|ELEMENT]",
        "hot-rolled", "coil", "📈", "-yet", "co-op", "12.5%", "[12.5%|PERCENT|12.5]", "\t", "  ", "\u00a0", "No.2", "2a", "x2",
        "[Mar 3|DATE|XXXX-03-03]", "urea's", "soyoil", ",", ".",
    ];

    [Fact]
    public void Tokens_before_every_cut_are_those_of_a_copy_of_the_sentence_start()
    {
        var random = new Random(7);
        var compared = 0;
        for (var sentence = 0; sentence < 300; sentence++)
        {
            var markup = string.Join("", Enumerable.Range(0, random.Next(1, 25))
                .Select(_ => Pieces[random.Next(Pieces.Length)] + (random.Next(4) == 0 ? "" : " ")));
            var view = SentenceView.All(Markup.Parse(markup)).Single();
            var tokens = new CommodityPhrases.SentenceTokens(view);
            for (var cut = 0; cut <= view.Folded.Length; cut++)
            {
                Assert.Equal(Reference(view, cut), tokens.Backward(cut).Reverse().ToList());
                compared++;
            }
        }
        Assert.True(compared > 3000);
    }

    // The tokens as the rules read them before SentenceTokens: a copy of the start, a scan of the entities per token.
    private static List<CommodityPhrases.Piece> Reference(SentenceView view, int cut)
    {
        var pieces = new List<CommodityPhrases.Piece>();
        foreach (Match m in CommodityPhrases.Token().Matches(view.Folded[..cut]))
        {
            var label = view.Within(0, view.Text.Length).FirstOrDefault(e => view.Rel(e) <= m.Index && m.Index < view.RelEnd(e))?.Label;
            if (m.Groups["grade"].Success || label == EntityLabel.PERCENT && m.Groups["num"].Success)
                pieces.Add(new(m.Index, new("grade", m.Index, m.Index + m.Length, EntityLabel.PERCENT)));
            else if (label == EntityLabel.PERCENT)
                continue;
            else if (m.Groups["word"].Success && label is not (EntityLabel.MONEY or EntityLabel.PERSON))
                pieces.Add(new(m.Index, new(m.Value, m.Index, m.Index + m.Length, label)));
            else if (m.Value is not ("'" or "-"))
                pieces.Add(new(m.Index, null));
        }
        return pieces;
    }
}
