using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Names;

/// <summary>
/// Document-level name resolution: later mentions of a person by surname normalize to the full name as first
/// written, and every other occurrence of a person or organization name found once (a headline, a possessive)
/// becomes a mention too.
/// </summary>
/// <remarks>Stateless and thread-safe; returns a new list.</remarks>
public sealed class NameResolver(NameLexicons lexicons)
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
        var targets = new List<(string Surface, EntityLabel Label, string Normalized)>();
        foreach (var person in people)
        {
            targets.Add((person.Text, EntityLabel.PERSON, person.Normalized));
            var surname = person.Text.Split(' ')[^1];
            if (person.Text.Contains(' ') && IsSafeSurname(surname) && !orgNames.Contains(surname))
                targets.Add((surname, EntityLabel.PERSON, person.Normalized));
        }
        foreach (var org in orgNames)
            targets.Add((org, EntityLabel.ORG, org));

        // Longer names first, so "Jane Roe" is placed before "Roe" can claim part of it.
        foreach (var (surface, label, normalized) in targets.OrderByDescending(t => t.Surface.Length))
        {
            foreach (Match m in Regex.Matches(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(surface)}(?![\p{{L}}\p{{N}}])"))
            {
                var start = m.Index;
                var end = m.Index + m.Length;
                if (resolved.Any(e => e.Start < end && start < e.End))
                    continue;
                resolved.Add(new Entity(label, surface, start, end, normalized, SourceName));
            }
        }
        return resolved.OrderBy(e => e.Start).ToList();
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
