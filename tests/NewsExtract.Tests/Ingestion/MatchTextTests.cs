using FsCheck.Xunit;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

public sealed class MatchTextTests
{
    [Theory]
    [InlineData("Chile\u2019s \u201cfast lane\u201d", "Chile's \"fast lane\"")]
    [InlineData("U.S.\u2013China talks \u2014 again", "U.S.-China talks - again")]
    [InlineData("USD\u00a0750", "USD 750")]
    [InlineData("plain ASCII", "plain ASCII")]
    public void Folds_typographic_characters_to_ascii(string text, string folded) =>
        Assert.Equal(folded, MatchText.Fold(text));

    [Fact]
    public void Every_character_is_folded_as_alone_and_a_text_with_nothing_to_fold_is_kept()
    {
        var changed = 0;
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var text = "a" + c + "b";
            var folded = MatchText.Fold(text);
            Assert.Equal("a" + MatchText.Fold(c) + "b", folded);
            // The quick search for a character to fold must know every one Fold(char) changes.
            Assert.Equal(MatchText.Fold(c) != c, !ReferenceEquals(text, folded));
            changed += MatchText.Fold(c) != c ? 1 : 0;
        }
        Assert.Equal(35, changed);
    }

    [Property]
    public bool Folding_keeps_every_offset(string? text)
    {
        text ??= string.Empty;
        var folded = MatchText.Fold(text);
        return folded.Length == text.Length
            && Enumerable.Range(0, text.Length).All(i => folded[i] == text[i] || MatchText.Fold(text[i]) == folded[i]);
    }
}
