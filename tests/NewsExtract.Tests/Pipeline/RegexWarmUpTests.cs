using System.Reflection;
using System.Text.RegularExpressions;
using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Pipeline;

public sealed class RegexWarmUpTests
{
    [Fact]
    public async Task Compiles_every_generated_regex_runner_without_failing()
    {
        // Each generated regex has a runner with at least a scan, a search for a start and a match at a position.
        var regexes = typeof(RegexWarmUp).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Count(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null);
        Assert.True(regexes > 100, $"{regexes} generated regexes found");

        var compiled = await RegexWarmUp.Start();

        Assert.True(compiled >= 3 * regexes, $"{compiled} methods compiled for {regexes} generated regexes");
    }
}
