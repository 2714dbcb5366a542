using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Hostile;

/// <summary>Tests that time the pipeline. They run alone, after the parallel tests: sharing the two cores of CI with
/// other tests and the processes those start once pushed a generous time bound over its limit.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    public const string Name = "timed";
}

/// <summary>Long, repetitive generated text through the whole rules pipeline: walls of capitals, digits, quotes,
/// brackets and emoji, the shapes that make a pattern backtrack or a scan start again at every repetition.</summary>
[Collection(TimedTests.Name)]
public sealed class LongTextTimeTests
{
    /// <summary>One piece or a few, repeated to 16-48 KB, take a time per KB far above the normal one (about 1-3 ms).
    /// It catches a pattern that backtracks exponentially or a scan that explodes on repetition.</summary>
    [Property(MaxTest = 12)]
    public Property Time_is_bounded_per_kilobyte_on_long_repetitive_text() => Prop.ForAll(LongTexts(), text =>
        BestMilliseconds(text) / (text.Length / 1024.0) < MaxMillisecondsPerKilobyte);

    // Fifty times the normal cost; a sentence of 6,000 price moves once took 12,000 ms per KB.
    private const double MaxMillisecondsPerKilobyte = 150;

    /// <summary>
    /// A line of one phrase repeated, 8 times longer, takes less than 4 times longer per KB; work that grows with the
    /// square of the length takes about 8 times longer. Each phrase is of a kind that once did: a sentence that never
    /// ends (every extractor reads its sentence again for each candidate in it), roles in a document that names no
    /// place (each searched back to the start), quotes on one line (each copied the line), a line of emoji (each
    /// walked the rest of the run).
    /// </summary>
    [Theory]
    [InlineData("export controls on ” Norway 40%")]
    [InlineData("in ” minister Ana Souza")]
    [InlineData("“ imposed export controls on 📈")]
    [InlineData("” tariffs on 410 ”")]
    [InlineData("🚀 📈")]
    [InlineData("40% said Ana Souza")]
    [InlineData("the EU cut its price cap on Russian crude and Chile")]
    [InlineData("Chile said; exports rose 5%,")]
    public void Time_per_kilobyte_does_not_grow_with_the_length_of_a_line(string piece)
    {
        var (shorter, longer) = (Repeat(piece, 16 * 1024), Repeat(piece, 128 * 1024));
        BestMilliseconds(shorter); // JIT and first-use costs
        var growth = BestMilliseconds(longer) / longer.Length / (BestMilliseconds(shorter) / shorter.Length);
        Assert.True(growth < 4, $"time per KB grew {growth:0.0}x for 8x the length");
    }

    /// <summary>The better of three runs: any one may share the machine with something else.</summary>
    private static double BestMilliseconds(string text) => Enumerable.Range(0, 3).Min(_ =>
    {
        var watch = Stopwatch.StartNew();
        var document = new Document(new Article("p", "p.txt", text, null, null, null, null), SentenceSplitter.Default.Split(text));
        PipelinePropertyTests.Rules.Extract(document);
        return watch.Elapsed.TotalMilliseconds;
    });

    private static Arbitrary<string> LongTexts() =>
        (from pieces in Gen.NonEmptyListOf(Gen.Elements(PipelinePropertyTests.Pieces))
         from kilobytes in Gen.Choose(16, 48)
         select Repeat(string.Join(" ", pieces.Take(4)), kilobytes * 1024)).ToArbitrary();

    private static string Repeat(string piece, int length)
    {
        var text = new StringBuilder(length + piece.Length + 1);
        while (text.Length < length)
            text.Append(piece).Append(' ');
        return text.ToString();
    }
}
