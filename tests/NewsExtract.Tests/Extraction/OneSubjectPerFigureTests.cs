using NewsExtract.Extraction;
using NewsExtract.Extraction.Decisions;

namespace NewsExtract.Tests.Extraction;

/// <summary>The labels never give one figure two subjects: of the statistics kept for one figure, the likeliest stays.</summary>
public sealed class OneSubjectPerFigureTests
{
    private static Fact Statistic(string subject, double amount, double confidence, int start = 10) =>
        new("", "doc", FactTypes.Statistic, subject, "share of kelp imports", "", amount, "%", "", "", "asserted", confidence,
            "rule:statistic", "Chile buys 64% of its kelp from Peru.", start, start + 40);

    [Fact]
    public void Keeps_the_likeliest_subject_of_a_figure()
    {
        var kept = TrainedFactDecider.OneSubjectPerFigure([Statistic("Peru", 64, 0.41), Statistic("Chile", 64, 0.87)]);
        Assert.Equal("Chile", Assert.Single(kept).Subject);
    }

    [Fact]
    public void Keeps_other_figures_sentences_and_types()
    {
        var quote = Statistic("Chile", 64, 0.9) with { FactType = FactTypes.Quote };
        var kept = TrainedFactDecider.OneSubjectPerFigure(
            [Statistic("Chile", 64, 0.87), Statistic("Peru", 30, 0.6), Statistic("Peru", 64, 0.5, start: 90), quote]);
        Assert.Equal(4, kept.Count);
    }
}
