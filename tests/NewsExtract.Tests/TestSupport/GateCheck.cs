namespace NewsExtract.Tests.TestSupport;

/// <summary>Holds a quick test that lets a slow pattern skip a text ("gate") to the pattern: over texts strung together
/// at random from <c>pieces</c>, the gate never rules out a text the pattern matches, and both outcomes are common
/// enough for that to mean something.</summary>
internal static class GateCheck
{
    public static void NeverRulesOutAMatch(
        string[] pieces, int seed, Func<string, bool> gate, Func<string, bool> matches, int minMatched, int minRuledOut,
        int maxPieces = 7, string separator = "")
    {
        var (matched, ruledOut) = (0, 0);
        foreach (var text in Texts(pieces, seed, maxPieces, separator))
        {
            var match = matches(text);
            var passes = gate(text);
            Assert.True(passes || !match, $"ruled out, yet the pattern matches: \"{text}\"");
            matched += match ? 1 : 0;
            ruledOut += passes ? 0 : 1;
        }
        Assert.True(matched >= minMatched && ruledOut >= minRuledOut, $"{matched} texts matched, {ruledOut} ruled out: too few to tell");
    }

    /// <summary>20,000 texts, each one to <paramref name="maxPieces"/> of <paramref name="pieces"/> drawn at random and
    /// joined by <paramref name="separator"/>; the same seed gives the same texts.</summary>
    public static IEnumerable<string> Texts(string[] pieces, int seed, int maxPieces = 7, string separator = "")
    {
        var random = new Random(seed);
        for (var round = 0; round < 20_000; round++)
            yield return string.Join(separator, Enumerable.Range(0, random.Next(1, maxPieces + 1)).Select(_ => pieces[random.Next(pieces.Length)]));
    }
}
