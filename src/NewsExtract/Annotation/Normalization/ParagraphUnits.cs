using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Normalization;

/// <summary>
/// "Kelp ash was up 0.3% at $2,410 a tonne. ... Kelp meal jumped 2.1% to $2,718.5, kelp salt gained 0.4% to $2,190": a
/// market wrap writes the unit with its first price and leaves it off the next ones of the paragraph. A bare amount a
/// move ends at ("to $2,718.5", "at $2,190") takes the per-unit of the last unit price of the same currency before it in
/// the paragraph, when it is within a factor of twenty of that price (metals of one wrap differ that much; a company's
/// sum does not come near). Table lines neither take nor give a unit. Kept for one document, read sentence by sentence
/// in order; not thread-safe.
/// </summary>
internal sealed partial class ParagraphUnits
{
    private (string Currency, string PerUnit, decimal Amount, int End)? _last;

    // Where the search for a blank line after the last unit price stopped: each stretch of text is searched once.
    private int _searched;

    /// <summary>Gives the sentence's bare price levels the paragraph's unit, then remembers its last unit price.</summary>
    public void Share(string text, int sentenceStart, int sentenceEnd, List<Entity> numeric)
    {
        if (_last is not null)
        {
            var from = Math.Max(_searched - 1, _last.Value.End);
            if (sentenceStart > from && text.AsSpan(from, sentenceStart - from).Contains("\n\n", StringComparison.Ordinal))
                _last = null;
            _searched = Math.Max(_searched, sentenceStart);
        }
        // A table's cells have units of their own columns (TableUnits); a bare cell is no price level of the prose.
        if (TableUnits.IsTableLine(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)))
        {
            _last = null;
            return;
        }
        for (var i = 0; i < numeric.Count; i++)
        {
            if (MoneyNormalizer.PartsOf(numeric[i]) is not { } value)
                continue;
            if (value.PerUnit is { } perUnit)
            {
                _last = (value.Currency, perUnit, value.Amount, numeric[i].End);
                _searched = numeric[i].End;
                continue;
            }
            // "around €1,040 a tonneau": a unit written after the amount, which the lexicon does not know, is its own.
            if (_last is { } unit && unit.Currency == value.Currency && unit.Amount > 0 && value.Amount / unit.Amount is >= 0.05m and <= 20m
                && LevelBefore().IsMatch(text.AsSpan(Math.Max(0, numeric[i].Start - 20), Math.Min(20, numeric[i].Start)))
                && !UnitAfter().IsMatch(text.AsSpan(numeric[i].End, Math.Min(12, text.Length - numeric[i].End))))
                numeric[i] = numeric[i] with { Normalized = $"{numeric[i].Normalized}/{unit.PerUnit}" };
        }
    }

    [GeneratedRegex(@"\b(?:to|at)\s+(?:about\s+|around\s+|nearly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelBefore();

    [GeneratedRegex(@"^\s+(?:a|an|per)\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex UnitAfter();
}
