namespace NewsExtract.Output;

/// <summary>What a reader got from a file: the rows it could read and a problem line (naming the file) for each it could not.</summary>
/// <remarks>Readers never throw for bad content; a file that cannot be read at all is one problem and no items.</remarks>
public sealed record ReadResult<T>(IReadOnlyList<T> Items, IReadOnlyList<string> Problems)
{
    public bool IsSuccess => Problems.Count == 0;

    public static ReadResult<T> Failure(string problem) => new([], [problem]);
}
