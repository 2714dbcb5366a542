using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>What the rules look up across a whole document, built once per document (and lazily) so that a question
/// asked per sentence or per candidate does not rescan the document: extraction stays linear in its length.</summary>
/// <remarks>Not thread-safe: one document is extracted on one thread, its extractors one after the other.</remarks>
public sealed class DocumentLookups(AnnotatedDocument document)
{
    private ElementForms? _elementForms;
    private string? _articleDate;
    private string? _aluminium;
    private IReadOnlyList<(string Name, int Count)>? _states;
    private IReadOnlyList<Entity>? _organizations;
    private IReadOnlyList<SentenceView>? _sentences;
    private HashSet<string>? _organizationNames;
    private IReadOnlyList<(string Name, int Count)>? _organizationCounts;
    private Dictionary<string, string?>? _terms;
    private Dictionary<string, bool>? _writes;

    public AnnotatedDocument Document { get; } = document;

    public EntityIndex Entities { get; } = new(document.Entities);

    /// <summary>A view of every sentence, in order; the views keep what is read once per sentence.</summary>
    public IReadOnlyList<SentenceView> Sentences => _sentences ??= SentenceView.Build(this);

    /// <summary>Answers of <see cref="StatisticSubjects"/>' full organization names, by the name written.</summary>
    internal Dictionary<string, string> FullNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Answers of <see cref="OfficialRoleExtractor"/>'s full organization names, by the name written.</summary>
    internal Dictionary<string, string> FullOrgNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The ORG mentions, in document order.</summary>
    public IReadOnlyList<Entity> Organizations => _organizations ??= [.. Document.Entities.Where(e => e.Label == EntityLabel.ORG)];

    /// <summary>The organization the document names right before "(<paramref name="acronym"/>)", as in "Companhia
    /// Ametista de Metais (CAM)": facts name a party in full (LABELLING.md). Null when the document defines no such
    /// acronym.</summary>
    internal string? DefinedBy(string acronym)
    {
        var written = "(" + acronym + ")";
        return Organizations.FirstOrDefault(o => Document.Text.AsSpan(o.End).TrimStart().StartsWith(written, StringComparison.Ordinal))?.Normalized;
    }

    /// <summary>The words the document writes right before "(<paramref name="acronym"/>)" whose initials spell it, in
    /// lower case ("nickel pig iron" for NPI, "Nickel pig iron (NPI)" opening a sentence too); null when it defines no
    /// such term.</summary>
    internal string? DefinedTerm(string acronym)
    {
        _terms ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (_terms.TryGetValue(acronym, out var known))
            return known;
        string? term = null;
        var written = "(" + acronym + ")";
        var letters = acronym.Where(char.IsUpper).Select(char.ToLowerInvariant).ToArray();
        for (var at = Document.Text.IndexOf(written, StringComparison.Ordinal); at >= 0 && term is null && letters.Length >= 2;
             at = Document.Text.IndexOf(written, at + 1, StringComparison.Ordinal))
            term = InitialsBefore(Document.Text, at, letters);
        return _terms[acronym] = term;
    }

    /// <summary>The last words before <paramref name="open"/> (one to six, letters and hyphens) whose initials, a hyphen
    /// starting a new one, are <paramref name="letters"/>.</summary>
    private static string? InitialsBefore(string text, int open, char[] letters)
    {
        var end = open;
        while (end > 0 && text[end - 1] == ' ')
            end--;
        var start = end;
        var initials = new List<char>();
        for (var words = 0; words < 6 && initials.Count < letters.Length; words++)
        {
            var from = start;
            while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '-'))
                from--;
            if (from == start)
                return null;
            var parts = text[from..start].Split('-', StringSplitOptions.RemoveEmptyEntries);
            initials.InsertRange(0, parts.Select(p => char.ToLowerInvariant(p[0])));
            start = from;
            if (initials.Count >= letters.Length)
                break;
            if (start == 0 || text[start - 1] != ' ')
                return null;
            start--;
        }
        return initials.SequenceEqual(letters) ? text[start..end].ToLowerInvariant() : null;
    }

    /// <summary>The organizations by how often the document names them, most first (then first named); counted once,
    /// as <see cref="StatisticSubjects"/> asks for every figure told with no party.</summary>
    /// <remarks>Names that share their first word are one organization ("PT Acme Pupuk Tbk", "Acme Fertilizer"), named
    /// by its longest form, unless that word is a place's or a demonym ("China", "Korean"), which many names share.</remarks>
    internal IReadOnlyList<(string Name, int Count)> OrganizationCounts(PlaceKnowledge places) =>
        _organizationCounts ??= [.. Organizations.GroupBy(o => FamilyKey(o.Normalized, places), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(o => o.Start))
            .Select(g => (g.MaxBy(o => o.Normalized.Length)!.Normalized, g.Count()))];

    private static string FamilyKey(string name, PlaceKnowledge places)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.SkipWhile(w => LegalForms.Contains(w)).FirstOrDefault();
        return first is null || first.Length < 3 || places.Canonical(first) is not null || places.CountryOfDemonym(first) is not null
            || words.Length == 1 && first.All(char.IsUpper) ? name : first;
    }

    // Legal forms written before a company's name: "PT Acme", "PJSC Acme", "The Acme Group".
    private static readonly HashSet<string> LegalForms = new(["PT", "PJSC", "JSC", "OAO", "OJSC", "PAO", "CV", "The"], StringComparer.Ordinal);

    /// <summary>The names of the ORG mentions of the sentences, asked for once a figure by <see cref="StatisticSubjects"/>.</summary>
    internal IReadOnlySet<string> OrganizationNames =>
        _organizationNames ??= Sentences.SelectMany(v => v.Entities).Where(e => e.Label == EntityLabel.ORG).Select(e => e.Normalized).ToHashSet(StringComparer.Ordinal);

    /// <summary>The date the article reports as of (<see cref="CommodityContext.ArticleDate"/>).</summary>
    public string ArticleDate => _articleDate ??= CommodityContext.ArticleDate(Document);

    /// <summary>The elements by the word written right after them (<see cref="CommoditySubjects"/>: "hafnium sponge").</summary>
    internal ElementForms ElementForms => _elementForms ??= new ElementForms(Document);

    /// <summary>The document's states, most named first (<see cref="PlaceKnowledge.StateCounts"/>), counted once for
    /// every extractor that asks: a document is read with one gazetteer. A place a price is delivered to ("cif Oskel")
    /// is not counted: the article is not about it.</summary>
    internal IReadOnlyList<(string Name, int Count)> States(PlaceKnowledge places) => _states ??=
        places.StateCounts(Document.Entities.Where(e => !(e.Label == EntityLabel.GPE && ExportParties.IsDeliveryPoint(Document.Text, e))));

    /// <summary>True when the document writes <paramref name="word"/> (any case) somewhere; read once a word.</summary>
    internal bool Writes(string word)
    {
        _writes ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!_writes.TryGetValue(word, out var writes))
            _writes[word] = writes = Document.Text.Contains(word, StringComparison.OrdinalIgnoreCase);
        return writes;
    }

    /// <summary>How the article spells the metal of bauxite and alumina: "aluminum" where it writes only that (US
    /// outlets), else "aluminium", the spelling of the rest of the trade press.</summary>
    internal string Aluminium => _aluminium ??=
        Document.Text.Contains("aluminum", StringComparison.OrdinalIgnoreCase) && !Document.Text.Contains("aluminium", StringComparison.OrdinalIgnoreCase)
            ? "aluminum" : "aluminium";
}

/// <summary>
/// "Hafnium sponge firmer ... sponge rose 4%": which element the article writes right before a phrase (after spaces or
/// hyphens). ELEMENT mentions are grouped by the letters that follow them, so a phrase is compared only with the
/// mentions followed by its first word.
/// </summary>
internal sealed class ElementForms
{
    private readonly string _text;
    private readonly Dictionary<string, List<Entity>> _byNextWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _answers = new(StringComparer.Ordinal);

    public ElementForms(AnnotatedDocument document)
    {
        _text = document.Text;
        foreach (var e in document.Entities)
        {
            if (e.Label != EntityLabel.ELEMENT || e.End >= _text.Length)
                continue;
            var gap = Gap(_text, e.End);
            if (gap == e.End)
                continue;
            var word = Letters(_text, gap);
            if (!_byNextWord.TryGetValue(word, out var list))
                _byNextWord[word] = list = [];
            list.Add(e);
        }
    }

    /// <summary>The normalized element of the first ELEMENT mention followed by <paramref name="words"/> as whole
    /// words, or null.</summary>
    public string? Before(string words)
    {
        if (!_answers.TryGetValue(words, out var element))
            _answers[words] = element = Find(words);
        return element;
    }

    private string? Find(string words)
    {
        // A match at the gap starts with the phrase's leading letters and has no more letters there.
        if (!_byNextWord.TryGetValue(Letters(words, 0), out var elements))
            return null;
        return elements.FirstOrDefault(e => FollowedBy(_text, e.End, words))?.Normalized;
    }

    private static int Gap(string text, int at)
    {
        var gap = at;
        while (gap < text.Length && text[gap] is ' ' or '-')
            gap++;
        return gap;
    }

    private static string Letters(string text, int from)
    {
        var end = from;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return text[from..end];
    }

    private static bool FollowedBy(string text, int at, string words)
    {
        var gap = Gap(text, at);
        return gap > at && gap + words.Length <= text.Length
            && string.Compare(text, gap, words, 0, words.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (gap + words.Length == text.Length || !char.IsLetter(text[gap + words.Length]));
    }
}
