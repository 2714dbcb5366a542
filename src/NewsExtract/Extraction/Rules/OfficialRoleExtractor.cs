using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// official_role: a person and the title they hold, from a title before the name ("Chinese Vice Premier X",
/// "Argus analyst X") or an apposition after it ("X, Chairman of the Y Council", "X, the country's trade
/// minister"). The place is the country or organization served, when the title names it.
/// </summary>
public sealed partial class OfficialRoleExtractor : IFactExtractor
{
    private readonly ExtractionLexicons _lexicons;
    private readonly Regex _titleHead;

    public OfficialRoleExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _titleHead = Patterns.StemAlternation(
            lexicons.Titles.Entries.Where(e => e.Value == "head").Select(e => e.Key)
                .Concat(["minister", "secretary", "president", "chairman", "spokesperson", "spokesman", "spokeswoman", "analyst", "economist", "executive", "officer", "director", "head", "founder", "governor", "ambassador", "representative", "commissioner"]),
            wholeWord: true);
    }

    public string Name => "rule:official_role";

    // Capitalized title words (and place words) directly before the name.
    [GeneratedRegex(@"(?<title>(?:\p{Lu}[\p{L}\.\-]*\s+)*?(?:\p{Lu}[\p{L}\-]*))\s+$")]
    private static partial Regex CapitalizedBefore();

    [GeneratedRegex(@"^\s*,\s*(?:who\s+is\s+|who\s+serves\s+as\s+)?(?<title>(?:(?:the|a|an)\s+)?(?:(?:country|nation|company|firm|group|ministry|bank|government)'s\s+|its\s+|their\s+)?[^,;:()""]{2,70}?)(?=\s*(?:[,;:.)]|\s+(?:said|says|told|warned|added|noted|who|and\s+(?:a|an|the)\b)|$))")]
    private static partial Regex AppositionAfter();

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var view in SentenceView.All(document))
        {
            foreach (var person in view.Of(EntityLabel.PERSON))
            {
                var role = Before(view, person) ?? After(view, person);
                if (role is null || !seen.Add(person.Normalized + "|" + role.Value.Title))
                    continue;
                yield return RuleFacts.Create(view, FactTypes.OfficialRole, Name, person.Normalized, "holds_title", role.Value.Title,
                    place: role.Value.Place, confidence: role.Value.Confidence);
            }
        }
    }

    private (string Title, string Place, double Confidence)? Before(SentenceView view, Entity person)
    {
        var before = view.Text[..view.Rel(person)];
        var m = CapitalizedBefore().Match(before);
        if (!m.Success)
            return null;
        var words = m.Groups["title"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var start = view.Sentence.Start + m.Groups["title"].Index;
        // Leading place or organization words name who the official serves: "U.S. Treasury Secretary".
        var place = "";
        var served = view.Entities.Where(e => e.Start >= start && e.End <= view.Sentence.Start + view.Rel(person) && e.Label is EntityLabel.GPE or EntityLabel.ORG).ToList();
        foreach (var e in served)
            place = e.Normalized;
        var titleWords = words.SkipWhile(w => !_lexicons.Titles.Contains(w)).ToList();
        if (titleWords.Count == 0 || !titleWords.Any(w => _lexicons.Titles.TryGetValue(w, out var kind) && kind == "head"))
            return null;
        if (place.Length == 0)
            place = words.Select(w => _lexicons.Places.CountryOfDemonym(w)).FirstOrDefault(c => c is not null) ?? "";
        return (string.Join(' ', titleWords), place, 0.85);
    }

    private (string Title, string Place, double Confidence)? After(SentenceView view, Entity person)
    {
        var after = view.Text[view.RelEnd(person)..];
        var m = AppositionAfter().Match(after);
        if (!m.Success)
            return null;
        var raw = m.Groups["title"].Value.Trim();
        if (!_titleHead.IsMatch(raw))
            return null;
        var titleStart = view.Sentence.Start + view.RelEnd(person) + m.Groups["title"].Index;
        var titleEnd = titleStart + m.Groups["title"].Length;
        var served = view.Entities.FirstOrDefault(e => e.Start >= titleStart && e.End <= titleEnd && e.Label is EntityLabel.ORG or EntityLabel.GPE);
        var title = raw;
        if (served is not null)
            title = Regex.Replace(title[..(served.Start - titleStart)], @"\s+(?:of|at|for|with|in)\s+(?:the\s+)?$|\s+$", "");
        title = Regex.Replace(title, @"^(?:(?:the|a|an)\s+)?(?:(?:country|nation|company|firm|group|ministry|bank|government)['’]s\s+|its\s+|their\s+)?", "", RegexOptions.IgnoreCase).Trim();
        if (title.Length < 2 || title.Split(' ').Length > 6)
            return null;
        return (title, served?.Normalized ?? "", 0.75);
    }
}
