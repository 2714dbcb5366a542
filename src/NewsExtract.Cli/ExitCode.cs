namespace NewsExtract.Cli;

/// <summary>The process exit codes of <c>newsextract</c>. Scripts and CI depend on them: do not renumber.</summary>
public static class ExitCode
{
    /// <summary>Everything ran and every output was written.</summary>
    public const int Success = 0;

    /// <summary>The command completed and wrote its outputs, but some input files failed (extract, clean) or some gold files or prediction rows could not be read (score). The summary says which.</summary>
    public const int CompletedWithFailures = 1;

    /// <summary>The command line is wrong: unknown command or option, missing or invalid value.</summary>
    public const int UsageError = 2;

    /// <summary>An input folder (or a predictions file, or any gold) is missing or unreadable.</summary>
    public const int InputMissing = 3;

    /// <summary>score: a --min-fact-f1 or --min-entity-f1 threshold was not met.</summary>
    public const int ThresholdsNotMet = 4;

    /// <summary>The outputs could not be written; the output folder was left as it was.</summary>
    public const int OutputFailed = 5;

    /// <summary>extract: the output folder holds a facts.xlsx or facts.csv with verdicts or notes (or one that cannot be read to tell), which the new outputs would replace; nothing was written. <c>--force</c> keeps such files as timestamped backups and runs.</summary>
    public const int ReviewWouldBeLost = 6;

    /// <summary>merge: the shard folders do not make up one run (other input folders or files, a document in two shards, a shard missing, other models); nothing was written.</summary>
    public const int ShardsDoNotFit = 7;

    /// <summary>Interrupted (Ctrl+C); the output folder was left as it was. 128 + SIGINT, as shells expect.</summary>
    public const int Cancelled = 130;
}
