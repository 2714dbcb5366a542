using NewsExtract.Annotation;
using NewsExtract.Cli;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;
using static NewsExtract.Tests.Review.ReviewSheets;

namespace NewsExtract.Tests.Review;

public sealed class ReviewCommandTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _dir.Dispose();

    private string Out => _dir.Combine("labelled");

    private Task<int> Run(params string[] args)
    {
        var env = new CliEnvironment(_out, _error, Interactive: false, _ => Process, () => throw new InvalidOperationException("not used"),
            CliEnvironment.InputPaths, TimeProvider.System);
        return NewsExtractApp.RunAsync(args, env);
    }

    /// <summary>Two price facts per article, dysprosium and gallium, so that re-runs give the same fact ids.</summary>
    private static DocumentResult Process(string path, CancellationToken ct)
    {
        var docId = Path.GetFileNameWithoutExtension(path);
        var article = new Article(docId, path, File.ReadAllText(path), null, null, null, null);
        return new DocumentResult(IngestOutcome.Ok(article), [], [Samples.Price(docId, 610, "dysprosium"), Samples.Price(docId, 125, "gallium") with { Start = 80, End = 90 }]);
    }

    private string Sheet(params string[] rows) => _dir.WriteFile("review/facts.csv", string.Join("\r\n", [Header, .. rows]) + "\r\n");

    [Fact]
    public async Task Import_writes_the_labelled_folder_and_prints_a_summary()
    {
        _dir.WriteFile("articles/d1.txt", "text");
        var sheet = Sheet(Row(verdict: "accept"), Row(subject: "gallium", verdict: "reject"), Row(subject: "terbium", verdict: ""));

        var code = await Run("review", "import", sheet, "--out", Out, "--articles", _dir.Combine("articles"));

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal(["d1.gold.json", "d1.review.json", "d1.txt"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var summary = _out.ToString();
        Assert.Contains("files: 1; rows read: 3 (1 empty, 1 accept, 1 reject, 0 fix, 0 add)", summary);
        Assert.Contains("documents: 1; gold files: 1 with 1 facts; articles copied: 1, not found: 0", summary);
        Assert.Contains("problems: 0", summary);
    }

    [Fact]
    public async Task Import_exits_1_when_an_article_is_missing_and_still_writes_the_labels()
    {
        var sheet = Sheet(Row(verdict: "accept"));

        var code = await Run("review", "import", sheet, "--out", Out);

        Assert.Equal(ExitCode.CompletedWithFailures, code);
        Assert.True(File.Exists(Path.Combine(Out, "d1.gold.json")));
        Assert.Contains("article of d1 not found", _error.ToString());
    }

    [Fact]
    public async Task Import_exits_1_when_a_row_has_an_unknown_verdict()
    {
        _dir.WriteFile("articles/d1.txt", "text");
        var sheet = Sheet(Row(verdict: "accept"), Row(subject: "gallium", verdict: "yes"));

        var code = await Run("review", "import", sheet, "--out", Out, "--articles", _dir.Combine("articles"));

        Assert.Equal(ExitCode.CompletedWithFailures, code);
        Assert.Contains($"{sheet}: line 3: unknown verdict 'yes'", _error.ToString());
        Assert.Contains("problems: 1 rows not used", _out.ToString());
    }

    [Fact]
    public async Task Import_exits_3_for_a_missing_file_or_one_that_is_not_a_fact_sheet_and_writes_nothing()
    {
        var entities = _dir.WriteFile("entities.csv", "doc_id,label,text,normalized,start,end\r\nd1,GPE,China,China,0,5\r\n");

        Assert.Equal(ExitCode.InputMissing, await Run("review", "import", _dir.Combine("nope.xlsx"), "--out", Out));
        Assert.Equal(ExitCode.InputMissing, await Run("review", "import", Sheet(Row(verdict: "accept")), entities, "--out", Out));
        Assert.False(Directory.Exists(Out));
        Assert.Contains("not a fact sheet", _error.ToString());
    }

    [Fact]
    public async Task Import_exits_2_without_out_or_files()
    {
        Assert.Equal(ExitCode.UsageError, await Run("review", "import", Sheet(Row())));
        Assert.Equal(ExitCode.UsageError, await Run("review", "import", "--out", Out));
    }

    [Fact]
    public async Task Import_exits_5_when_the_outputs_cannot_be_written()
    {
        var blocker = _dir.WriteFile("blocked", "x");

        Assert.Equal(ExitCode.OutputFailed, await Run("review", "import", Sheet(Row(verdict: "accept")), "--out", Path.Combine(blocker, "out")));
    }

    [Fact]
    public async Task Review_import_has_help_with_the_exit_codes()
    {
        Assert.Equal(ExitCode.Success, await Run("review", "import", "--help"));

        var help = _out.ToString();
        Assert.Contains("--articles", help);
        Assert.Contains("5 outputs not written", help);
    }

    [Fact]
    public async Task Extract_keep_review_carries_verdicts_to_a_rerun_and_reports_the_counts()
    {
        _dir.WriteFile("in/d1.txt", "article");
        Assert.Equal(ExitCode.Success, await Run("extract", _dir.Combine("in"), "--out", _dir.Combine("run1"), "--no-ml"));
        var first = FactReader.ReadFile(_dir.Combine("run1", "facts.csv")).Items;
        var reviewed = Sheet(
            Row(factId: first[0].FactId, verdict: "accept", note: "ok"),
            Row(factId: first[1].FactId, subject: "gallium", amount: "1250", verdict: "fix"),
            Row(factId: "000000000000", subject: "cobalt", verdict: "reject"),
            Row(subject: "germanium", amount: "2000", verdict: "add"));

        var code = await Run("extract", _dir.Combine("in"), "--out", _dir.Combine("run2"), "--no-ml", "--keep-review", reviewed);

        Assert.Equal(ExitCode.Success, code);
        var second = FactReader.ReadFile(_dir.Combine("run2", "facts.csv")).Items;
        Assert.Equal(
            [("dysprosium", (double?)610, "accept", "ok"), ("gallium", 1250, "fix", ""), ("germanium", 2000, "add", "")],
            second.Select(f => (f.Subject, f.Amount, f.Verdict, f.Note)));
        Assert.Contains("--keep-review: verdicts carried: 2; added rows appended: 1; reviewed rows with no matching fact any more: 1", _error.ToString());
    }

    [Fact]
    public async Task Extract_keep_review_with_a_missing_file_exits_3()
    {
        _dir.WriteFile("in/d1.txt", "article");

        Assert.Equal(ExitCode.InputMissing, await Run("extract", _dir.Combine("in"), "--out", _dir.Combine("run"), "--no-ml", "--keep-review", _dir.Combine("nope.csv")));
        Assert.False(Directory.Exists(_dir.Combine("run")));
    }
}
