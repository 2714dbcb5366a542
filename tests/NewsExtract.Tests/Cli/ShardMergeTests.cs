using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Output;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Cli;

/// <summary><c>extract --shard K/N</c> and <c>merge</c>: the merged shards are the single run, or merge refuses and writes nothing.</summary>
public sealed class ShardMergeTests(ShardedRuns runs) : IClassFixture<ShardedRuns>
{
    private static readonly string[] ByteIdentical = ["facts.csv", "facts.json", "entities.csv", "entities.json", "summary.json", "summary.txt"];

    private IEnumerable<string> AllShards => Enumerable.Range(1, ShardedRuns.Shards).Select(runs.ShardOut);

    private string NewOut() => runs.Scratch.Combine($"merged-{Guid.NewGuid():N}");

    private static List<(string Path, string Status, string Reason)> SummaryFiles(string outDir)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "summary.json")));
        return json.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString()!, f.GetProperty("status").GetString()!, f.GetProperty("reason").GetString()!)).ToList();
    }

    [Fact]
    public void Merged_shards_are_byte_identical_to_a_single_run_and_the_workbook_has_the_same_cells()
    {
        var merged = NewOut();

        var (exit, console) = ShardedRuns.Run(["merge", .. AllShards, "--out", merged]);

        Assert.Equal((ExitCode.Success, ExitCode.Success), (runs.SingleExit, exit));
        Assert.All(runs.ShardExits, code => Assert.Equal(ExitCode.Success, code));
        Assert.Contains($"merged {ShardedRuns.Shards} shards", console);
        foreach (var name in ByteIdentical)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(runs.Single, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(merged, name))), name);
        }

        Assert.Equal(Workbooks.Cells(Path.Combine(runs.Single, "facts.xlsx")), Workbooks.Cells(Path.Combine(merged, "facts.xlsx")));
        Assert.Equal(ExtractRunner.OutputFiles.Order(StringComparer.Ordinal), Directory.GetFiles(merged).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_shard_reads_a_share_and_lists_every_other_file_as_in_another_shard()
    {
        var single = SummaryFiles(runs.Single);
        var shards = AllShards.Select(SummaryFiles).ToList();

        Assert.Contains(single, f => f.Reason.StartsWith("duplicate doc_id", StringComparison.Ordinal));
        Assert.Contains(single, f => f is { Status: "skipped", Reason: "unsupported file type" });
        foreach (var shard in shards)
        {
            Assert.Equal(single.Select(f => f.Path), shard.Select(f => f.Path));
            Assert.InRange(shard.Count(f => f.Status == "processed"), 1, single.Count(f => f.Status == "processed") - 1);
        }

        for (var i = 0; i < single.Count; i++)
        {
            var readers = shards.Where(s => s[i].Reason != Shard.OtherShardReason).ToList();
            Assert.Equal(single[i], Assert.Single(readers)[i]);
            Assert.All(shards.Except(readers), s => Assert.Equal("skipped", s[i].Status));
        }
    }

    [Fact]
    public void Merge_refuses_when_a_shard_is_missing()
    {
        var merged = NewOut();

        var (exit, console) = ShardedRuns.Run(["merge", .. AllShards.Skip(1), "--out", merged]);

        Assert.Equal(ExitCode.ShardsDoNotFit, exit);
        Assert.Contains("a shard is missing", console);
        Assert.False(Directory.Exists(merged));
    }

    [Fact]
    public void Merge_refuses_overlapping_shards()
    {
        var merged = NewOut();

        var (exit, console) = ShardedRuns.Run(["merge", .. AllShards, runs.ShardOut(1), "--out", merged]);

        Assert.Equal(ExitCode.ShardsDoNotFit, exit);
        Assert.Contains($"was read by both {runs.ShardOut(1)} and {runs.ShardOut(1)}", console);
        Assert.False(Directory.Exists(merged));
    }

    [Fact]
    public void Merge_refuses_shards_of_different_input_folders()
    {
        var otherInput = runs.Scratch.Combine($"in-copy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(otherInput);
        foreach (var file in Directory.GetFiles(runs.Input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(otherInput, Path.GetRelativePath(runs.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var otherShard = runs.Scratch.Combine($"other-{Guid.NewGuid():N}");
        Assert.Equal(ExitCode.Success, ShardedRuns.Run("extract", otherInput, "--out", otherShard, "--shard", $"{ShardedRuns.Shards}/{ShardedRuns.Shards}", "--no-ml").Exit);
        var merged = NewOut();

        var (exit, console) = ShardedRuns.Run(["merge", .. AllShards.SkipLast(1), otherShard, "--out", merged]);

        Assert.Equal(ExitCode.ShardsDoNotFit, exit);
        Assert.Contains($"read {otherInput} but", console);
        Assert.False(Directory.Exists(merged));
    }

    [Theory]
    [InlineData("entities.json")]
    [InlineData("summary.json")]
    [InlineData("facts.xlsx")]
    public void Merge_refuses_a_shard_with_an_output_file_missing(string missing)
    {
        var copy = runs.Scratch.Combine($"incomplete-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(runs.ShardOut(2)).Where(f => Path.GetFileName(f) != missing))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var merged = NewOut();

        var (exit, console) = ShardedRuns.Run("merge", runs.ShardOut(1), copy, runs.ShardOut(3), "--out", merged);

        Assert.Equal(ExitCode.InputMissing, exit);
        Assert.Contains($"{copy}: {missing} is missing", console);
        Assert.False(Directory.Exists(merged));
    }

    [Fact]
    public void Merge_into_an_existing_folder_replaces_the_outputs_whole_and_leaves_no_temporary_folder()
    {
        var merged = NewOut();
        Directory.CreateDirectory(merged);
        File.WriteAllText(Path.Combine(merged, "facts.json"), "stale");
        File.WriteAllText(Path.Combine(merged, "keep.txt"), "mine");

        Assert.Equal(ExitCode.Success, ShardedRuns.Run(["merge", .. AllShards, "--out", merged]).Exit);

        Assert.Equal(File.ReadAllBytes(Path.Combine(runs.Single, "facts.json")), File.ReadAllBytes(Path.Combine(merged, "facts.json")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(merged, "keep.txt")));
        Assert.DoesNotContain(Directory.GetDirectories(runs.Scratch.Root), d => Path.GetFileName(d).Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_refuses_an_out_folder_that_is_one_of_the_shards()
    {
        var before = File.ReadAllBytes(Path.Combine(runs.ShardOut(1), "facts.json"));

        var (exit, console) = ShardedRuns.Run(["merge", .. AllShards, "--out", runs.ShardOut(1)]);

        Assert.Equal(ExitCode.UsageError, exit);
        Assert.Contains("is one of the shard folders", console);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(runs.ShardOut(1), "facts.json")));
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("two/3")]
    [InlineData("3")]
    public void Extract_with_a_bad_shard_is_a_usage_error_and_writes_nothing(string shard)
    {
        var outDir = NewOut();

        var (exit, console) = ShardedRuns.Run("extract", runs.Input, "--out", outDir, "--shard", shard);

        Assert.Equal(ExitCode.UsageError, exit);
        Assert.Contains($"--shard: '{shard}'", console);
        Assert.False(Directory.Exists(outDir));
    }
}
