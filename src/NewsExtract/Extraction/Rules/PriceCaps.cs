using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// A price cap on a country's goods, the sanction that limits what may be paid for its crude or fuel: lowering the cap
/// tightens the measure, raising it eases it, keeping it maintains it, setting one imposes it. The object is written
/// as the labels write it, "price cap on Russian crude", and the target is the country whose goods are capped. Every
/// state named before the cap in the sentence acts ("the EU and Britain cut the price cap on ..."), one row each.
/// Stateless and thread-safe.
/// </summary>
public sealed partial class PriceCaps(ExtractionLexicons lexicons)
{
    // "price cap on Russian crude", "their cap on Russian diesel", "caps on Iranian oil products".
    [GeneratedRegex(@"\b(?:price\s+)?caps?\s+on\s+(?<demonym>\p{Lu}[\p{L}-]+)\s+(?<goods>(?:(?!(?:to|at|from|of|and|or|for|in|by|which|that|is|was|will|would|could)\b)[a-z][\w-]*\s*){1,3})")]
    private static partial Regex CapOn();

    // What is done to the cap; the verb nearest before the cap counts, else the first after it ("the cap ... stays at").
    [GeneratedRegex(@"\b(?:(?<tightens>lower(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?)|(?<eases>rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose)|(?<maintains>keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|unchanged|hold(?:s|ing)?|held)|(?<imposes>introduc(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|adopt(?:s|ed|ing)?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Direction();

    /// <summary>"The cap on Russian crude falls to $41.60 a barrel": an amount after a cap on a country's goods is the
    /// cap's level, a measure, not a price the market paid.</summary>
    public static bool IsCapLevel(SentenceView view, int at)
    {
        var cap = view.Folded.IndexOf("cap", StringComparison.OrdinalIgnoreCase);
        return cap >= 0 && cap < at && CapOn().Match(view.Folded, cap) is { Success: true } m && m.Index < at;
    }

    // "in Brussels", "to Russia": a place something happens in or goes to does not act.
    [GeneratedRegex(@"\b(?:in|at|to|from|with|on|against)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceBefore();

    // How far before the cap its setters are looked for: a clause or two.
    private const int ImposerWindow = 200;

    /// <summary>The price-cap measures of a sentence; none when it names no cap on a country's goods or no change to it.
    /// The sentence's verbs and states are listed once and walked with the caps, so a line of many caps costs its length.</summary>
    public IEnumerable<ExportControlCandidate> In(SentenceView view)
    {
        if (view.Folded.IndexOf("cap", StringComparison.OrdinalIgnoreCase) < 0)
            yield break;
        List<Match>? verbs = null;
        List<Entity>? gpes = null;
        string? modality = null;
        string? date = null;
        var nextVerb = 0;
        var nextGpe = 0;
        foreach (Match cap in CapOn().Matches(view.Text))
        {
            if (lexicons.Places.CountryOfDemonym(cap.Groups["demonym"].Value) is not { } target)
                continue;
            verbs ??= Direction().Matches(view.Folded).ToList();
            gpes ??= view.Of(EntityLabel.GPE).ToList();
            while (nextVerb < verbs.Count && verbs[nextVerb].Index < cap.Index)
                nextVerb++;
            while (nextGpe < gpes.Count && view.RelEnd(gpes[nextGpe]) <= cap.Index)
                nextGpe++;
            // The verb nearest before the cap, else the first after it ("the cap ... stays at").
            var verb = nextVerb > 0 ? verbs[nextVerb - 1]
                : verbs.Skip(nextVerb).FirstOrDefault(v => v.Index >= cap.Index + cap.Length);
            if (verb is null)
                continue;
            var relation = verb.Groups["tightens"].Success ? "tightens" : verb.Groups["eases"].Success ? "eases"
                : verb.Groups["maintains"].Success ? "maintains" : "imposes";
            var obj = $"price cap on {cap.Groups["demonym"].Value} {cap.Groups["goods"].Value.Trim().ToLowerInvariant()}";
            modality ??= lexicons.ModalityOf(view.Folded);
            date ??= RuleFacts.DatesIn(view, 0, view.Text.Length).FirstOrDefault()?.Normalized ?? "";
            foreach (var subject in Imposers(view, gpes, nextGpe, cap.Index, target))
                yield return new ExportControlCandidate(
                    RuleFacts.Create(view, FactTypes.ExportControl, "rule:export_control", subject, relation, obj,
                        date: date, place: target, modality: modality, confidence: 0.7),
                    "cap", "price-cap", "price-cap");
        }
    }

    /// <summary>The states named shortly before the cap (<paramref name="before"/> is the first GPE that ends after it)
    /// that act on it: not its target and not a place something happens in; first named first.</summary>
    private IEnumerable<string> Imposers(SentenceView view, IReadOnlyList<Entity> gpes, int before, int capAt, string target)
    {
        var from = before;
        while (from > 0 && view.Rel(gpes[from - 1]) >= capAt - ImposerWindow)
            from--;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = from; i < before; i++)
        {
            var gpe = gpes[i];
            if (gpe.Normalized == target || !lexicons.Places.IsState(gpe.Normalized)
                || PlaceBefore().IsMatch(WordScanner.LastChunks(view.Folded, 0, view.Rel(gpe), 3)))
                continue;
            if (seen.Add(gpe.Normalized))
                yield return gpe.Normalized;
        }
    }
}
