namespace NewsExtract.Output;

/// <summary>Why <see cref="ShardMerger"/> wrote nothing.</summary>
public enum MergeProblem
{
    None,

    /// <summary>A shard folder, or one of its output files, is missing, unreadable or inconsistent with itself.</summary>
    ShardUnreadable,

    /// <summary>The shards do not make up one run: other input folders or files, a document in two shards, a shard missing, other models.</summary>
    ShardsDoNotFit,

    /// <summary>The output folder holds a reviewed facts.xlsx or facts.csv the merged outputs would replace.</summary>
    ReviewWouldBeLost,

    /// <summary>The outputs could not be written; the output folder was left as it was.</summary>
    OutputFailed,
}

/// <summary>The merged run's summary, or why nothing was written (<see cref="Message"/> says what to look at).</summary>
public sealed record MergeResult(RunSummary? Summary, MergeProblem Problem, string? Message)
{
    public static MergeResult Refused(MergeProblem problem, string message) => new(null, problem, message);
}
