using NewsExtract.Annotation.Names;

namespace NewsExtract.Tests.Annotation;

/// <summary>The windows a name's neighbours are read from give the same words as scanning the whole range.</summary>
public sealed class WordScannerTests
{
    public static TheoryData<string> Texts =>
    [
        "The Acme Corp. board, said Dr. Jane Roe of U.S.-based Widget & Co, met on Tuesday.",
        "  “Quoted”  — (as ever) tin  rose 2.5%… to 3,100 yuan, O’Neill’s note said ¾ of AT&T  ",
        "a -- b ... c\u00A0d\te\nf ½ x² .. - & '",
        "one",
        "   ",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_window_before_a_point_holds_the_last_words_of_the_range(string text)
    {
        for (var to = 0; to <= text.Length; to++)
        {
            var whole = Spelled(WordScannerScan(text, 0, to));
            var windowed = Spelled(WordScannerScan(text, WordScanner.StartOfLast(text, 0, to, 2), to));
            Assert.Equal(whole.TakeLast(2), windowed.TakeLast(2));
            Assert.Equal(Math.Min(whole.Count, 2), Math.Min(windowed.Count, 2));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_window_after_a_point_holds_the_first_words_of_the_range(string text)
    {
        for (var from = 0; from <= text.Length; from++)
        {
            var whole = Spelled(WordScannerScan(text, from, text.Length));
            var windowed = Spelled(WordScannerScan(text, from, WordScanner.EndOfFirst(text, from, text.Length, 2)));
            Assert.Equal(whole.Take(2), windowed.Take(2));
            Assert.Equal(Math.Min(whole.Count, 2), Math.Min(windowed.Count, 2));
        }
    }

    [Fact]
    public void A_window_stops_at_white_space_once_it_has_enough_words()
    {
        const string text = "alpha beta gamma delta";
        Assert.Equal(11, WordScanner.StartOfLast(text, 0, text.Length, 2));
        Assert.Equal(10, WordScanner.EndOfFirst(text, 0, text.Length, 2));
    }

    private static IReadOnlyList<Word> WordScannerScan(string text, int start, int end) => WordScanner.Scan(text, start, end);

    private static List<string> Spelled(IReadOnlyList<Word> words) => words.Select(w => $"{w.Text}@{w.Start}").ToList();
}
