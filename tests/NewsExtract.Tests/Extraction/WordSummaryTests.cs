using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsExtract.Extraction.Decisions;

namespace NewsExtract.Tests.Extraction;

/// <summary>The fact scorer reads a sentence's word count, hedges and negations without listing its words: the same
/// as reading them from the list.</summary>
public sealed class WordSummaryTests
{
    [Theory]
    [InlineData("Officials may not extend the quota.", 6, true, true)]
    [InlineData("Output rose 12% to 4,500 tonnes in May.", 9, true, false)]
    [InlineData("The ministry DENIED it would act, reportedly.", 7, true, true)]
    [InlineData("", 0, false, false)]
    [InlineData("— , ; —", 0, false, false)]
    public void Counts_words_and_finds_hedges_and_negations(string text, int count, bool hedge, bool negation)
    {
        Assert.Equal(new WordSummary(count, hedge, negation), FactFeatures.Summarize(text));
        Assert.Equal(FactFeatures.SummaryOfWords(FactFeatures.Words(text)), FactFeatures.Summarize(text));
    }

    // Words of the two lists, digits, apostrophes, odd cases and characters, joined by spaces and marks.
    private static readonly string[] Pieces =
        ["may", "MIGHT", "Could", "not", "No", "never", "n't", "don't", "it's", "12", "4,500", "İs", "\u212Aelvin", "ſome", "plans", "", " ", ".", "'", "-", "Ünder", "rejected"];

    [Property(MaxTest = 500)]
    public Property Reading_in_place_gives_what_the_word_list_gives() =>
        Prop.ForAll(Gen.Elements(Pieces).ArrayOf().Select(p => string.Join(" ", p)).ToArbitrary(), text =>
            FactFeatures.Summarize(text) == FactFeatures.SummaryOfWords(FactFeatures.Words(text)));

    [Property]
    public bool Any_text_gives_what_the_word_list_gives(string? text)
    {
        text ??= "";
        return FactFeatures.Summarize(text) == FactFeatures.SummaryOfWords(FactFeatures.Words(text));
    }
}
