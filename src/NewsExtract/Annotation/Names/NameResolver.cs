using System.Text.RegularExpressions;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Annotation.Names;

/// <summary>
/// Document-level name resolution: later mentions of a person by surname normalize to the full name as first
/// written (also where the model read the surname as an organization), a name of several words keeps the label of its
/// first mention (PERSON or ORG), and every other
/// occurrence of a person or organization name found once (a headline, a possessive) becomes a mention too.
/// </summary>
/// <remarks>Stateless and thread-safe; returns a new list.</remarks>
public sealed partial class NameResolver(NameLexicons lexicons)
{
    public const string SourceName = "resolver:name";

    public IReadOnlyList<Entity> Resolve(string text, IReadOnlyList<Entity> entities, CancellationToken cancellationToken = default)
    {
        var people = new KnownPeople();
        var resolved = new List<Entity>(entities.Count);
        // "President Lio Banda spoke first ... Later Lio Banda said no": one name is one kind of party in a document; its
        // first mention, which usually introduces it, says which.
        var firstLabel = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        foreach (var original in entities.OrderBy(e => e.Start))
        {
            var e = original;
            if (e.Label is EntityLabel.PERSON or EntityLabel.ORG && e.Text.Contains(' '))
            {
                if (!firstLabel.TryAdd(e.Text, e.Label) && firstLabel[e.Text] != e.Label)
                    e = e with { Label = firstLabel[e.Text] };
            }
            // "Lio Banda spoke ... Banda did not say": a surname alone, read as an organization, of a person the
            // document has named in full is that person.
            if (e.Label == EntityLabel.ORG && !e.Text.Contains(' ') && people.FullNameFor(e.Text) is { } named
                && named.EndsWith(" " + e.Text, StringComparison.Ordinal))
                e = e with { Label = EntityLabel.PERSON };
            if (e.Label != EntityLabel.PERSON)
            {
                resolved.Add(e);
                continue;
            }
            var full = people.FullNameFor(e.Text);
            var mention = e with { Normalized = full ?? e.Text };
            if (full is null)
                people.Add(mention);
            resolved.Add(mention);
        }

        var orgNames = resolved.Where(e => e.Label == EntityLabel.ORG).Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        var nameWords = people.All.SelectMany(p => p.Text.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var occurrences = new TextOccurrences(text);
        var targets = new List<Target>();
        foreach (var person in people.All)
        {
            targets.Add(new Target(person.Text, EntityLabel.PERSON, person.Normalized));
            var surname = person.Text.Split(' ')[^1];
            if (person.Text.Contains(' ') && IsSafeSurname(surname) && !orgNames.Contains(surname))
                targets.Add(new Target(surname, EntityLabel.PERSON, person.Normalized));
        }
        foreach (var org in orgNames)
        {
            targets.Add(new Target(org, EntityLabel.ORG, org));
            foreach (var shortForm in ShortForms(occurrences, org, nameWords))
                targets.Add(new Target(shortForm, EntityLabel.ORG, shortForm, NotAfterPlacePreposition: true));
        }

        // Longer names first, so "Jane Roe" is placed before "Roe" can claim part of it.
        var taken = new TakenSpans(text.Length);
        foreach (var e in resolved)
            taken.Add(e);
        foreach (var target in targets.OrderByDescending(t => t.Surface.Length))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var start in occurrences.Of(target.Surface))
            {
                var end = start + target.Surface.Length;
                if (taken.Overlaps(start, end))
                    continue;
                if (target.NotAfterPlacePreposition && PlacePrepositionBefore().IsMatch(text.AsSpan(Math.Max(0, start - 12), start - Math.Max(0, start - 12))))
                    continue;
                resolved.Add(new Entity(target.Label, target.Surface, start, end, target.Normalized, SourceName));
                taken.Add(start, end);
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
    private IEnumerable<string> ShortForms(TextOccurrences occurrences, string org, IReadOnlySet<string> nameWords)
    {
        var words = org.Split(' ');
        if (words.Length < 2 || words.Contains("of") || words.Contains("for"))
            yield break;
        if (LegalSuffixes.Contains(words[^1]) && words.Length >= 3)
            yield return string.Join(' ', words[..^1]);
        var first = words[0];
        if (first.Length >= 4 && char.IsUpper(first[0]) && Chars.All(first.AsSpan(1), char.IsLower)
            && !lexicons.NonNameWords.Contains(first) && !lexicons.IsPlaceWord(first) && !lexicons.OrgHeads.Contains(first)
            && !lexicons.IsTitleWord(first) && !nameWords.Contains(first)
            && !occurrences.HasLetterWord(first.ToLowerInvariant()))
            yield return first;
    }

    /// <summary>The people a document names in full, in the order first named, indexed by their words.</summary>
    private sealed class KnownPeople
    {
        private readonly List<Entity> _people = [];
        private readonly Dictionary<string, int> _firstBySurname = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _firstByWord = new(StringComparer.Ordinal);

        public IReadOnlyList<Entity> All => _people;

        public void Add(Entity person)
        {
            var parts = person.Text.Split(' ');
            _firstBySurname.TryAdd(parts[^1], _people.Count);
            foreach (var part in parts)
                _firstByWord.TryAdd(part, _people.Count);
            _people.Add(person);
        }

        /// <summary>The full name of the first person this mention refers to: same surname, or the mention is one of its words.</summary>
        public string? FullNameFor(string mention)
        {
            var surname = mention.Split(' ')[^1];
            var bySurname = _firstBySurname.GetValueOrDefault(surname, int.MaxValue);
            var byWord = _firstByWord.GetValueOrDefault(mention, int.MaxValue);
            var first = Math.Min(bySurname, byWord);
            return first == int.MaxValue ? null : _people[first].Normalized;
        }
    }

    private bool IsSafeSurname(string surname) =>
        surname.Length >= 3 && !lexicons.NonNameWords.Contains(surname) && !lexicons.IsPlaceWord(surname)
        && !lexicons.OrgHeads.Contains(surname) && !lexicons.IsTitleWord(surname);
}
