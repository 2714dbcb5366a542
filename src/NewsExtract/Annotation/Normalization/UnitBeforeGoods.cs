using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Normalization;

/// <summary>
/// A price whose unit is written before the goods, not after the amount: "a gram of 24-carat gold changed hands at
/// 6,952 lira", "a tonne of clinker now costs 41 dollars", "a 50 kg bag of sugar costs 285,000 shillings", "a 4-kg box of
/// tomatoes sold for 3.20 dinars". The bare amount after the unit takes it, before any default (<see cref="OuncePrices"/>)
/// does. Stateless.
/// </summary>
public static partial class UnitBeforeGoods
{
    /// <summary>Gives the first bare amount after "a gram of ..." in the sentence that unit (a later amount may share it
    /// as a price of the same sentence does, <see cref="Spotters.NumericSpotter"/>).</summary>
    public static void Share(string text, int sentenceStart, int sentenceEnd, List<Entity> numeric)
    {
        if (numeric.Count == 0)
            return;
        var units = new List<Match>();
        for (var m = UnitOf().Match(text, sentenceStart, sentenceEnd - sentenceStart); m.Success; m = m.NextMatch())
            units.Add(m);
        if (units.Count == 0)
            return;
        var moneyEnd = -1;
        for (var i = 0; i < numeric.Count; i++)
        {
            var e = numeric[i];
            if (e.Label != EntityLabel.MONEY)
                continue;
            var unit = units.LastOrDefault(u => u.Index + u.Length <= e.Start);
            // Only the amount right after the unit: "a gram of gold fetched 3,050 leones" prices it; a sum later in the
            // sentence is no price of a gram.
            if (unit is not null && unit.Index + unit.Length > moneyEnd && e.Start - (unit.Index + unit.Length) <= 80
                && !e.Normalized.Contains('/') && !OuncePrices.Scaled().IsMatch(e.Text)
                && MoneyNormalizer.UnitSymbol(unit.Groups["unit"].Value) is { } symbol)
                numeric[i] = e with { Normalized = e.Normalized + "/" + symbol };
            moneyEnd = e.End;
        }
    }

    // The unit words are the unit lexicon's (units.txt), which gives their symbols. A pack may say what it holds: "a 50
    // kg bag of brown sugar", "a 4-kg box of tomatoes". Not "a case of": more often an instance than a pack. With no
    // goods after it, the unit is the subject of a verb of sale: "a cubic metre sold on the bank now fetches 32,000
    // riels" (the goods are the story's).
    [GeneratedRegex(@"\b(?:a|one|each|every|per)\s+(?:(?:\d+(?:[.,]\d+)?)[\s-]?(?:kg|kilograms?|kilos?|lbs?|pounds?|litres?|liters?)\s+(?=bag|sack|box|crate|basket|carton|tray))?(?<unit>gram|kilo|kilogram|kg|tonne|ton|pound|ounce|barrel|bushel|carat|bag|sack|box|crate|basket|carton|tray|bottle|bunch|dozen|hectolitre|hectoliter|litre|liter|cubic\s+met(?:re|er)|truckload)\s+(?:of\s|(?:(?:sold|bought|delivered|shipped)\s+(?:[\w-]+\s+){0,4}?)?(?:now\s+)?(?:sells|sold|costs?|fetch(?:es|ed)|goes|went|trades|traded)\s+(?:for\s+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex UnitOf();
}
