namespace NewsExtract.Annotation.Names;

/// <summary>
/// Proposes the spans the trained name tagger labels: every span a rule spotter proposed as PERSON, ORG or GPE,
/// every maximal run of capitalized words, and the parts of a run on either side of a title word, a demonym or a
/// sentence-starting function word ("Trade Minister Ana Souza" also gives "Ana Souza"). Recall first: the model
/// decides which of them are names.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class NameCandidateFinder(NameLexicons lexicons)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "&", "de", "du", "des", "da", "do", "dos", "del", "di", "la", "van", "von", "der", "den", "al", "bin", "bint", "binti", "ibn" };

    public IReadOnlyList<NameCandidate> Find(Document document, IReadOnlyList<Entity> ruleCandidates, IReadOnlyList<Entity> ruleChosen, CancellationToken cancellationToken = default) =>
        Find(new SentenceWords(document), ruleCandidates, ruleChosen, cancellationToken);

    /// <summary>As the public overload, reading the sentences' words from <paramref name="sentenceWords"/>, which the
    /// name features read again.</summary>
    internal IReadOnlyList<NameCandidate> Find(SentenceWords sentenceWords, IReadOnlyList<Entity> ruleCandidates, IReadOnlyList<Entity> ruleChosen, CancellationToken cancellationToken = default)
    {
        var document = sentenceWords.Document;
        var text = document.Text;
        // Looked up by span rather than searched once a candidate, so a long document costs no more per candidate.
        var numeric = new TakenSpans(text.Length);
        var proposedAt = new Dictionary<(int Start, int End), HashSet<EntityLabel>>();
        var surePeople = new HashSet<(int Start, int End)>();
        foreach (var e in ruleCandidates)
        {
            if (e.Label is EntityLabel.DATE or EntityLabel.MONEY or EntityLabel.PERCENT)
                numeric.Add(e);
            else if (IsName(e.Label))
            {
                if (!proposedAt.TryGetValue((e.Start, e.End), out var labels))
                    proposedAt[(e.Start, e.End)] = labels = [];
                labels.Add(e.Label);
                if (e.Source == NameSpotter.RoleSourceName)
                    surePeople.Add((e.Start, e.End));
            }
        }
        var chosenAt = new Dictionary<(int Start, int End), EntityLabel>();
        foreach (var e in ruleChosen)
        {
            if (IsName(e.Label))
                chosenAt.TryAdd((e.Start, e.End), e.Label);
        }
        var spans = new SortedSet<(int Start, int End)>(proposedAt.Keys);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = sentenceWords[s];
            foreach (var run in Runs(text, words))
            {
                foreach (var part in Parts(run))
                    spans.Add((part[0].Start, part[^1].End));
            }
        }

        var sentenceStarts = document.Sentences.Select(s => s.Start).ToArray();
        var result = new List<NameCandidate>(spans.Count);
        foreach (var (start, end) in spans)
        {
            if (numeric.Overlaps(start, end))
                continue;
            EntityLabel? chosen = chosenAt.TryGetValue((start, end), out var label) ? label : null;
            var proposed = proposedAt.GetValueOrDefault((start, end)) ?? [];
            var sentenceIndex = Array.BinarySearch(sentenceStarts, start);
            result.Add(new NameCandidate(start, end, text[start..end], sentenceIndex >= 0 ? sentenceIndex : ~sentenceIndex - 1, chosen, proposed,
                surePeople.Contains((start, end))));
        }
        return result;
    }

    public static bool IsName(EntityLabel label) => label is EntityLabel.PERSON or EntityLabel.ORG or EntityLabel.GPE;

    private static IEnumerable<List<Word>> Runs(string text, IReadOnlyList<Word> words)
    {
        var run = new List<Word>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var joined = run.Count > 0 && WordScanner.IsSpaceGap(text, run[^1].End, word.Start);
            if (word.IsCapitalized && (run.Count == 0 || joined))
            {
                run.Add(word.Bare);
                if (word.IsPossessive)
                {
                    yield return run;
                    run = [];
                }
                continue;
            }
            // A lower-case connector joins two capitalized words: "Bank of Korea", "Ministry of Trade and Industry".
            if (run.Count > 0 && joined && Connectors.Contains(word.Text) && i + 1 < words.Count && words[i + 1].IsCapitalized
                && WordScanner.IsSpaceGap(text, word.End, words[i + 1].Start))
            {
                run.Add(word);
                continue;
            }
            // A new list only once a run was handed out: most words are in lower case and end no run.
            if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
            if (word.IsCapitalized)
                run.Add(word.Bare);
        }
        if (run.Count > 0)
            yield return run;
    }

    /// <summary>The run, its pieces between breaker words (titles, demonyms, function words), the run after a leading place
    /// word, and the words before an "of".</summary>
    private IEnumerable<List<Word>> Parts(List<Word> run)
    {
        yield return Trim(run);
        var piece = new List<Word>();
        foreach (var word in run)
        {
            if (IsBreaker(word.Text))
            {
                if (piece.Count > 0)
                    yield return Trim(piece);
                piece = [];
            }
            else
                piece.Add(word);
        }
        if (piece.Count > 0 && piece.Count < run.Count)
            yield return Trim(piece);
        if (run.Count > 1 && lexicons.IsPlaceWord(run[0].Text))
            yield return Trim(run[1..]);
        // "Ana Souza of Antofagasta": the words before "of", which may be a person from the place after it.
        var of = run.FindIndex(w => w.Text == "of");
        if (of > 0)
            yield return Trim(run[..of]);
    }

    private bool IsBreaker(string word) =>
        lexicons.IsTitleWord(word) || lexicons.NonNameWords.Contains(word) || GeoGazetteerDemonym(word);

    private static bool GeoGazetteerDemonym(string word) => Gazetteers.GeoGazetteer.Default.TryGetDemonym(word, out _);

    private static List<Word> Trim(List<Word> words)
    {
        var start = 0;
        var end = words.Count;
        while (start < end && Connectors.Contains(words[start].Text))
            start++;
        while (end > start && Connectors.Contains(words[end - 1].Text))
            end--;
        // Nothing to trim (most runs): the words themselves, which no caller changes.
        if (start == 0 && end == words.Count)
            return words;
        return start >= end ? [words[0]] : words[start..end];
    }
}
