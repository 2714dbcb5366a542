using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// The MONEY mentions of a sentence in order, each with its parsed unit, read once a sentence: the rules ask of each
/// amount which amount comes just before it and which earlier one carries a unit, and a scan of the sentence's amounts
/// for every amount made a sentence of many amounts cost the square of their number in parsing.
/// </summary>
internal sealed class SentenceMonies
{
    private readonly Entity[] _monies;
    private readonly int[] _starts;
    private readonly string?[] _units;
    // The index of the nearest amount before each one whose unit is per something ("USD/kg"), or -1.
    private readonly int[] _perUnitBefore;

    public SentenceMonies(IReadOnlyList<Entity> entities)
    {
        // Stable by start; a view's entities are in start order, so this keeps their order.
        _monies = [.. entities.Where(e => e.Label == EntityLabel.MONEY).OrderBy(e => e.Start)];
        _starts = [.. _monies.Select(e => e.Start)];
        _units = [.. _monies.Select(e => RuleFacts.Money(e)?.Unit)];
        _perUnitBefore = new int[_monies.Length];
        var last = -1;
        for (var i = 0; i < _monies.Length; i++)
        {
            _perUnitBefore[i] = last;
            if (_units[i] is { } unit && unit.Contains('/'))
                last = i;
        }
    }

    /// <summary>The last amount that ends by the start of <paramref name="money"/>, or null.</summary>
    public Entity? Before(Entity money)
    {
        for (var i = FirstStartingAfter(money.Start) - 1; i >= 0; i--)
        {
            if (_monies[i].End <= money.Start)
                return _monies[i];
        }
        return null;
    }

    /// <summary>The first amount that starts at or after the end of <paramref name="money"/>, with its unit, or null.</summary>
    public (Entity Money, string? Unit)? After(Entity money)
    {
        for (var i = FirstStartingAfter(money.Start); i < _monies.Length; i++)
        {
            if (_monies[i].Start >= money.End)
                return (_monies[i], _units[i]);
        }
        return null;
    }

    /// <summary>The unit of the last amount ending by the start of <paramref name="money"/> whose unit is
    /// <paramref name="currency"/> per something, or null.</summary>
    public string? PerUnitBefore(Entity money, string currency)
    {
        var prefix = currency + "/";
        var i = FirstStartingAfter(money.Start);
        // Amounts that start after it cannot end by its start; of the rest, only those with a per-unit unit count.
        var j = i < _monies.Length ? _perUnitBefore[i] : LastPerUnit();
        for (; j >= 0; j = _perUnitBefore[j])
        {
            if (_monies[j].End <= money.Start && _units[j]!.StartsWith(prefix, StringComparison.Ordinal))
                return _units[j];
        }
        return null;
    }

    private int LastPerUnit()
    {
        var n = _monies.Length;
        return n == 0 ? -1 : _units[n - 1] is { } unit && unit.Contains('/') ? n - 1 : _perUnitBefore[n - 1];
    }

    // The index of the first amount that starts after `start` (binary search over the starts).
    private int FirstStartingAfter(int start)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] <= start)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
