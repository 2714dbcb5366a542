using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// A share of a trade told after its total: "Japan imported kelp ash worth 14.6 billion yen, about 41% of it from
/// Peru", "exported kelp worth $212 million, and about 87% of it went to Chile", "70% of it to Peru and a further 12%
/// to Bolivia". The share is the partner's (the state after "to" or "from"), of the trade of the state that exports
/// or imports; the pronoun ("it", "them", "that") says nothing of what is measured. Stateless and thread-safe.
/// </summary>
/// <param name="lexicons">The lexicons.</param>
public sealed partial class TradeShares(ExtractionLexicons lexicons)
{
    private readonly ExtractionLexicons _lexicons = lexicons;

    /// <summary>A share of a trade and its partner.</summary>
    public sealed record Share(string Partner, string Relation);

    /// <summary>The share a percentage states of the trade told before it in the sentence, or null. A percentage that
    /// only names its partner ("and a further 12% to Bolivia") shares the relation of <paramref name="told"/>, the
    /// share read before it in the same sentence.</summary>
    public Share? Read(SentenceView view, Entity figure, Share? told)
    {
        var end = view.RelEnd(figure);
        var pronoun = OfWhole().Match(view.Folded, end, view.Folded.Length - end);
        if (!pronoun.Success && (told is null || !PartnerOnly().IsMatch(view.Folded.AsSpan(end))))
            return null;
        var partnerAt = pronoun.Success ? pronoun.Index + pronoun.Length : end + PartnerOnly().Match(view.Folded, end, view.Folded.Length - end).Length;
        var partners = Partners(view, partnerAt);
        if (partners.Count == 0)
            return null;
        var partner = partners.Count == 1 ? partners[0] : string.Join(", ", partners[..^1]) + " and " + partners[^1];
        if (!pronoun.Success)
            return told! with { Partner = partner };
        var trade = Trade().Match(view.Folded, 0, view.Rel(figure));
        if (!trade.Success)
            return null;
        // "bought ... 40% of it from X" is an import too.
        var verb = trade.Groups["verb"].Value;
        var imports = verb.StartsWith("import", StringComparison.OrdinalIgnoreCase)
            || verb.Equals("bought", StringComparison.OrdinalIgnoreCase) && pronoun.Groups["dir"].Value.Equals("from", StringComparison.OrdinalIgnoreCase);
        var goods = trade.Groups["goods"].Success ? trade.Groups["goods"].Value : trade.Groups["after"].Value;
        var owner = view.Within(0, trade.Index).Where(e => e.Label == EntityLabel.GPE && _lexicons.Places.IsState(e.Normalized))
            .Select(e => e.Normalized).LastOrDefault(n => !partners.Contains(n));
        var relation = "share of " + (owner is null ? "" : owner + "'s ") + (goods.Length > 0 ? goods.Trim() + " " : "") + (imports ? "imports" : "exports");
        return new Share(partner, relation);
    }

    /// <summary>The states listed from <paramref name="at"/> on ("the European Union, the United Kingdom and Norway").</summary>
    private List<string> Partners(SentenceView view, int at)
    {
        var partners = new List<string>();
        var from = at;
        foreach (var place in view.Of(EntityLabel.GPE).Where(e => view.Rel(e) >= at))
        {
            var gap = view.Folded.AsSpan(from, view.Rel(place) - from);
            // The first partner follows the preposition at once ("to the European Union"); the others are listed.
            if (partners.Count == 0 ? !(gap.Trim().IsEmpty || gap.Trim() is "the") : !ListGap().IsMatch(gap))
                break;
            if (!_lexicons.Places.IsState(place.Normalized))
                break;
            partners.Add(place.Normalized);
            from = view.RelEnd(place);
        }
        return partners;
    }

    // "of it from", "of them to customers in", "of that total went to", "of it bound for".
    [GeneratedRegex(@"\G\s+of\s+(?:it|them|that|this|those|the\s+total|that\s+total|this\s+total)\s+(?:(?:went|came|was|were|is|are|goes|comes|going|coming)\s+)?(?:(?:shipped|sold|sent|exported|imported|bound|destined)\s+)?(?<dir>to|from|for)\s+(?:(?:customers|buyers|markets|clients|importers|users)\s+in\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex OfWhole();

    // "and a further 12% to", ", 9% to": a share after the first that names only its partner.
    [GeneratedRegex(@"^\s+(?:went\s+|came\s+)?(?:to|from)\s+(?:customers\s+in\s+|buyers\s+in\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PartnerOnly();

    // "Japan imported kelp ash worth", "imported about R1.1 billion worth of e-bikes", "kelp exports were worth".
    [GeneratedRegex(@"(?:(?<![\p{L}'’\-])(?<goods>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}?)\s+(?<verb>exports|imports)\s+(?:were|was|are|is)\s+(?:worth|valued\s+at)\b)|\b(?<verb>exported|imported|shipped|sold|bought)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:(?<goods>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3}?)\s+(?:worth|valued\s+at)\b|\S+(?:\s+(?:million|billion|crore|lakh|trillion))?\s+worth\s+of\s+(?<after>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2}?)(?=\s+(?:in|last|this|during|over|from|to|a|per)\b|,))", RegexOptions.IgnoreCase)]
    private static partial Regex Trade();

    [GeneratedRegex(@"^(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?$")]
    private static partial Regex ListGap();
}
