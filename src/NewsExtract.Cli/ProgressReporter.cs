using System.Globalization;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using Spectre.Console;

namespace NewsExtract.Cli;

/// <summary>Shows a batch's progress on stderr: a Spectre.Console bar on a terminal, plain periodic lines otherwise (redirected, CI).</summary>
internal static class ProgressReporter
{
    public static BatchResult Run(CliEnvironment env, string command, Func<IBatchObserver, BatchResult> work)
    {
        if (!env.Interactive)
        {
            return work(new PlainLines(env.Error, env.Clock, command));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(env.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context => work(new Bar(context, command)));
    }

    private sealed class Bar(ProgressContext context, string command) : IBatchObserver
    {
        private ProgressTask? _task;
        private int _failed;

        public void Started(int totalFiles) => _task = context.AddTask(command, maxValue: Math.Max(1, totalFiles));

        public void FileDone(int index, FileSummary file)
        {
            if (file.Status == IngestStatus.Failed)
            {
                _failed++;
            }

            if (_task is { } task)
            {
                task.Description = _failed == 0 ? command : string.Create(CultureInfo.InvariantCulture, $"{command} ({_failed} failed)");
                task.Increment(1);
            }
        }
    }

    /// <summary>A line every 100 files or 5 seconds, and one at the end: readable in CI logs.</summary>
    private sealed class PlainLines(TextWriter error, TimeProvider clock, string command) : IBatchObserver
    {
        private const int EveryFiles = 100;
        private static readonly TimeSpan EveryTime = TimeSpan.FromSeconds(5);
        private int _total;
        private int _processed, _skipped, _failed;
        private long _lastLine;

        public void Started(int totalFiles)
        {
            _total = totalFiles;
            _lastLine = clock.GetTimestamp();
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{command}: {totalFiles} files"));
        }

        public void FileDone(int index, FileSummary file)
        {
            switch (file.Status)
            {
                case IngestStatus.Processed: _processed++; break;
                case IngestStatus.Skipped: _skipped++; break;
                default: _failed++; break;
            }

            if (file.Status == IngestStatus.Failed)
            {
                error.WriteLine($"{command}: failed: {file.Path}: {file.Reason}");
            }

            var done = index + 1;
            if (done == _total || done % EveryFiles == 0 || clock.GetElapsedTime(_lastLine) >= EveryTime)
            {
                _lastLine = clock.GetTimestamp();
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{command}: {done}/{_total} files ({_processed} processed, {_skipped} skipped, {_failed} failed)"));
            }
        }
    }
}
