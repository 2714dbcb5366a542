using FsCheck.Xunit;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Tests.Annotation;

public sealed class CharsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("tungsten", 1)]
    [InlineData("  export  licences for   gallium ", 4)]
    [InlineData("a b", 2)]
    public void Pieces_counts_the_words_between_spaces(string text, int expected) =>
        Assert.Equal(expected, Chars.Pieces(text, ' '));

    // The word counters that split a string now count in place: the count must be the split's.
    [Property]
    public bool Pieces_are_what_a_split_without_empty_entries_gives(string? text, bool comma)
    {
        text ??= string.Empty;
        var separator = comma ? ',' : ' ';
        return Chars.Pieces(text, separator) == text.Split(separator, StringSplitOptions.RemoveEmptyEntries).Length;
    }

    [Theory]
    [InlineData("Trade Minister Lio Banda", "minister", true)]
    [InlineData("the ministerial talks", "minister", false)]
    [InlineData("an ex-minister, then minister again", "minister", true)]
    [InlineData("administer", "minister", false)]
    public void Contains_whole_word_needs_no_letter_on_either_side(string text, string word, bool expected) =>
        Assert.Equal(expected, Chars.ContainsWholeWord(text, word, StringComparison.OrdinalIgnoreCase));
}
