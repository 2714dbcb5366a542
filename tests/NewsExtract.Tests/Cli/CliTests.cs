using System.Text.Json;
using NewsExtract.Annotation;
using NewsExtract.Cli;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;
using NewsExtract.Training;

namespace NewsExtract.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public CliTests()
    {
        _dir.WriteFile("in/good.txt", "China imposes controls on dysprosium.");
        _dir.WriteFile("in/sub/broken.html", "<html");
    }

    public void Dispose() => _dir.Dispose();

    private string In => _dir.Combine("in");

    private string Out => _dir.Combine("out");

    /// <summary>A processor that finds one fact and one entity in good.txt and throws on anything else.</summary>
    private static DocumentResult FakeProcess(string path, CancellationToken ct)
    {
        var docId = Path.GetFileNameWithoutExtension(path);
        if (docId != "good")
        {
            throw new InvalidDataException("unclosed tag");
        }

        var text = File.ReadAllText(path);
        var article = new Article(docId, path, text, null, null, null, null);
        var fact = new Fact("", docId, FactTypes.ExportControl, "China", "imposes", "dysprosium", null, "", "", "", "asserted",
            0.8, "fake", text, 0, text.Length);
        return new DocumentResult(IngestOutcome.Ok(article), [Samples.Entity(EntityLabel.GPE, "China", 0, "China")], [fact]);
    }

    private sealed class FakeReader : IArticleReader
    {
        public IngestOutcome Read(string path, CancellationToken cancellationToken = default)
        {
            var docId = Path.GetFileNameWithoutExtension(path);
            return docId == "good"
                ? IngestOutcome.Ok(new Article(docId, path, "clean: " + File.ReadAllText(path), null, null, null, null))
                : IngestOutcome.Skip(path, docId, "not an article");
        }
    }

    private Task<int> Run(params string[] args)
    {
        var env = new CliEnvironment(_out, _error, Interactive: false, _ => FakeProcess, () => new FakeReader(), CliEnvironment.InputPaths, new FixedClock());
        return NewsExtractApp.RunAsync(args, env);
    }

    [Fact]
    public async Task Extract_processes_the_good_file_reports_the_broken_one_and_exits_1()
    {
        var code = await Run("extract", In, "--out", Out);

        Assert.Equal(ExitCode.CompletedWithFailures, code);
        Assert.Equal(
            [RunStamp.FileName, "entities.csv", "entities.json", "facts.csv", "facts.json", "facts.xlsx", "summary.json", "summary.txt"],
            Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["in", "out"], Directory.GetFileSystemEntries(_dir.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var facts = File.ReadAllText(Path.Combine(Out, "facts.csv"));
        Assert.Contains(",good,export_control,China,imposes,dysprosium,,,,,asserted,0.80,fake,", facts);

        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, "summary.json")));
        var totals = summary.RootElement.GetProperty("totals");
        Assert.Equal((2, 1, 0, 1, 1, 1), (
            totals.GetProperty("files").GetInt32(), totals.GetProperty("processed").GetInt32(), totals.GetProperty("skipped").GetInt32(),
            totals.GetProperty("failed").GetInt32(), totals.GetProperty("facts").GetInt32(), totals.GetProperty("entities").GetInt32()));
        var failed = summary.RootElement.GetProperty("files")[1];
        Assert.Equal("sub/broken.html", failed.GetProperty("path").GetString());
        Assert.Equal("unexpected error: InvalidDataException: unclosed tag", failed.GetProperty("reason").GetString());

        Assert.Contains("extract: 2 files: 1 processed, 0 skipped, 1 failed; 1 facts, 1 entities", _out.ToString());
        Assert.Contains("sub/broken.html", _error.ToString());
    }

    [Fact]
    public async Task Extract_outputs_are_the_same_on_a_second_run()
    {
        // The workbook is compared by its cells; the run stamp records the outputs' write times, which differ by design.
        var workbook = Path.Combine(Out, "facts.xlsx");
        var stamp = Path.Combine(Out, RunStamp.FileName);
        await Run("extract", In, "--out", Out);
        var first = Directory.GetFiles(Out).Where(f => f != workbook && f != stamp).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var firstCells = Workbooks.Cells(workbook);

        await Run("extract", In, "--out", Out);
        var second = Directory.GetFiles(Out).Where(f => f != workbook && f != stamp).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        Assert.Equal(6, first.Count);
        Assert.Equal(first, second);
        Assert.Contains("Facts!C2 Text export_control", firstCells);
        Assert.Equal(firstCells, Workbooks.Cells(workbook));
    }

    [Fact]
    public async Task Extract_with_a_missing_input_folder_exits_3_naming_it()
    {
        var code = await Run("extract", _dir.Combine("nope"), "--out", Out);

        Assert.Equal(ExitCode.InputMissing, code);
        Assert.Contains("input folder or file not found", _error.ToString());
        Assert.Contains("nope", _error.ToString());
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public async Task Extract_that_cannot_write_exits_5_and_leaves_the_target_alone()
    {
        var target = _dir.WriteFile("out", "I am a file");

        var code = await Run("extract", In, "--out", target);

        Assert.Equal(ExitCode.OutputFailed, code);
        Assert.Equal("I am a file", File.ReadAllText(target));
        Assert.Contains("cannot write the outputs", _error.ToString());
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "in")]
    [InlineData("frobnicate")]
    [InlineData("score", "--pred", "x")]
    [InlineData("score", "--gold", "g", "--pred", "p", "--min-fact-f1", "1.5")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        Assert.Equal(ExitCode.UsageError, await Run(args));
        Assert.NotEmpty(_error.ToString());
    }

    [Theory]
    [InlineData("--min-fact-f1", "abc", "score", "--gold", "g", "--pred", "p")]
    [InlineData("--min-entity-f1", "abc", "score", "--gold", "g", "--pred", "p")]
    [InlineData("--min-fact-f1", "NaN", "score", "--gold", "g", "--pred", "p")]
    [InlineData("--folds", "abc", "train", "--labels", "l", "--out", "m")]
    [InlineData("--folds", "2.5", "train", "--labels", "l", "--out", "m")]
    [InlineData("--l2", "abc", "train", "--labels", "l", "--out", "m")]
    [InlineData("--l2", "-1", "train", "--labels", "l", "--out", "m")]
    [InlineData("--seed", "abc", "train", "--labels", "l", "--out", "m")]
    public async Task A_bad_number_is_a_usage_error_naming_the_option_and_the_value(string option, string value, params string[] command)
    {
        Assert.Equal(ExitCode.UsageError, await Run([.. command, option, value]));

        var error = _error.ToString();
        Assert.Contains($"{option}", error);
        Assert.Contains(value, error);
        Assert.DoesNotContain("Unhandled", error);
    }

    [Fact]
    public async Task Train_needs_labels_or_reviews()
    {
        Assert.Equal(ExitCode.UsageError, await Run("train", "--out", "m"));
        Assert.Contains("at least one of --labels DIR or --reviews DIR", _error.ToString());
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("clean")]
    public async Task A_single_article_file_is_a_batch_of_one_in_its_folder(string command)
    {
        var code = await Run(command, Path.Combine(In, "good.txt"), "--out", Out);

        Assert.Equal(ExitCode.Success, code);
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, "summary.json")));
        var file = Assert.Single(summary.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("good.txt", file.GetProperty("path").GetString());
        Assert.Equal(In, summary.RootElement.GetProperty("input").GetString());
    }

    [Fact]
    public async Task Extract_help_says_the_input_may_be_one_file()
    {
        Assert.Equal(ExitCode.Success, await Run("extract", "--help"));
        Assert.Contains("INPUT (a folder, or one article file)", _out.ToString());
    }

    [Theory]
    [InlineData("other1", ExitCode.InputMissing, ": none of the 2 gold documents")]
    [InlineData("good", ExitCode.Success, "warning: 1 of 2 gold documents have no predictions in ")]
    public async Task Score_warns_of_gold_documents_without_predictions_and_exits_3_when_none_has_any(string firstGold, int exit, string message)
    {
        await Run("extract", In, "--out", Out);
        _dir.WriteFile($"gold/{firstGold}.gold.json", """{ "facts": [] }""");
        _dir.WriteFile("gold/other2.gold.json", """{ "facts": [] }""");

        var code = await Run("score", "--gold", _dir.Combine("gold"), "--pred", Out, "--quiet");

        Assert.Equal(exit, code);
        Assert.Contains(message, _error.ToString());
        Assert.Contains(Out, _error.ToString());
        Assert.Equal(exit == ExitCode.Success, _out.ToString().Contains("F1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Output_folder_containing_the_input_is_a_usage_error()
    {
        Assert.Equal(ExitCode.UsageError, await Run("extract", In, "--out", _dir.Root));
    }

    [Fact]
    public async Task Help_mentions_every_command()
    {
        Assert.Equal(ExitCode.Success, await Run("--help"));

        var help = _out.ToString();
        Assert.Contains("newsextract", help);
        Assert.Contains("extract", help);
        Assert.Contains("clean", help);
        Assert.Contains("score", help);
    }

    [Theory]
    [InlineData("extract", "--out")]
    [InlineData("clean", "--out")]
    [InlineData("score", "--min-fact-f1")]
    public async Task Each_command_has_help(string command, string option)
    {
        Assert.Equal(ExitCode.Success, await Run(command, "--help"));
        Assert.Contains(option, _out.ToString());
    }

    [Fact]
    public async Task Clean_writes_clean_text_per_document_and_a_summary()
    {
        var code = await Run("clean", In, "--out", Out);

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal("clean: China imposes controls on dysprosium.", File.ReadAllText(Path.Combine(Out, "good.txt")));
        Assert.Equal(["good.txt", "summary.json"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("clean: 2 files: 1 processed, 1 skipped, 0 failed", _out.ToString());
    }

    [Fact]
    public async Task Score_reports_and_writes_json_and_meets_thresholds()
    {
        await Run("extract", In, "--out", Out);
        _dir.WriteFile("gold/good.gold.json", """
            { "doc_id": "good",
              "entities": [ { "label": "GPE", "text": "China", "normalized": "China" } ],
              "facts": [ { "fact_type": "export_control", "subject": "China", "relation": "imposes", "object": "dysprosium" } ] }
            """);
        var json = _dir.Combine("score.json");

        var code = await Run("score", "--gold", _dir.Combine("gold"), "--pred", Out, "--json", json, "--min-fact-f1", "1", "--min-entity-f1", "1");

        Assert.Equal(ExitCode.Success, code);
        Assert.Contains("## Facts", _out.ToString());
        using var report = JsonDocument.Parse(File.ReadAllBytes(json));
        Assert.Equal(1.0, report.RootElement.GetProperty("facts").GetProperty("micro").GetProperty("f1").GetDouble());
    }

    [Fact]
    public async Task Score_below_a_threshold_exits_4()
    {
        await Run("extract", In, "--out", Out);
        _dir.WriteFile("gold/good.gold.json", """
            { "facts": [ { "fact_type": "export_control", "subject": "China", "relation": "imposes", "object": "gallium" } ] }
            """);

        var code = await Run("score", "--gold", _dir.Combine("gold"), "--pred", Out, "--quiet", "--min-fact-f1", "0.5");

        Assert.Equal(ExitCode.ThresholdsNotMet, code);
        Assert.Contains("facts micro P=0.000 R=0.000 F1=0.000", _out.ToString());
        Assert.Contains("below --min-fact-f1 0.5", _error.ToString());
    }

    [Fact]
    public async Task Score_with_a_bad_gold_file_names_it_and_exits_1()
    {
        await Run("extract", In, "--out", Out);
        _dir.WriteFile("gold/good.gold.json", """{ "facts": [] }""");
        var bad = _dir.WriteFile("gold/other.gold.json", "{ nope");

        var code = await Run("score", "--gold", _dir.Combine("gold"), "--pred", Out, "--quiet");

        Assert.Equal(ExitCode.CompletedWithFailures, code);
        Assert.Contains(bad, _error.ToString());
    }

    [Fact]
    public async Task Score_without_predictions_exits_3()
    {
        _dir.WriteFile("gold/good.gold.json", "{}");

        Assert.Equal(ExitCode.InputMissing, await Run("score", "--gold", _dir.Combine("gold"), "--pred", _dir.Combine("nothing")));
        Assert.Contains("predictions folder not found", _error.ToString());
    }

    [Fact]
    public async Task Extract_uses_the_models_the_tool_carries_and_no_models_with_no_ml()
    {
        var seen = new List<ModelSet?>();
        var env = new CliEnvironment(_out, _error, Interactive: false, models => { seen.Add(models); return FakeProcess; },
            () => new FakeReader(), CliEnvironment.InputPaths, TimeProvider.System);

        await NewsExtractApp.RunAsync(["extract", In, "--out", Out], env);
        await NewsExtractApp.RunAsync(["extract", In, "--out", Out, "--no-ml"], env);

        Assert.Equal(2, seen.Count);
        Assert.NotNull(seen[0]);
        Assert.Equal(ModelSet.CurrentFeatureSet, seen[0]!.Manifest.FeatureSet);
        Assert.Null(seen[1]);
    }

    [Fact]
    public async Task Extract_with_a_folder_that_holds_no_models_exits_3_names_it_and_writes_nothing()
    {
        var empty = _dir.Combine("no-models");
        Directory.CreateDirectory(empty);

        var code = await Run("extract", In, "--out", Out, "--models", empty);

        Assert.Equal(ExitCode.InputMissing, code);
        Assert.Contains($"{empty}: no manifest.json", _error.ToString());
        Assert.Contains("--no-ml", _error.ToString());
        Assert.False(Directory.Exists(Out));
    }
}
