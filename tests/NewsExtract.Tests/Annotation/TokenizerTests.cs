using NewsExtract.Annotation;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Tests.Annotation;

public class TokenizerTests
{
    private static string Tokens(string text) => string.Join(" | ", Tokenizer.Default.Tokenize(text).Select(t => t.Text));

    [Theory]
    [InlineData("The U.S. said no.", "The | U.S. | said | no | .")]
    [InlineData("U.S.-Japan ties", "U.S. | - | Japan | ties")]
    [InlineData("Japan-U.S. ties", "Japan | - | U.S. | ties")]
    [InlineData("a 45-day pause", "a | 45-day | pause")]
    [InlineData("cost USD 310 each", "cost | USD | 310 | each")]
    [InlineData("$3.4 billion in sales", "$ | 3.4 | billion | in | sales")]
    [InlineData("US$1,200 a tonne", "US$ | 1,200 | a | tonne")]
    [InlineData("nearly 65% of output", "nearly | 65 | % | of | output")]
    [InlineData("1,475 tonnes", "1,475 | tonnes")]
    [InlineData("12,345,678.90", "12,345,678.90")]
    [InlineData("3,45 and 1,2345", "3 | , | 45 | and | 1 | , | 2345")]
    [InlineData("at 88 per kilogram", "at | 88 | per | kilogram")]
    [InlineData("imports—mostly ore", "imports | — | mostly | ore")]
    [InlineData("from 2019–2021", "from | 2019 | – | 2021")]
    [InlineData("“Held back,” she said", "“ | Held | back | , | ” | she | said")]
    [InlineData("\"Held back,\" she said", "\" | Held | back | , | \" | she | said")]
    [InlineData("Japan’s quota", "Japan | ’s | quota")]
    [InlineData("Korea's quota", "Korea | 's | quota")]
    [InlineData("the miners' union", "the | miners | ' | union")]
    [InlineData("O'Neill won't go", "O'Neill | won't | go")]
    [InlineData("Marie-Claire Dubois", "Marie-Claire | Dubois")]
    [InlineData("cerium-lanthanum alloy", "cerium-lanthanum | alloy")]
    [InlineData("Mr. Lee and Dr. Park", "Mr. | Lee | and | Dr. | Park")]
    [InlineData("Acme Inc. and Foo Corp. and Bar Ltd. and Baz Co.", "Acme | Inc. | and | Foo | Corp. | and | Bar | Ltd. | and | Baz | Co.")]
    [InlineData("Decree No. 61", "Decree | No. | 61")]
    [InlineData("on Jan. 3 and Feb. 14", "on | Jan. | 3 | and | Feb. | 14")]
    [InlineData("K. T. Osei spoke", "K. | T. | Osei | spoke")]
    [InlineData("growth of 0.75", "growth | of | 0.75")]
    [InlineData("see https://example.org/a/b?c=1.", "see | https://example.org/a/b?c=1 | .")]
    [InlineData("mail press@example.com today", "mail | press@example.com | today")]
    [InlineData("via www.example.com/news, then", "via | www.example.com/news | , | then")]
    [InlineData("the 21st round", "the | 21st | round")]
    [InlineData("a £3bn plan", "a | £ | 3 | bn | plan")]
    [InlineData("€40m deal", "€ | 40 | m | deal")]
    [InlineData("$610-$680 range", "$ | 610 | - | $ | 680 | range")]
    [InlineData("610-680 yuan", "610 | - | 680 | yuan")]
    [InlineData("e.g. nickel", "e.g. | nickel")]
    [InlineData("wait... what", "wait | ... | what")]
    [InlineData("the G7 and COVID-19", "the | G7 | and | COVID-19")]
    [InlineData("(Tb)", "( | Tb | )")]
    public void Splits_text_into_tokens(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("2,850", TokenKind.Number)]
    [InlineData("1.2", TokenKind.Number)]
    [InlineData("word", TokenKind.Word)]
    [InlineData("$", TokenKind.Symbol)]
    [InlineData("%", TokenKind.Symbol)]
    [InlineData(",", TokenKind.Punctuation)]
    [InlineData("—", TokenKind.Punctuation)]
    public void Assigns_token_kinds(string text, TokenKind kind) => Assert.Equal(kind, Assert.Single(Tokenizer.Default.Tokenize(text)).Kind);

    [Fact]
    public void Offsets_point_into_the_text_within_the_requested_range()
    {
        const string text = "xx Rates rose 5%. yy";
        var tokens = Tokenizer.Default.Tokenize(text, 3, 17);
        Assert.Equal("Rates | rose | 5 | % | .", string.Join(" | ", tokens.Select(t => t.Text)));
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
    }
}
