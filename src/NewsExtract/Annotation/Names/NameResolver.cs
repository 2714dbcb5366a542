using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Names;

/// <summary>
/// Document-level name resolution: later mentions of a person by surname normalize to the full name as first
/// written, and every other occurrence of a person or organization name found once (a headline, a possessive)
/// becomes a mention too.
/// </summary>
/// <remarks>Stateless and thread-safe; returns a new list.</remarks>
public sealed partial class NameResolver(NameLexicons lexicons)
{
    public const string SourceName = "resolver:name";

    public IReadOnlyList<Entity> Resolve(string text, IReadOnlyList<Entity> entities)
    {
        var people = new List<Entity>();
        var resolved = new List<Entity>(entities.Count);
        foreach (var e in entities.OrderBy(e => e.Start))
        {
            if (e.Label != EntityLabel.PERSON)
            {
                resolved.Add(e);
                continue;
            }
            var full = FullNameFor(e.Text, people);
            var mention = e with { Normalized = full ?? e.Text };
            if (full is null)
                people.Add(mention);
            resolved.Add(mention);
        }

        var orgNames = resolved.Where(e => e.Label == EntityLabel.ORG).Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        var nameWords = people.SelectMany(p => p.Text.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var targets = new List<Target>();
        foreach (var person in people)
        {
            targets.Add(new Target(person.Text, EntityLabel.PERSON, person.Normalized));
            var surname = person.Text.Split(' ')[^1];
            if (person.Text.Contains(' ') && IsSafeSurname(surname) && !orgNames.Contains(surname))
                targets.Add(new Target(surname, EntityLabel.PERSON, person.Normalized));
        }
        foreach (var org in orgNames)
        {
            targets.Add(new Target(org, EntityLabel.ORG, org));
            foreach (var shortForm in ShortForms(text, org, nameWords))
                targets.Add(new Target(shortForm, EntityLabel.ORG, shortForm, NotAfterPlacePreposition: true));
        }

        // Longer names first, so "Jane Roe" is placed before "Roe" can claim part of it.
        foreach (var target in targets.OrderByDescending(t => t.Surface.Length))
        {
            foreach (Match m in Regex.Matches(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(target.Surface)}(?![\p{{L}}\p{{N}}])"))
            {
                var start = m.Index;
                var end = m.Index + m.Length;
                if (resolved.Any(e => e.Start < end && start < e.End))
                    continue;
                if (target.NotAfterPlacePreposition && PlacePrepositionBefore().IsMatch(text.AsSpan(Math.Max(0, start - 12), start - Math.Max(0, start - 12))))
                    continue;
                resolved.Add(new Entity(target.Label, target.Surface, start, end, target.Normalized, SourceName));
            }
        }
        return resolved.OrderBy(e => e.Start).ToList();
    }

    private sealed record Target(string Surface, EntityLabel Label, string Normalized, bool NotAfterPlacePreposition = false);

    [GeneratedRegex(@"\b(?:in|at|near|from|to|into|outside)\s+$")]
    private static partial Regex PlacePrepositionBefore();

    // Legal forms a company drops when it is named again: "Acme Graphite Corp" -> "Acme Graphite".
    private static readonly string[] LegalSuffixes = ["Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "LLC", "PLC", "plc", "AG", "SA", "SE", "NV", "GmbH", "Co", "Co.", "Holdings"];

    /// <summary>
    /// Shorter forms by which a company is named again: without its legal suffix, and by its first word alone when that
    /// word is coined ("Kestrel" of "Kestrel Metals Intelligence"): never written in lower case in the article, and
    /// not a place, title, head or function word. Names of offices ("Ministry of ...") have no short form.
    /// </summary>
    private IEnumerable<string> ShortForms(string text, string org, IReadOnlySet<string> nameWords)
    {
        var words = org.Split(' ');
        if (words.Length < 2 || words.Contains("of") || words.Contains("for"))
            yield break;
        if (LegalSuffixes.Contains(words[^1]) && words.Length >= 3)
            yield return string.Join(' ', words[..^1]);
        var first = words[0];
        if (first.Length >= 4 && char.IsUpper(first[0]) && first.Skip(1).All(char.IsLower)
            && !lexicons.NonNameWords.Contains(first) && !lexicons.IsPlaceWord(first) && !lexicons.OrgHeads.Contains(first)
            && !lexicons.IsTitleWord(first) && !nameWords.Contains(first)
            && !Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(first.ToLowerInvariant())}(?![\p{{L}}])"))
            yield return first;
    }

    /// <summary>The full name of an earlier person this mention refers to: same surname, or the mention is part of it.</summary>
    private static string? FullNameFor(string mention, IEnumerable<Entity> people)
    {
        var surname = mention.Split(' ')[^1];
        foreach (var person in people)
        {
            var parts = person.Text.Split(' ');
            if (parts[^1] == surname || parts.Contains(mention))
                return person.Normalized;
        }
        return null;
    }

    private bool IsSafeSurname(string surname) =>
        surname.Length >= 3 && !lexicons.NonNameWords.Contains(surname) && !lexicons.IsPlaceWord(surname)
        && !lexicons.OrgHeads.Contains(surname) && !lexicons.IsTitleWord(surname);
}
