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

    [Property]
    public bool Folding_keeps_every_offset(string? text)
    {
        text ??= string.Empty;
        var folded = MatchText.Fold(text);
        return folded.Length == text.Length
            && Enumerable.Range(0, text.Length).All(i => folded[i] == text[i] || MatchText.Fold(text[i]) == folded[i]);
    }
}
