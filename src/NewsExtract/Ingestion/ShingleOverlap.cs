using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion;

/// <summary>Precision, recall and F1 of one extracted text against the expected text.</summary>
public readonly record struct OverlapScore(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Compares extracted article text with the true text by overlapping word shingles.</summary>
/// <remarks>
/// Each text becomes the multiset of its lower-cased <see cref="Size"/>-word shingles (a word is a run of
/// letters or digits, so punctuation, quotes and line breaks do not matter); precision is the share of
/// extracted shingles found in the expected text, recall the share of expected ones found in the
/// extraction, each shingle counted at most as often as it occurs on the other side. Order-sensitive only
/// within a shingle, so a paragraph in the wrong place costs a few shingles, a missing paragraph all of
/// its own. Texts shorter than <see cref="Size"/> words use one shingle of the whole text. Immutable.
/// </remarks>
public sealed partial class ShingleOverlap
{
    public ShingleOverlap(int size = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Size = size;
    }

    public int Size { get; }

    public OverlapScore Score(string extracted, string expected)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(expected);
        var got = Shingles(extracted);
        var want = Shingles(expected);
        if (got.Count == 0 && want.Count == 0)
            return new OverlapScore(1, 1);

        var common = 0;
        foreach (var (shingle, count) in got)
            common += Math.Min(count, want.GetValueOrDefault(shingle));
        var gotTotal = got.Values.Sum();
        var wantTotal = want.Values.Sum();
        return new OverlapScore(
            gotTotal == 0 ? 0 : (double)common / gotTotal,
            wantTotal == 0 ? 0 : (double)common / wantTotal);
    }

    /// <summary>Mean precision and mean recall over documents (each document weighs the same).</summary>
    public static OverlapScore Mean(IReadOnlyCollection<OverlapScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return scores.Count == 0
            ? new OverlapScore(0, 0)
            : new OverlapScore(scores.Average(s => s.Precision), scores.Average(s => s.Recall));
    }

    public Dictionary<string, int> Shingles(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Length == 0)
            return shingles;
        if (words.Length < Size)
        {
            shingles[string.Join(' ', words)] = 1;
            return shingles;
        }
        for (var i = 0; i + Size <= words.Length; i++)
        {
            var key = string.Join(' ', words, i, Size);
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
