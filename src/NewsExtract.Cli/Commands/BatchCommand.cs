using System.CommandLine;
using System.Globalization;
using NewsExtract.Ingestion;
using NewsExtract.Output;

namespace NewsExtract.Cli.Commands;

/// <summary>A batch ready to run, or why it cannot start (and the exit code to return).</summary>
/// <param name="Finished">Called once the outputs are written and the progress display is gone, for a command's own report lines.</param>
internal sealed record PreparedBatch(
    Func<IBatchObserver, BatchOptions, CancellationToken, BatchResult>? Run,
    string? Error = null,
    int ExitCode = Cli.ExitCode.Success,
    Action<BatchResult>? Finished = null);

/// <summary>The shell shared by <c>extract</c> and <c>clean</c>: INPUT and --out, checks, progress, summary, exit code.</summary>
/// <remarks>INPUT is a folder, read recursively, or one article file: then the batch is that file and its folder is the
/// input folder (for relative paths in the summary, and for the out-folder check).</remarks>
internal static class BatchCommand
{
    // A day: CancelAfter takes at most about 49 days, and no sane budget is longer.
    private const double MaxSeconds = 86_400;
    private const double MaxMegabytes = 1_000_000;

    private const string LimitsAndCancellation =
        "An article file above --max-size (default 10 MB) is failed unread (\"too large: N MB, the limit is 10 MB; see --max-size\"); "
        + "a document still running after --doc-timeout (default 60 s) is failed (\"took longer than 60 s; see --doc-timeout\"); the batch goes on after either. "
        + "Ctrl-C or SIGTERM stops the batch cleanly: the temporary output folder is removed, OUT_DIR is left as it was, stderr says \"cancelled\" and the exit code is 130 (a second Ctrl-C ends at once).";

    public static Command Create(
        CliEnvironment env,
        string name,
        string description,
        string outDescription,
        Func<IBatchObserver, BatchOptions, CancellationToken, BatchResult> run) =>
        Create(env, name, description, outDescription, [], (_, _) => new PreparedBatch(run));

    /// <param name="options">The command's own options, beside INPUT and --out.</param>
    /// <param name="prepare">Reads those options, given the output folder, once the input checks passed; may refuse to start.</param>
    public static Command Create(
        CliEnvironment env,
        string name,
        string description,
        string outDescription,
        IReadOnlyList<Option> options,
        Func<ParseResult, string, PreparedBatch> prepare)
    {
        var input = new Argument<string>("INPUT")
        {
            Description = "A folder of articles (.txt, .md, .html, .htm), read recursively, or one article file. Sidecar files (<doc_id>.meta.json) may sit beside them.",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = outDescription,
            HelpName = "OUT_DIR",
            Required = true,
        };
        var maxSize = NumberOption.WithDefault("--max-size", "Largest article file read, in MB (1 MB = 1,048,576 bytes); a larger file is reported as failed (\"too large\") without being read, and the batch goes on.",
            (double)DocumentLimits.Default.MaxBytes / DocumentLimits.Megabyte, mb => mb is > 0 and <= MaxMegabytes, $"a number of MB above 0 and at most {MaxMegabytes}");
        maxSize.HelpName = "MB";
        var docTimeout = NumberOption.WithDefault("--doc-timeout", "Time budget of one document, in seconds; a document still being processed after it is stopped and reported as failed, and the batch goes on. 0: no budget.",
            DocumentLimits.Default.Timeout!.Value.TotalSeconds, s => s is >= 0 and <= MaxSeconds, $"a number of seconds from 0 (no budget) to {MaxSeconds}");
        docTimeout.HelpName = "SECONDS";
        var command = new Command(name, description + " " + LimitsAndCancellation) { input, output, maxSize, docTimeout };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) =>
        {
            var limits = new DocumentLimits(
                (long)(parse.GetValue(maxSize) * DocumentLimits.Megabyte),
                parse.GetValue(docTimeout) is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null);
            return Task.FromResult(Execute(env, name, parse.GetValue(input)!, parse.GetValue(output)!, limits, outputDirectory => prepare(parse, outputDirectory), ct));
        });
        return command;
    }

    private static int Execute(
        CliEnvironment env,
        string name,
        string input,
        string outputDirectory,
        DocumentLimits limits,
        Func<string, PreparedBatch> prepare,
        CancellationToken ct)
    {
        var singleFile = File.Exists(input);
        if (!singleFile && !Directory.Exists(input))
        {
            env.Error.WriteLine($"newsextract {name}: input folder or file not found: {input}");
            return ExitCode.InputMissing;
        }

        var inputDirectory = singleFile ? Path.GetDirectoryName(Path.GetFullPath(input))! : input;
        var inputFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputDirectory));
        var outputFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if ((inputFull + Path.DirectorySeparatorChar).StartsWith(outputFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            env.Error.WriteLine($"newsextract {name}: --out {outputDirectory} is the input folder or contains it; choose another folder");
            return ExitCode.UsageError;
        }

        IReadOnlyList<InputFile> inputs;
        try
        {
            inputs = singleFile ? [] : env.EnumerateInputs(inputDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"newsextract {name}: cannot read input folder {inputDirectory}: {ex.Message}");
            return ExitCode.InputMissing;
        }

        var prepared = prepare(outputDirectory);
        if (prepared.Run is not { } run)
        {
            env.Error.WriteLine($"newsextract {name}: {prepared.Error}");
            return prepared.ExitCode;
        }

        var started = env.Clock.GetTimestamp();
        BatchResult result;
        try
        {
            IReadOnlyList<string> files = singleFile ? [Path.GetFullPath(input)] : inputs.Select(f => f.Path).ToList();
            var options = new BatchOptions(inputDirectory, outputDirectory, files)
            {
                Limits = limits,
                Folders = inputs.Where(f => f.IsFolder).ToDictionary(f => f.Path, f => f.ListingOutcome!, StringComparer.Ordinal),
            };
            result = ProgressReporter.Run(env, name, observer => run(observer, options, ct));
        }
        catch (OperationCanceledException)
        {
            env.Error.WriteLine($"newsextract {name}: cancelled; {outputDirectory} left unchanged");
            return ExitCode.Cancelled;
        }

        if (result.StartError is { } notStarted)
        {
            env.Error.WriteLine($"newsextract {name}: {notStarted}");
            return ExitCode.InputMissing;
        }

        foreach (var backup in result.Backups)
        {
            env.Error.WriteLine($"newsextract {name}: kept the reviewed {backup.Original} as {Path.GetFileName(backup.Backup)}");
        }

        if (result.ReviewWouldBeLost.Count > 0)
        {
            env.Error.WriteLine($"newsextract {name}: {ReviewRefusal.Message(result.ReviewWouldBeLost)}");
            env.Error.WriteLine($"newsextract {name}: nothing was written; {outputDirectory} left unchanged");
            return ExitCode.ReviewWouldBeLost;
        }

        if (result.OutputError is { } error)
        {
            env.Error.WriteLine($"newsextract {name}: {error}");
            env.Error.WriteLine($"newsextract {name}: nothing was written; {outputDirectory} left unchanged");
            return ExitCode.OutputFailed;
        }

        prepared.Finished?.Invoke(result);
        foreach (var warning in result.Warnings)
        {
            env.Error.WriteLine($"newsextract {name}: warning: {warning}");
        }

        if (result.UpToDate)
        {
            env.Error.WriteLine($"newsextract {name}: up to date: no article, sidecar, model, tool build or setting changed since the outputs in {outputDirectory} were written, "
                + "and they are as that run left them; nothing was rewritten (--no-cache runs everything again)");
        }

        var summary = result.Summary;
        RunSummaryWriter.WriteText(env.Out, summary, allFiles: false);
        env.Out.WriteLine();
        env.Out.WriteLine($"outputs: {outputFull}");
        var elapsed = env.Clock.GetElapsedTime(started).TotalSeconds;
        env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time: {elapsed:0.00}s"));
        if (result.TextCharacters > 0)
        {
            // Per core as the issue tracker and the bench quote it: MB (10^6 characters) of clean text per second per thread used.
            var megabytes = result.TextCharacters / 1e6 / Math.Max(elapsed, 1e-9);
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"throughput: {summary.Processed / Math.Max(elapsed, 1e-9):0.0} documents/s, {megabytes:0.000} MB/s of article text, {megabytes / result.Threads:0.000} MB/s per core ({result.Threads} thread{(result.Threads == 1 ? "" : "s")}); "
                + $"peak working set {PeakWorkingSetMegabytes():0} MB"));
            // The collector's share of the wall time: most of the pipeline's allocations die young, so a high share
            // means documents in flight outlive the young generation's budget.
            var paused = GC.GetTotalPauseDuration().TotalSeconds;
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"collector: {GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} collections of generation 0 / 1 / 2, "
                + $"paused {paused:0.00} s ({paused / Math.Max(elapsed, 1e-9):0%} of the wall time), "
                + $"{GC.GetTotalAllocatedBytes() / 1e9:0.0} GB allocated"));
        }
        if (summary.Failed > 0)
        {
            env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"newsextract {name}: {summary.Failed} of {summary.Files.Count} files failed; see the summary"));
            return ExitCode.CompletedWithFailures;
        }

        return ExitCode.Success;
    }

    private static double PeakWorkingSetMegabytes()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1e6;
    }
}
