using System.Diagnostics;
using System.Text;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.EndToEnd;

/// <summary>The built command, interrupted by a real signal while it extracts a few hundred articles.</summary>
public sealed class CancellationProcessTests : IDisposable
{
    private const int Articles = 400;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Outputs of an earlier run that the interrupted one would replace, with their bytes.</summary>
    private static readonly IReadOnlyDictionary<string, string> Earlier = new Dictionary<string, string>
    {
        ["facts.json"] = "[\"earlier facts\"]\n",
        ["entities.csv"] = "doc_id,label\r\nearlier,GPE\r\n",
        ["summary.txt"] = "an earlier summary\n",
    };

    private readonly TemporaryDirectory _dir = new();

    public CancellationProcessTests()
    {
        // Real articles from the development corpus, copied under new names, so the run lasts seconds.
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "corpus", "dev"), "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(sources);
        Directory.CreateDirectory(_dir.Combine("in"));
        for (var i = 0; i < Articles; i++)
            File.Copy(sources[i % sources.Count], _dir.Combine("in", $"article{i:D4}.txt"));

        foreach (var (name, text) in Earlier)
            _dir.WriteFile(Path.Combine("parent", "out", name), text);
    }

    public void Dispose() => _dir.Dispose();

    private static string Cli => Path.Combine(RepoPaths.CliBuild, "NewsExtract.Cli.dll");

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_stops_extract_removes_its_temporary_folder_keeps_the_earlier_outputs_and_exits_130(string signal)
    {
        Assert.True(File.Exists(Cli), $"build the solution first: {Cli} not found");
        var parent = _dir.Combine("parent");
        var output = Path.Combine(parent, "out");
        var error = new StringBuilder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { Cli, "extract", _dir.Combine("in"), "--out", output })
            start.ArgumentList.Add(arg);
        start.Environment["CI"] = "1";

        using var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { lock (error) error.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        var stdout = process.StandardOutput.ReadToEndAsync();
        try
        {
            // The first progress line comes once the staging folder exists and the models are loaded.
            var started = Stopwatch.StartNew();
            while (!(Text(error).Contains($"extract: {Articles} files", StringComparison.Ordinal) && Staging(parent).Count > 0))
            {
                Assert.False(process.HasExited, $"extract ended before it was signalled: {Text(error)}");
                Assert.True(started.Elapsed < Patience, $"no progress within {Patience}: {Text(error)}");
                await Task.Delay(20);
            }

            using (var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!)
            {
                await kill.WaitForExitAsync();
                Assert.Equal(0, kill.ExitCode);
            }

            using var timeout = new CancellationTokenSource(Patience);
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }

        await stdout;
        Assert.Equal(130, process.ExitCode);
        Assert.Contains($"newsextract extract: cancelled; {output} left unchanged", Text(error));
        Assert.DoesNotContain($"extract: {Articles}/{Articles} files", Text(error));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
        Assert.Equal(Earlier.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (name, text) in Earlier)
            Assert.Equal(Encoding.UTF8.GetBytes(text), File.ReadAllBytes(Path.Combine(output, name)));
    }

    private static string Text(StringBuilder error)
    {
        lock (error)
            return error.ToString();
    }

    private static List<string> Staging(string parent) =>
        Directory.GetDirectories(parent).Where(d => Path.GetFileName(d).StartsWith(".out.tmp-", StringComparison.Ordinal)).ToList();
}
