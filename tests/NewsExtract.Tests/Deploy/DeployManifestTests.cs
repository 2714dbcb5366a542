using System.Diagnostics;
using System.Text.RegularExpressions;
using k8s;
using k8s.Models;
using NewsExtract.Cli;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Deploy;

/// <summary>
/// The container image and the Kubernetes Jobs in <c>deploy/</c>, checked without a cluster: the manifests are loaded with
/// the KubernetesClient typed models, and the extract pod's shell line is run with a stand-in <c>dotnet</c>.
/// </summary>
public sealed partial class DeployManifestTests
{
    private const string ClaimName = "newsextract-data";
    private const string Entry = "/app/NewsExtract.Cli.dll";

    private static string DeployFile(string name) => Path.Combine(RepoPaths.Root, "deploy", name);

    private static V1Job Job(string name) => KubernetesYaml.Deserialize<V1Job>(File.ReadAllText(DeployFile(name)));

    private static V1Container Container(V1Job job) => Assert.Single(job.Spec.Template.Spec.Containers);

    /// <summary>N, from the extract pod's <c>--shard .../N</c>.</summary>
    private static int ShardCount(V1Job extract) =>
        int.Parse(ShardCountPattern().Match(Assert.Single(Container(extract).Args)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Extract_job_is_indexed_with_one_completion_per_shard_all_running_at_once()
    {
        var job = Job("extract-job.yaml");

        Assert.Equal(("batch/v1", "Job"), (job.ApiVersion, job.Kind));
        Assert.Equal("Indexed", job.Spec.CompletionMode);
        var n = ShardCount(job);
        Assert.True(n > 1, $"N = {n}");
        Assert.Equal((n, n), (job.Spec.Completions, job.Spec.Parallelism));
        Assert.Equal("Never", job.Spec.Template.Spec.RestartPolicy);
    }

    [Fact]
    public void Each_extract_pod_runs_its_one_based_shard_into_its_own_folder()
    {
        var job = Job("extract-job.yaml");
        var container = Container(job);
        var n = ShardCount(job);
        Assert.Equal(["/bin/sh", "-c"], container.Command);

        var commands = Enumerable.Range(0, n).Select(index => RunPodShell(Assert.Single(container.Args), index)).ToList();

        for (var index = 0; index < n; index++)
        {
            Assert.Equal(
                [Entry, "extract", "/data/in", "--out", $"/data/out/shard-{index}", "--shard", $"{index + 1}/{n}"],
                commands[index]);
            var parse = NewsExtractApp.CreateRootCommand(QuietEnvironment()).Parse(commands[index].Skip(1).ToArray());
            Assert.Empty(parse.Errors);
        }
    }

    [Fact]
    public void Merge_job_merges_every_shard_folder_of_the_extract_job_once()
    {
        var extract = Job("extract-job.yaml");
        var merge = Job("merge-job.yaml");
        var n = ShardCount(extract);
        var container = Container(merge);

        Assert.Null(merge.Spec.CompletionMode);
        Assert.Equal((1, 1), (merge.Spec.Completions, merge.Spec.Parallelism));
        Assert.Null(container.Command); // the image's ENTRYPOINT, the CLI
        Assert.Equal(
            ["merge", .. Enumerable.Range(0, n).Select(i => $"/data/out/shard-{i}"), "--out", "/data/out/merged"],
            container.Args);
        Assert.Empty(NewsExtractApp.CreateRootCommand(QuietEnvironment()).Parse(container.Args.ToArray()).Errors);
        Assert.Equal(container.Image, Container(extract).Image);
    }

    [Theory]
    [InlineData("extract-job.yaml")]
    [InlineData("merge-job.yaml")]
    public void Jobs_mount_the_shared_claim_at_data(string file)
    {
        var job = Job(file);
        var claim = KubernetesYaml.Deserialize<V1PersistentVolumeClaim>(File.ReadAllText(DeployFile("data-pvc.yaml")));

        var volume = Assert.Single(job.Spec.Template.Spec.Volumes);
        Assert.Equal(ClaimName, volume.PersistentVolumeClaim.ClaimName);
        Assert.Equal(ClaimName, claim.Metadata.Name);
        Assert.Contains("ReadWriteMany", claim.Spec.AccessModes);
        var mount = Assert.Single(Container(job).VolumeMounts);
        Assert.Equal((volume.Name, "/data"), (mount.Name, mount.MountPath));
        Assert.NotEqual(true, mount.ReadOnlyProperty);
    }

    [Fact]
    public void Dockerfile_builds_from_paths_in_the_repository_and_enters_the_published_cli()
    {
        var lines = File.ReadAllLines(DeployFile("Dockerfile")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        Assert.Equal(2, lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/runtime:10.0", StringComparison.Ordinal));
        var sources = lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]).ToList();
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, source)) || Directory.Exists(Path.Combine(RepoPaths.Root, source)), source);
        }

        var publish = Assert.Single(lines, l => l.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        var project = publish.Split(' ')[3];
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, project)), project);
        var output = Regex.Match(publish, @" -o (\S+)").Groups[1].Value;
        Assert.Equal($"ENTRYPOINT [\"dotnet\", \"{output}/{Path.GetFileNameWithoutExtension(project)}.dll\"]", lines[^1]);
        Assert.Equal(Entry, $"{output}/{Path.GetFileNameWithoutExtension(project)}.dll");
    }

    [Fact]
    public void The_tool_runs_with_the_server_collector_and_nothing_overrides_the_collector()
    {
        // The collector is chosen in the tool's runtime config, so the built tool, `dotnet run` and the image run alike.
        // The image and the launch profile once set a 32 MB youngest generation; with the server collector it made a
        // batch slower and larger, so neither sets any collector variable now.
        var properties = RuntimeConfigProperties();
        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(9, properties.GetProperty("System.GC.ConserveMemory").GetInt32());

        Assert.DoesNotContain(File.ReadAllLines(DeployFile("Dockerfile")), l => l.Contains("DOTNET_GC", StringComparison.OrdinalIgnoreCase));
        using var launch = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "NewsExtract.Cli", "Properties", "launchSettings.json")));
        var profile = Assert.Single(launch.RootElement.GetProperty("profiles").EnumerateObject()).Value;
        Assert.Equal("Project", profile.GetProperty("commandName").GetString());
        Assert.False(profile.TryGetProperty("environmentVariables", out _));
    }

    [Fact]
    public void The_tool_compiles_each_method_optimized_once_and_nothing_overrides_that()
    {
        // A batch keeps reaching code it has not run yet, and while it does the runtime puts off optimizing what is hot:
        // the quick first tier ran most of a 1,000-article batch. The runtime config turns it off (and profile-guided
        // recompiling, which cost more than it won); an environment variable in the image would silently undo that.
        var properties = RuntimeConfigProperties();
        Assert.False(properties.GetProperty("System.Runtime.TieredCompilation.QuickJit").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());

        Assert.DoesNotContain(File.ReadAllLines(DeployFile("Dockerfile")), l => l.Contains("DOTNET_T", StringComparison.OrdinalIgnoreCase));
        foreach (var file in new[] { "extract-job.yaml", "merge-job.yaml" })
        {
            var env = Job(file).Spec.Template.Spec.Containers.SelectMany(c => c.Env ?? []).Select(e => e.Name);
            Assert.DoesNotContain(env, name => name.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The built tool's runtime settings (<c>configProperties</c> of its runtime config).</summary>
    private static System.Text.Json.JsonElement RuntimeConfigProperties()
    {
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.CliBuild, "NewsExtract.Cli.runtimeconfig.json")));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    /// <summary>Runs the pod's <c>sh -c</c> line as the pod would, with JOB_COMPLETION_INDEX set and a <c>dotnet</c> that prints its arguments.</summary>
    private static IReadOnlyList<string> RunPodShell(string script, int index)
    {
        using var bin = new TemporaryDirectory();
        var dotnet = bin.WriteFile("dotnet", "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Assert.False(OperatingSystem.IsWindows(), "the pods run Linux; so must this test");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["JOB_COMPLETION_INDEX"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PATH"] = $"{bin.Root}:{Environment.GetEnvironmentVariable("PATH")}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(10_000), "the pod's shell line did not finish");
        Assert.Equal(0, process.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static CliEnvironment QuietEnvironment() =>
        new(TextWriter.Null, TextWriter.Null, false, _ => throw new NotSupportedException(), () => throw new NotSupportedException(),
            _ => [], new FixedClock());

    [GeneratedRegex(@"--shard\s+""?\$\(\(JOB_COMPLETION_INDEX \+ 1\)\)/(\d+)""?")]
    private static partial Regex ShardCountPattern();
}
