using System.CommandLine;
using System.Globalization;
using NewsExtract.Review;

namespace NewsExtract.Cli.Commands;

/// <summary><c>review import</c>: turns reviewed fact sheets into labelled folders (review rows, gold facts, articles).</summary>
internal static class ReviewCommand
{
    private const string Name = "newsextract review import";

    public static Command Create(CliEnvironment env) =>
        new("review", "Work with fact sheets reviewed in a spreadsheet (verdict accept, reject, fix or add in each row).")
        {
            Import(env),
        };

    private static Command Import(CliEnvironment env)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Reviewed facts.xlsx (sheet Facts) or facts.csv files, as a spreadsheet program saved them: columns by name in any order and case, "
                + "',' or ';' separated, numbers with thousands separators or decimal commas, dates reformatted (6/9/2025, 09.06.2025, Jun-25, date cells) are all read.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder, a labelled folder like corpus/dev: <doc_id>.review.json (every row, its verdict, file and line), "
                + "<doc_id>.gold.json (accepted, fixed and added facts; no entities key) and the article. Written whole or not at all.",
            HelpName = "DIR",
            Required = true,
        };
        var articles = new Option<string?>("--articles")
        {
            Description = "Folder to find the articles in, recursively by doc_id. Otherwise the workbook's Summary sheet (input folder and paths) "
                + "or the summary.json beside a CSV says where the run read them.",
            HelpName = "DIR",
        };
        var command = new Command(
            "import",
            "Read reviewed fact sheets and write, per document, the review rows, the gold facts the verdicts give, and a copy of the article, "
                + "for `train --reviews` and `score --gold`. Exit 0 ok; 1 written, but some rows were unreadable or had unknown verdicts, "
                + "or an article was not found; 2 usage; 3 a FILE (or --articles) missing or not a fact sheet; 5 outputs not written.")
        {
            files, output, articles,
        };
        command.SetAction((parse, _) => Task.FromResult(Execute(env, parse.GetValue(files) ?? [], parse.GetValue(output)!, parse.GetValue(articles))));
        return command;
    }

    private static int Execute(CliEnvironment env, IReadOnlyList<string> files, string output, string? articles)
    {
        if (articles is not null && !Directory.Exists(articles))
        {
            env.Error.WriteLine($"{Name}: --articles folder not found: {articles}");
            return ExitCode.InputMissing;
        }

        var sheets = files.Select(ReviewSheetReader.Read).ToList();
        var fatal = sheets.Where(s => s.Fatal is not null).ToList();
        foreach (var sheet in fatal)
        {
            env.Error.WriteLine($"{Name}: {sheet.Fatal}");
        }

        if (fatal.Count > 0)
        {
            env.Error.WriteLine($"{Name}: nothing was written");
            return ExitCode.InputMissing;
        }

        var problems = sheets.SelectMany(s => s.Problems).ToList();
        foreach (var line in problems)
        {
            env.Error.WriteLine($"{Name}: {line}");
        }

        foreach (var line in sheets.SelectMany(s => s.Warnings))
        {
            env.Error.WriteLine($"{Name}: warning: {line}");
        }

        var result = ReviewImporter.Import(new ReviewImportOptions(sheets, output, articles));
        if (result.OutputError is { } error)
        {
            env.Error.WriteLine($"{Name}: {error}; nothing was written");
            return ExitCode.OutputFailed;
        }

        foreach (var docId in result.MissingArticles)
        {
            env.Error.WriteLine($"{Name}: warning: article of {docId} not found; its labels were written without it (use --articles DIR)");
        }

        WriteSummary(env.Out, sheets, result, problems.Count, output);
        return problems.Count > 0 || result.MissingArticles.Count > 0 ? ExitCode.CompletedWithFailures : ExitCode.Success;
    }

    private static void WriteSummary(TextWriter writer, IReadOnlyList<ReviewSheet> sheets, ReviewImportResult result, int problems, string output)
    {
        var rows = sheets.SelectMany(s => s.Rows).ToList();
        var verdicts = Enum.GetValues<Verdict>().Select(v => $"{rows.Count(r => r.Verdict == v)} {(v == Verdict.None ? "empty" : Verdicts.Name(v))}");
        writer.WriteLine(Invariant($"files: {sheets.Count}; rows read: {rows.Count} ({string.Join(", ", verdicts)})"));
        writer.WriteLine(Invariant($"documents: {result.Documents}; gold files: {result.GoldDocuments} with {result.GoldFacts} facts; articles copied: {result.ArticlesCopied}, not found: {result.MissingArticles.Count}"));
        writer.WriteLine(Invariant($"problems: {problems} rows not used"));
        writer.WriteLine($"outputs: {Path.GetFullPath(output)}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
