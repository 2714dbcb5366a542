namespace NewsExtract.Annotation;

/// <summary>Searches over positions sorted in ascending order, as the per-document indexes of spans keep them.</summary>
internal static class SortedPositions
{
    /// <summary>The first index whose position is at or after <paramref name="value"/> (the length when none is).
    /// <paramref name="value"/> is a long so that a caller may ask before the text's start without overflow.</summary>
    public static int LowerBound(ReadOnlySpan<int> sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
