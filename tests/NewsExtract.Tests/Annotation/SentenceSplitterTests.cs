using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Tests.Annotation;

public class SentenceSplitterTests
{
    private static string Sentences(string text) => string.Join(" || ", SentenceSplitter.Default.Split(text).Select(s => s.Text));

    [Theory]
    [InlineData("Rates rose. Output fell.", "Rates rose. || Output fell.")]
    [InlineData("Is it over? Nobody knows! Maybe.", "Is it over? || Nobody knows! || Maybe.")]
    [InlineData("The U.S. Commerce Department acted.", "The U.S. Commerce Department acted.")]
    [InlineData("Talks with the U.S. The ministry declined.", "Talks with the U.S. || The ministry declined.")]
    [InlineData("Mr. Osei and Dr. Lee met.", "Mr. Osei and Dr. Lee met.")]
    [InlineData("Under Decree No. 12 it applies.", "Under Decree No. 12 it applies.")]
    [InlineData("K. T. Osei arrived.", "K. T. Osei arrived.")]
    [InlineData("Prices hit 3.5 yuan. Then fell.", "Prices hit 3.5 yuan. || Then fell.")]
    [InlineData("Acme Inc. said so.", "Acme Inc. said so.")]
    [InlineData("It was bought by Acme Inc. The deal closed.", "It was bought by Acme Inc. || The deal closed.")]
    [InlineData("It starts Jan. 5 this year.", "It starts Jan. 5 this year.")]
    [InlineData("approx. three tonnes", "approx. three tonnes")]
    [InlineData("He said it ends. and then", "He said it ends. and then")]
    [InlineData("\"We will not pause,\" she said. Trade resumed.", "\"We will not pause,\" she said. || Trade resumed.")]
    [InlineData("It was a new era.” For now, calm.", "It was a new era.” || For now, calm.")]
    [InlineData("“Supply is tight.” Buyers agree.", "“Supply is tight.” || Buyers agree.")]
    [InlineData("Output rose (see below.) Prices too.", "Output rose (see below.) || Prices too.")]
    [InlineData("Mills Cut Output As Prices Slide\nBuyers waited.", "Mills Cut Output As Prices Slide || Buyers waited.")]
    [InlineData("Highlights\n• Quotas cut\n• Prices up 4%\n", "Highlights || Quotas cut || Prices up 4%")]
    [InlineData("- first item\n* second item\n1. third item\n2) fourth item", "first item || second item || third item || fourth item")]
    [InlineData("  padded line.  \r\n\r\n  next line  ", "padded line. || next line")]
    [InlineData("A line\n\n\nanother", "A line || another")]
    [InlineData("", "")]
    [InlineData("•\n-\n", "")]
    [InlineData("Sales rose 5%. 2024 was weaker.", "Sales rose 5%. || 2024 was weaker.")]
    [InlineData("See example.com. Then go.", "See example.com. || Then go.")]
    public void Splits_sentences(string text, string expected) => Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Prices soared 🚀 Traders cheered.", "Prices soared 🚀 || Traders cheered.")]
    [InlineData("Prices soared! 🚀 Traders cheered.", "Prices soared! 🚀 || Traders cheered.")]
    [InlineData("Prices soared!🚀🚀 Traders cheered.", "Prices soared!🚀🚀 || Traders cheered.")]
    [InlineData("Sunny ☀️ Markets opened.", "Sunny ☀️ || Markets opened.")]
    [InlineData("Family 👨‍👩‍👧 Output rose.", "Family 👨‍👩‍👧 || Output rose.")]
    [InlineData("🚀 Traders cheered.", "🚀 Traders cheered.")]
    [InlineData("Prices soared 🚀 and traders cheered.", "Prices soared 🚀 and traders cheered.")]
    [InlineData("Prices soared 🚀", "Prices soared 🚀")]
    [InlineData("The 𝐀 index and 𠀀 rose. Then fell.", "The 𝐀 index and 𠀀 rose. || Then fell.")]
    [InlineData("Prices soared 🚀 🚀 📈 Traders cheered.", "Prices soared 🚀 🚀 📈 || Traders cheered.")]
    [InlineData("Up 🚀 📈 then 🚀 📈 Buyers left 📈 🚀 and 🚀 sold 📈 📈", "Up 🚀 📈 then 🚀 📈 || Buyers left 📈 🚀 and 🚀 sold 📈 📈")]
    public void Emoji_end_a_sentence_before_a_capitalized_word(string text, string expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Emoji_keep_offsets_in_utf16_code_units()
    {
        const string text = "Prices soared 🚀 Traders cheered.";
        var sentences = SentenceSplitter.Default.Split(text);

        Assert.Equal([(0, 16), (17, 33)], sentences.Select(s => (s.Start, s.End)));
        Assert.Equal("🚀", sentences[0].Tokens[^1].Text);
        Assert.Equal((14, 16), (sentences[0].Tokens[^1].Start, sentences[0].Tokens[^1].End));
    }

    [Fact]
    public void Sentences_carry_their_tokens_and_offsets()
    {
        const string text = "• Quotas cut. Prices up.";
        var sentences = SentenceSplitter.Default.Split(text);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(2, sentences[0].Start);
        Assert.Equal("Quotas | cut | .", string.Join(" | ", sentences[0].Tokens.Select(t => t.Text)));
        Assert.All(sentences, s => Assert.Equal(s.Text, text[s.Start..s.End]));
    }

    [Fact]
    public void A_line_without_a_sentence_end_is_cut_at_clause_marks_into_pieces_no_longer_than_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat("buyers waited for the new quota, ", 400)) + "and then";
        var sentences = SentenceSplitter.Default.Split(text);

        Assert.True(sentences.Count > text.Length / SentenceSplitter.MaxLength, $"{sentences.Count} pieces");
        Assert.InRange(sentences[^1].End - sentences[^1].Start, 1, SentenceSplitter.MaxLength);
        Assert.All(sentences.SkipLast(1), s => Assert.InRange(s.End - s.Start, SentenceSplitter.MaxLength / 2, SentenceSplitter.MaxLength));
        Assert.All(sentences.SkipLast(1), s => Assert.EndsWith(",", s.Text, StringComparison.Ordinal));
        Assert.Equal(Tokenizer.Default.Tokenize(text).Select(t => (t.Start, t.End)), sentences.SelectMany(s => s.Tokens).Select(t => (t.Start, t.End)));
    }

    [Fact]
    public void A_line_without_clause_marks_is_cut_between_tokens_just_below_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat("copper 🚀 📈 rose ", 600));
        var sentences = SentenceSplitter.Default.Split(text);

        Assert.True(sentences.Count > text.Length / SentenceSplitter.MaxLength, $"{sentences.Count} pieces");
        Assert.All(sentences.SkipLast(1), s => Assert.InRange(s.End - s.Start, SentenceSplitter.MaxLength - 5, SentenceSplitter.MaxLength));
        Assert.All(sentences, s => Assert.Equal(text[s.Start..s.End], s.Text));
        Assert.Equal(Tokenizer.Default.Tokenize(text).Select(t => (t.Start, t.End)), sentences.SelectMany(s => s.Tokens).Select(t => (t.Start, t.End)));
    }

    [Fact]
    public void A_long_sentence_under_the_limit_is_not_cut()
    {
        var text = "Buyers " + string.Concat(Enumerable.Repeat("and sellers ", (SentenceSplitter.MaxLength - 20) / 12)) + "waited. Then prices fell.";
        Assert.Equal([text[..text.IndexOf(" Then", StringComparison.Ordinal)], "Then prices fell."], SentenceSplitter.Default.Split(text).Select(s => s.Text));
    }
}
