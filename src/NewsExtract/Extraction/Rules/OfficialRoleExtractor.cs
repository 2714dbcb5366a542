using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// official_role: a person and the title they hold, from a title before the name ("Chinese Vice Premier X",
/// "Minister of Trade, Industry and Energy X", "said chief executive X", "Canada's industry minister, X,") or an
/// apposition after it ("X, Chairman of the Y Council", "X, the country's trade minister"). The place is the country
/// or organization served, when the sentence names it next to the title. One person keeps the fullest of the titles
/// found for them ("Minister X" later adds nothing to "X, Minister of Mines").
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

    // A title head with its complement, ending where the name begins: "Minister of Economy, Trade and Industry".
    [GeneratedRegex(@"(?<![\p{L}\-])(?<head>[\p{L}\-]+)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:(?:,\s+|,?\s+and\s+|\s+)\p{Lu}[\p{L}\-]*)*\s*$")]
    private static partial Regex TitleWithComplement();

    // The comma of an apposition that puts the title first: "its secretary-general, X."
    [GeneratedRegex(@"\s*,\s*$")]
    private static partial Regex TrailingComma();

    [GeneratedRegex(@"^\s*(?:[,.;:)]|$)")]
    private static partial Regex NameCloses();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[\p{L}][\p{L}\-]*(?:\.[\p{L}]+)*\.?$")]
    private static partial Regex LastWord();

    // A possessive or "the" between the owner and the title: "Canada's ", "the Netherlands' ".
    [GeneratedRegex(@"^(?:['’]s?)?\s*$")]
    private static partial Regex OwnerGap();

    [GeneratedRegex(@"^\s*,\s*(?:who\s+is\s+|who\s+serves\s+as\s+)?(?<title>(?:(?:the|a|an)\s+)?(?:(?:country|nation|company|firm|group|ministry|bank|government)'s\s+|its\s+|their\s+)?[^,;:()""]{2,70}?)(?=\s*(?:[,;:.)]|\s+(?:said|says|told|warned|added|noted|who|and\s+(?:a|an|the)\b)|$))")]
    private static partial Regex AppositionAfter();

    // Commas inside a capitalized list closed by "and" ("Trade, Industry and Energy") do not end an apposition.
    [GeneratedRegex(@"(?<=\p{Lu}[\p{L}\-]*),(?=\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?(?:,\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)*,?\s+and\s+\p{Lu})")]
    private static partial Regex ListComma();

    private const char MaskedComma = '\u201A';

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        var found = new List<(SentenceView View, string Person, string Title, string Place, double Confidence)>();
        foreach (var view in SentenceView.All(document))
        {
            foreach (var person in view.Of(EntityLabel.PERSON))
            {
                var role = Before(view, person) ?? After(view, person);
                if (role is not null)
                    found.Add((view, person.Normalized, role.Value.Title, role.Value.Place, role.Value.Confidence));
            }
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (view, person, title, place, confidence) in found)
        {
            var words = Words(title);
            var subsumed = found.Any(o => o.Person == person && o.Title.Length > title.Length && words.IsSubsetOf(Words(o.Title)));
            if (subsumed || !seen.Add(person + "|" + title))
                continue;
            yield return RuleFacts.Create(view, FactTypes.OfficialRole, Name, person, "holds_title", title, place: place, confidence: confidence);
        }
    }

    private static HashSet<string> Words(string title) =>
        Regex.Matches(title.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The title written before the name: title words right before it (any case), or a title with its
    /// "of" complement; either may be closed by a comma when the name follows in apposition.</summary>
    private (string Title, string Place, double Confidence)? Before(SentenceView view, Entity person)
    {
        var end = view.Rel(person);
        var before = view.Text[..end];
        if (TrailingComma().Match(before) is { Success: true } comma)
        {
            if (!NameCloses().IsMatch(view.Text[view.RelEnd(person)..]))
                return null;
            end = comma.Index;
        }

        int start;
        var complement = TitleWithComplement().Match(view.Text[..end]);
        if (complement.Success && _lexicons.Titles.TryGetValue(complement.Groups["head"].Value, out var kind) && kind == "head")
            start = TitleWordsBefore(view, complement.Index);
        else
        {
            start = TitleWordsBefore(view, end);
            var lastWord = LastWord().Match(view.Text[..end].TrimEnd());
            if (start == end || !lastWord.Success || !IsTitleHead(lastWord.Value))
                return null;
        }
        var title = view.Text[start..end].Trim();
        if (title.Length == 0 || title.Split(' ').Length > 10)
            return null;
        return (title, ServedBefore(view, start), 0.85);
    }

    private bool IsTitleHead(string word) => _lexicons.Titles.TryGetValue(word, out var kind) && kind == "head";

    /// <summary>Where a run of title words (any case) ending at <paramref name="end"/> begins; stops at words of other entities.</summary>
    private int TitleWordsBefore(SentenceView view, int end)
    {
        var start = end;
        while (true)
        {
            var head = view.Text[..start].TrimEnd();
            if (head.Length == 0 || head.Length < start - 1)
                return start;
            var word = LastWord().Match(head);
            if (!word.Success || !_lexicons.Titles.Contains(word.Value))
                return start;
            var absolute = view.Sentence.Start + word.Index;
            if (view.Entities.Any(e => e.Start <= absolute && absolute < e.End))
                return start;
            start = word.Index;
        }
    }

    /// <summary>The country or organization named right before the title: "U.S. ", "Canada's ", "the Ministry of X ", a demonym.</summary>
    private string ServedBefore(SentenceView view, int titleStart)
    {
        var owner = view.Entities
            .Where(e => e.Label is EntityLabel.GPE or EntityLabel.ORG && view.RelEnd(e) <= titleStart)
            .Where(e => OwnerGap().IsMatch(view.Text[view.RelEnd(e)..titleStart]))
            .LastOrDefault();
        if (owner is not null)
            return owner.Normalized;
        var word = LastWord().Match(view.Text[..titleStart].TrimEnd());
        return word.Success ? _lexicons.Places.CountryOfDemonym(word.Value) ?? "" : "";
    }

    // "X, who chairs the Y": the office said with a verb.
    [GeneratedRegex(@"^\s*,\s*who\s+(?<verb>chairs|heads|directs|manages|founded|co-founded)\s+(?:the\s+)?")]
    private static partial Regex OfficeVerbAfter();

    private static string OfficeOf(string verb) => verb switch
    {
        "chairs" => "chair",
        "heads" => "head",
        "directs" => "director",
        "manages" => "manager",
        "co-founded" => "co-founder",
        _ => "founder",
    };

    private (string Title, string Place, double Confidence)? After(SentenceView view, Entity person)
    {
        if (OfficeVerbAfter().Match(view.Text[view.RelEnd(person)..]) is { Success: true } office)
        {
            var at = view.Sentence.Start + view.RelEnd(person) + office.Length;
            var org = view.Entities.FirstOrDefault(e => e.Start == at && e.Label is EntityLabel.ORG or EntityLabel.GPE);
            return org is null ? null : (OfficeOf(office.Groups["verb"].Value), org.Normalized, 0.7);
        }
        var after = ListComma().Replace(view.Text[view.RelEnd(person)..], MaskedComma.ToString());
        var m = AppositionAfter().Match(after);
        if (!m.Success)
            return null;
        var raw = m.Groups["title"].Value.Trim();
        // ", welcomed the minister ..." is the sentence going on after the name, not an apposition.
        var first = Regex.Match(raw, @"^\p{Ll}+").Value;
        if (!_titleHead.IsMatch(raw) || first.EndsWith("ed", StringComparison.Ordinal) && !_lexicons.Titles.Contains(first) || _lexicons.SpeechVerbs.Contains(first))
            return null;
        var titleStart = view.Sentence.Start + view.RelEnd(person) + m.Groups["title"].Index;
        var titleEnd = titleStart + m.Groups["title"].Length;
        var served = view.Entities.FirstOrDefault(e => e.Start >= titleStart && e.End <= titleEnd && e.Label is EntityLabel.ORG or EntityLabel.GPE);
        var title = m.Groups["title"].Value;
        if (served is not null)
        {
            var rest = title[(served.End - titleStart)..];
            // "the Netherlands' minister for foreign trade": the owner comes first, the title follows its possessive.
            var possessive = Regex.Match(rest, @"^['’]s?\s+");
            title = possessive.Success
                ? rest[possessive.Length..]
                : Regex.Replace(title[..(served.Start - titleStart)], @"\s+(?:of|at|for|with|in)\s+(?:the\s+)?$|\s+$", "");
        }
        else
            title = Regex.Replace(title, @"\s+at\s+.*$", "");
        title = Regex.Replace(title, @"^(?:(?:the|a|an)\s+)?(?:(?:country|nation|company|firm|group|ministry|bank|government)['’]s\s+|its\s+|their\s+)?", "", RegexOptions.IgnoreCase).Trim();
        title = title.Replace(MaskedComma, ',');
        if (title.Length < 2 || title.Split(' ').Length > 8 || !_titleHead.IsMatch(title))
            return null;
        return (title, served?.Normalized ?? "", 0.75);
    }
}
