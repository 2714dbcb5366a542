using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;
using NewsExtract.Lexicons;

namespace NewsExtract.Extraction.Rules;

/// <summary>Reduces commodity mentions to their element: "dysprosium oxide" is dysprosium; elements joined by a
/// hyphen or slash ("neodymium-praseodymium") are one mixed product; an ore or intermediate priced in its own right
/// ("spodumene", "ammonium paratungstate") is the commodity it carries (lexicon <c>commodity_minerals</c>).</summary>
public static partial class CommoditySubjects
{
    public sealed record Commodity(string Name, int Start, int End);

    private sealed record MineralTable(Lexicon Lexicon, LexiconPattern Pattern);

    // Loaded once: an immutable lexicon and its compiled pattern.
    private static readonly Lazy<MineralTable> Minerals = new(() =>
    {
        var lexicon = Lexicon.Load("commodity_minerals");
        return new MineralTable(lexicon, Patterns.StemAlternation(lexicon.Keys, wholeWord: true));
    });

    // "94 percent carbon content", "high-purity silicon grade": the element describes the product, it is not the product;
    // so does a battery chemistry ("used lead-acid batteries", "lithium-ion battery waste", "sodium-ion cells").
    [GeneratedRegex(@"^(?:\s+(?:(?:oxide|metal)\s+)?(?:content|purity|grade|equivalent)\b|-(?:acid|ion)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Descriptor();

    // "gasoil with 10ppm sulphur", "coal with 0.6% sulphur": an element in a measured amount describes the good before
    // it ("magnets containing dysprosium" are goods of the element).
    [GeneratedRegex(@"\bwith\s+(?:(?:a|an|less\s+than|more\s+than|under|below|max|maximum|about)\s+)?(?:low|high|[\d.,]+\s*(?:%|ppm|percent)|[\d.,]*ppm)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WithElement();

    /// <summary>A word that makes the element after it a specification of another product: "very low sulphur fuel oil",
    /// "high-sulphur fuel oil" (the hyphen trimmed), "gasoil with 10 ppm sulphur".</summary>
    internal static bool IsSpecification(ReadOnlySpan<char> word) =>
        word.Equals("low", StringComparison.OrdinalIgnoreCase) || word.Equals("high", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ultra-low", StringComparison.OrdinalIgnoreCase) || word.Equals("ultralow", StringComparison.OrdinalIgnoreCase)
        || word.Equals("zero", StringComparison.OrdinalIgnoreCase) || word.Equals("ppm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The elements and element products named in [from, to) of the sentence; ores count as their element.</summary>
    public static IReadOnlyList<Commodity> In(SentenceView view, int from, int to) => Named(view, from, to, ores: true);

    /// <summary>What a price in the sentence can be about: elements and products named after them, and the noun phrases
    /// of other commodities (<see cref="CommodityPhrases"/>), where ores such as spodumene stay their own phrase.
    /// Read once per sentence.</summary>
    public static IReadOnlyList<Commodity> Priced(SentenceView view) => view.PricedCommodities;

    internal static IReadOnlyList<Commodity> FindPriced(SentenceView view)
    {
        var named = Named(view, 0, view.Text.Length, ores: false);
        // "Hafnium sponge firmer ... sponge rose 4%": a phrase the article writes right after an element name
        // elsewhere is a form of that element.
        var phrases = CommodityPhrases.In(view)
            .Where(p => !named.Any(c => c.Start < p.End && p.Start < c.End))
            .Select(p => view.Lookups.ElementForms.Before(p.Name) is { } element ? p with { Name = element } : p);
        // "Flake graphite (94-95% carbon, -100 mesh)": what a parenthesis after a good names specifies the good.
        return named.Concat(phrases).Where(c => !InDescription(view.Folded, c.Start, c.End)).OrderBy(c => c.Start).ToList();
    }

    /// <summary>Whether [start, end) lies inside parentheses that open right after a word.</summary>
    private static bool InDescription(string text, int start, int end)
    {
        var open = start > 0 ? text.LastIndexOf('(', start - 1) : -1;
        if (open <= 0)
            return false;
        var close = text.IndexOf(')', open);
        if (close < end || close - open > 62)
            return false;
        var before = open - 1;
        while (before >= 0 && text[before] == ' ')
            before--;
        return before >= 0 && char.IsLetter(text[before]);
    }

    private static IReadOnlyList<Commodity> Named(SentenceView view, int from, int to, bool ores)
    {
        var elements = view.Within(from, to)
            .Where(e => e.Label == EntityLabel.ELEMENT && !Descriptor().IsMatch(view.Folded.AsSpan(view.RelEnd(e)..))
                && !WithElement().IsMatch(WordScanner.LastChunks(view.Folded, 0, view.Rel(e), 3))
                && !IsSpecification(WordScanner.LastChunks(view.Folded, 0, view.Rel(e), 1).Trim().TrimEnd('-')))
            .ToList();
        var result = new List<Commodity>();
        for (var i = 0; i < elements.Count; i++)
        {
            var e = elements[i];
            // "Nd-Pr", "Nd/Pr" and "NdPr" (glued symbols): one commodity of the two.
            if (i + 1 < elements.Count && view.Folded[view.RelEnd(e)..view.Rel(elements[i + 1])] is "-" or "/" or "")
            {
                var next = elements[i + 1];
                result.Add(new Commodity($"{e.Normalized}-{next.Normalized}", view.Rel(e), view.RelEnd(next)));
                i++;
                continue;
            }
            result.Add(new Commodity(e.Normalized, view.Rel(e), view.RelEnd(e)));
        }
        var table = Minerals.Value;
        for (var m = table.Pattern.Match(view.Folded, from, to - from); m.Success; m = m.NextMatch())
        {
            if (result.Any(c => c.Start < m.Index + m.Length && m.Index < c.End))
                continue;
            var value = Patterns.ValueOf(table.Lexicon, m.Value).Split('\t');
            if (ores || value is not [_, "ore"])
                result.Add(new Commodity(value[0] == "aluminium" ? view.Lookups.Aluminium : value[0], m.Index, m.Index + m.Length));
        }
        return result.OrderBy(c => c.Start).ToList();
    }
}
