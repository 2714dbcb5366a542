using NewsExtract.Output;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

public sealed class OutputStagingTests
{
    [Fact]
    public void A_failing_writer_leaves_old_outputs_untouched_and_no_temp_folder()
    {
        using var dir = new TemporaryDirectory();
        var target = dir.Combine("out");
        dir.WriteFile("out/facts.csv", "old facts");
        dir.WriteFile("out/facts.json", "old json");

        Action run = () =>
        {
            using var staging = new OutputStaging(target);
            using (var stream = staging.CreateFile("facts.csv"))
            {
                stream.Write("new facts"u8);
            }

            using (staging.CreateFile("facts.json"))
            {
                throw new IOException("disk full");
            }
        };

        Assert.Throws<IOException>(run);

        Assert.Equal("old facts", File.ReadAllText(Path.Combine(target, "facts.csv")));
        Assert.Equal("old json", File.ReadAllText(Path.Combine(target, "facts.json")));
        Assert.Equal([target], Directory.GetFileSystemEntries(dir.Root));
    }

    [Fact]
    public void Commit_replaces_named_files_keeps_others_and_removes_the_temp_folder()
    {
        using var dir = new TemporaryDirectory();
        var target = dir.Combine("out");
        dir.WriteFile("out/facts.csv", "old");
        dir.WriteFile("out/notes.txt", "mine");

        using (var staging = new OutputStaging(target))
        {
            using (var stream = staging.CreateFile("facts.csv"))
            {
                stream.Write("new"u8);
            }

            staging.Commit();
        }

        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "facts.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "notes.txt")));
        Assert.Equal([target], Directory.GetFileSystemEntries(dir.Root));
    }

    [Fact]
    public void Creates_a_missing_target_folder_on_commit_only()
    {
        using var dir = new TemporaryDirectory();
        var target = dir.Combine("nested", "out");

        using (var staging = new OutputStaging(target))
        {
            using (staging.CreateFile("a.txt"))
            {
            }

            Assert.False(Directory.Exists(target));
            staging.Commit();
        }

        Assert.True(File.Exists(Path.Combine(target, "a.txt")));
    }

    [Fact]
    public void ExtractRunner_reports_an_unwritable_target_as_a_value_and_writes_nothing()
    {
        using var dir = new TemporaryDirectory();
        var input = dir.WriteFile("in/a.txt", "text");
        var target = dir.WriteFile("out", "a file where the folder should be");

        var result = new ExtractRunner((path, _) => throw new InvalidOperationException("not called"), new RunInfo(FixedClock.Default, "test", RunInfo.RulesOnly))
            .Run(new BatchOptions(dir.Combine("in"), target, [input]));

        Assert.False(result.OutputWritten);
        Assert.Contains("is a file", result.OutputError);
        Assert.Equal("a file where the folder should be", File.ReadAllText(target));
    }
}
