using System.Text.RegularExpressions;
using FsCheck.Xunit;
using NewsExtract.Annotation.Names;

namespace NewsExtract.Tests.Annotation;

/// <summary>The windows a name's neighbours are read from give the same words as scanning the whole range.</summary>
public sealed class WordScannerTests
{
    private static readonly string[] SampleTexts =
    [
        "The Acme Corp. board, said Dr. Jane Roe of U.S.-based Widget & Co, met on Tuesday.",
        "  “Quoted”  — (as ever) tin  rose 2.5%… to 3,100 yuan, O’Neill’s note said ¾ of AT&T  ",
        "a -- b ... c\u00A0d\te\nf ½ x² .. - & '",
        "one",
        "   ",
    ];

    public static TheoryData<string> Texts => new(SampleTexts);

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

    // Cues anchored at the end, as the extractors write them, with the number of chunks each spans at most.
    public static TheoryData<string, int> Cues => new()
    {
        { @"(?:,|;)\s+and\s+(?:the\s+)?$", 3 },
        { @"\b(?:according\s+to|data\s+(?:from|by))\s+(?:the\s+)?$", 3 },
        { @"\bbetween\s+$", 1 },
        { @"(?<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:of|at|to)\s+(?:about\s+|over\s+)?$", 4 },
        { @",\s*$", 1 },
    };

    [Theory]
    [MemberData(nameof(Cues))]
    public void A_cue_anchored_at_a_point_matches_on_the_last_chunks_as_on_everything_before_it(string cue, int chunks)
    {
        var pattern = new System.Text.RegularExpressions.Regex(cue, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var texts = SampleTexts.Concat(
        [
            "Shares of Acme, and the data from the ministry, according to the  survey of about 40% , and  the",
            "China's about 40% and   Peru's nearly\u00A0the price of copper at over, between  ",
        ]).ToList();
        var matched = 0;
        foreach (var text in texts)
        {
            for (var to = 0; to <= text.Length; to++)
            {
                var whole = pattern.Match(text[..to]);
                var window = WordScanner.LastChunks(text, 0, to, chunks);
                Assert.Equal(whole.Success, pattern.IsMatch(window));
                if (!whole.Success)
                    continue;
                // the same match: it starts where it did, counted from the window's start
                matched++;
                Assert.Equal(whole.Index, to - window.Length + pattern.Match(window.ToString()).Index);
            }
        }
        Assert.True(matched > 0, cue);
    }

    [Fact]
    public void The_last_chunks_start_after_white_space_and_stop_at_the_range()
    {
        // chunks: "alpha", "beta,gamma", "delta" (punctuation does not end one; white space does)
        const string text = "alpha  beta,gamma\tdelta ";
        Assert.Equal("delta ", WordScanner.LastChunks(text, 0, text.Length, 1).ToString());
        Assert.Equal(7, WordScanner.StartOfChunks(text, 0, text.Length, 2));
        Assert.Equal("beta,gamma\tdelta ", WordScanner.LastChunks(text, 0, text.Length, 2).ToString());
        Assert.Equal(0, WordScanner.StartOfChunks(text, 0, text.Length, 3));
        Assert.Equal(8, WordScanner.StartOfChunks(text, 8, text.Length, 9));
        Assert.Equal("", WordScanner.LastChunks(text, 0, 0, 4).ToString());
    }

    // The words as the scanner was first written, with a regex: the hand-written scan must find exactly these.
    private static readonly Regex ReferenceWord = new(@"[\p{L}\p{N}](?:[\p{L}\p{N}]|[.’'\-&](?=[\p{L}\p{N}]))*");
    private static readonly Regex ReferenceAbbreviation = new(@"^(?:[A-Z]\.)*[A-Z]$|^(?:Inc|Corp|Ltd|Co|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov)$");

    private static List<string> Reference(string text, int start, int end)
    {
        var range = text[start..end];
        var words = new List<string>();
        foreach (Match m in ReferenceWord.Matches(range))
        {
            var wordEnd = m.Index + m.Length;
            if (wordEnd < range.Length && range[wordEnd] == '.' && ReferenceAbbreviation.IsMatch(m.Value))
                wordEnd++;
            words.Add($"{range[m.Index..wordEnd]}@{start + m.Index}");
        }
        return words;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_range_scans_to_the_words_of_the_reference_pattern(string text)
    {
        var compared = 0;
        for (var start = 0; start <= text.Length; start++)
        {
            for (var end = start; end <= text.Length; end++)
            {
                Assert.Equal(Reference(text, start, end), Spelled(WordScannerScan(text, start, end)));
                compared++;
            }
        }
        Assert.True(compared > text.Length);
    }

    // Letters of several scripts, digits and number signs, every joiner, abbreviation letters, spaces and punctuation,
    // and a lone surrogate half.
    private const string Alphabet = "aZéЖ中ß1٣½²Ⅻ.’'-&.-'MrDICo  ,;!?\u00A0\t\n()\"“”\uD83D$%";

    [Property(MaxTest = 500)]
    public bool Any_text_scans_to_the_words_of_the_reference_pattern(int[] picks, int cut)
    {
        var text = new string((picks ?? []).Select(p => Alphabet[(int)((uint)p % Alphabet.Length)]).ToArray());
        var start = text.Length == 0 ? 0 : (int)((uint)cut % (text.Length + 1));
        return Reference(text, start, text.Length).SequenceEqual(Spelled(WordScannerScan(text, start, text.Length)))
            && Reference(text, 0, start).SequenceEqual(Spelled(WordScannerScan(text, 0, start)));
    }

    // One list scanned into again and again (as the name features do for every candidate) holds the last scan alone.
    [Theory]
    [MemberData(nameof(Texts))]
    public void Scanning_into_a_list_replaces_what_it_held(string text)
    {
        var reused = new List<Word> { new("stale", 0, 5) };
        for (var to = text.Length; to >= 0; to--)
        {
            WordScanner.ScanInto(text, 0, to, reused);
            Assert.Equal(Spelled(WordScannerScan(text, 0, to)), Spelled(reused));
        }
    }

    private static IReadOnlyList<Word> WordScannerScan(string text, int start, int end) => WordScanner.Scan(text, start, end);

    private static List<string> Spelled(IReadOnlyList<Word> words) => words.Select(w => $"{w.Text}@{w.Start}").ToList();
}
