using System.Globalization;
using NewsExtract.Review;

namespace NewsExtract.Cli.Commands;

/// <summary><c>extract --keep-review FILE</c>: the reviewed sheet read before the run, or why the run cannot start.</summary>
internal sealed record KeptReview(ReviewCarryOver? CarryOver, PreparedBatch? Error)
{
    public static KeptReview Load(CliEnvironment env, string? file)
    {
        if (file is null)
        {
            return new KeptReview(null, null);
        }

        var sheet = ReviewSheetReader.Read(file);
        if (sheet.Fatal is { } fatal)
        {
            return new KeptReview(null, new PreparedBatch(null, $"--keep-review: {fatal}", ExitCode.InputMissing));
        }

        foreach (var line in sheet.Problems.Concat(sheet.Warnings))
        {
            env.Error.WriteLine($"newsextract extract: --keep-review: {line}");
        }

        return new KeptReview(new ReviewCarryOver(sheet.Rows), null);
    }

    public static void Report(CliEnvironment env, CarryOverCounts counts) =>
        env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsextract extract: --keep-review: verdicts carried: {counts.Carried}; added rows appended: {counts.Added}; reviewed rows with no matching fact any more: {counts.Unmatched}"));
}
