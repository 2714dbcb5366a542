using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Normalization;

/// <summary>
/// Precious metals are quoted per troy ounce, and bullion notes write the unit once, if at all: "Palladium was off
/// 1.9% at $1,386.50", "| Gold | $4,712.40 | +$38.20 |". In a document that writes the ounce somewhere, a bare amount
/// in a sentence about a precious metal is a price per ounce; a change written with its sign or after a move verb
/// ("+$38.20", "gave back $21") and a total with a scale word ("$4.2 billion") stay plain amounts.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
public static partial class OuncePrices
{
    /// <summary>Whether the document writes the troy ounce, so that bare amounts of precious metals in it may be per ounce.</summary>
    public static bool Applies(string text) => OunceWord().IsMatch(text);

    /// <summary>Gives the bare amounts of a sentence about a precious metal their ounce.</summary>
    public static void Share(string text, int sentenceStart, int sentenceEnd, List<Entity> numeric)
    {
        if (!PreciousMetal().IsMatch(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)))
            return;
        for (var i = 0; i < numeric.Count; i++)
        {
            var e = numeric[i];
            if (e.Label != EntityLabel.MONEY || e.Normalized.Contains('/') || Scaled().IsMatch(e.Text)
                || ChangeBefore().IsMatch(text.AsSpan(Math.Max(sentenceStart, e.Start - 24), e.Start - Math.Max(sentenceStart, e.Start - 24))))
                continue;
            numeric[i] = e with { Normalized = e.Normalized + "/oz" };
        }
    }

    [GeneratedRegex(@"\b(?:ounces?|oz)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OunceWord();

    [GeneratedRegex(@"\b(?:gold|silver|platinum|palladium|rhodium|iridium|ruthenium|bullion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PreciousMetal();

    [GeneratedRegex(@"(?:million|billion|trillion|crores?|lakhs?|\d(?:bn|mn|m|tn|b|k|cr))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Scaled();

    // A change told with its sign or after a verb or noun of moving: "+$38.20", "-$26.80", "up $12", "gave back $21",
    // "a gain of $40".
    [GeneratedRegex(@"(?:[+\-−–]\s*|\b(?:up|down|by|gave\s+back|added|adding|lost|losing|gained|gaining|shed|shedding|rose|fell|climbed|slipped|dropped|jumped|eased|firmed|of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|another\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeBefore();
}
