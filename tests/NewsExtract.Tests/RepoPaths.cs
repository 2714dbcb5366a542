namespace NewsExtract.Tests;

/// <summary>Finds folders of the source tree from a running test, wherever the build output lives.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding <c>NewsExtract.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The test project's fixtures in the source tree (not the copy in bin/), so new files count without a rebuild.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "NewsExtract.Tests", "Fixtures");

    /// <summary>The command line's Release build folder, as the README's test command builds it.</summary>
    public static string CliBuild => Path.Combine(Root, "src", "NewsExtract.Cli", "bin", "Release", "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsExtract.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"NewsExtract.sln not found above {AppContext.BaseDirectory}");
    }
}
