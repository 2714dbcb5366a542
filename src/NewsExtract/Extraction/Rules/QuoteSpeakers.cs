using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Lexicons;

namespace NewsExtract.Extraction.Rules;

/// <summary>A speaker proposed for a quote, with the confidence of the pattern that found it.</summary>
internal sealed record SpeakerCandidate(string Speaker, double Confidence);

/// <summary>
/// Finds who speaks in one document: tagged PERSON and ORG mentions, and capitalized name runs the tagger missed
/// ("Jane Roe, an analyst at ...", "spokesperson Jane Roe", "Roe said"), with short names resolved to the full
/// name written elsewhere in the document ("Roe said", "Minister Roe said" -> "Jane Roe"). Built once per document;
/// offsets are document offsets into the folded text.
/// </summary>
internal sealed partial class QuoteSpeakers
{
    private readonly AnnotatedDocument _document;
    private readonly EntityIndex _entities;
    private readonly int[] _sentenceStarts;
    private readonly string _folded;
    private readonly ExtractionLexicons _lexicons;
    private readonly LexiconPattern _speech;

    /// <summary>Mentions of people in document order: tagged PERSONs and name runs read as people by their context.</summary>
    private readonly List<(int Start, string Name)> _people;

    /// <summary>Where each of <see cref="_people"/> ends as written: a surname mention resolves to a longer name.</summary>
    private readonly int[] _peopleEnds;

    /// <summary>Every run of two or more words that reads as a name, for resolving a short name no context marked.</summary>
    private readonly List<(int Start, string Name)> _names;

    /// <summary>Per sentence, the last sentence up to it (itself included) in which a person is mentioned, or -1.</summary>
    private readonly int[] _lastWithPeople;

    private readonly Dictionary<string, List<int>> _peopleByWord;
    private readonly Dictionary<string, List<int>> _namesByWord;
    private readonly HashSet<string> _peopleNames;
    private readonly Dictionary<string, OrgsByEnd> _describedOrgs = new(StringComparer.Ordinal);

    public QuoteSpeakers(DocumentLookups lookups, string folded, ExtractionLexicons lexicons, LexiconPattern speech)
    {
        var document = lookups.Document;
        _document = document;
        _entities = lookups.Entities;
        _sentenceStarts = [.. document.Document.Sentences.Select(s => s.Start)];
        _folded = folded;
        _lexicons = lexicons;
        _speech = speech;
        // Only runs of two or more words are kept here (people in context, names to resolve to), and a one-word run
        // never classifies as more: it is not classified at all, and most runs are one word.
        var runs = Runs(0, folded.Length, minWords: 2).Where(r => r.Kind == RunKind.Person).ToList();
        var people = document.Entities.Where(e => e.Label == EntityLabel.PERSON).Select(e => (e.Start, e.End, Name: e.Normalized))
            .Concat(runs.Where(InPersonContext).Select(r => (r.Start, r.End, r.Name)))
            .OrderBy(p => p.Start).ToList();
        _people = [.. people.Select(p => (p.Start, p.Name))];
        _peopleEnds = [.. people.Select(p => p.End)];
        _names = [.. runs.Where(r => r.Tokens >= 2).Select(r => (r.Start, r.Name))];
        _peopleByWord = ByWord(_people);
        _namesByWord = ByWord(_names);
        _peopleNames = _people.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        _lastWithPeople = LastWithPeople(document.Document.Sentences);
    }

    private int[] LastWithPeople(IReadOnlyList<Sentence> sentences)
    {
        var last = new int[sentences.Count];
        var person = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            while (person < _people.Count && _people[person].Start < sentences[i].Start)
                person++;
            // A name inside a quotation is someone the speaker talks about, not a speaker a pronoun can refer to.
            while (person < _people.Count && _people[person].Start < sentences[i].End && InQuote(_people[person].Start))
                person++;
            var named = person < _people.Count && _people[person].Start < sentences[i].End;
            last[i] = named ? i : i > 0 ? last[i - 1] : -1;
        }
        return last;
    }

    private enum RunKind { Person, Org, Place, Other }

    private sealed record NameRun(int Start, int End, string Name, int Tokens, RunKind Kind);

    // A capitalized name word: "Roe", "Asante-Boateng", "O'Neill", "Ji-won", "Dr."; not "Shanghai-based".
    private const string NameWord = @"(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*(?:['\-][\p{L}\p{M}]+)*\.?)";

    // Lower-case particles inside names: "Ilse Van den Berghe", "Pieter van Rensburg".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])" + NameWord + @"(?:[ ]+(?:(?:van|von|de|den|der|del|della|da|das|do|dos|du|di|la|le|al|el|bin|binti|ibn|ter|ten)[ ]+){0,2}" + NameWord + @"){0,6}(?![\p{L}\p{N}])")]
    private static partial Regex NameRunPattern();

    [GeneratedRegex(@"\G(?:,?\s+(?:of|and|for|de|des|du)\s+(?:the\s+)?(?:" + NameWord + @")(?:\s+(?:" + NameWord + @"))*)+")]
    private static partial Regex OrgTail();

    [GeneratedRegex(@"-\p{Ll}+ed\.?$")]
    private static partial Regex AdjectiveCompound();

    [GeneratedRegex(@"^\s*,\s*(?!(?:he|she|it|they|we|and|but|or|which|where|when|while|as|so|if|then|its|his|her|their|said|says|told)\b)\p{Ll}[\p{L}\-]*\b")]
    private static partial Regex AppositionAfter();

    [GeneratedRegex(@"\b(?:he|she)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>Name runs in [from, to), trimmed of sentence words, split at possessives, classified by their words and
    /// tags; those of fewer than <paramref name="minWords"/> words are left out.</summary>
    private IEnumerable<NameRun> Runs(int from, int to, int minWords = 1)
    {
        // One list of words for every run: each run's parts are copied out before the next run is read.
        var words = new List<(int Index, string Value)>();
        foreach (var (index, length) in RunSpans(from, to, minWords))
        {
            words.Clear();
            foreach (var w in NonSpace().EnumerateMatches(_folded.AsSpan(index, length)))
                words.Add((index + w.Index, _folded.Substring(index + w.Index, w.Length)));
            // A possessive ends a name ("Poland's deputy minister"); the words after it start another.
            var segments = new List<List<(int Index, string Value)>> { new() };
            foreach (var w in words)
            {
                if (w.Value.EndsWith("'s", StringComparison.Ordinal) || AdjectiveCompound().IsMatch(w.Value))
                    segments.Add([]);
                else if (segments[^1].Count > 0 || !_lexicons.NonNameWords.Contains(w.Value))
                    segments[^1].Add(w);
            }
            foreach (var part in segments.Where(p => p.Count >= Math.Max(1, minWords)))
            {
                var start = part[0].Index;
                var end = part[^1].Index + part[^1].Value.Length;
                yield return Classify(start, end, [.. part.Select(w => w.Value)]);
            }
        }
    }

    /// <summary>Where the name-run pattern matches in [from, to) (document offsets); with <paramref name="minWords"/>
    /// above one, only the runs of more than one word.</summary>
    /// <remarks>Matched on the range, not on a copy of it: the lookarounds see no further than a copy would, and the runs
    /// were the extractors' largest allocation. Most runs of a document are one word ("The", "He"), and the speakers
    /// are built from runs of two or more: a run without a space is passed over before its words are read.</remarks>
    private List<(int Index, int Length)> RunSpans(int from, int to, int minWords)
    {
        var spans = new List<(int, int)>();
        foreach (var m in NameRunPattern().EnumerateMatches(_folded.AsSpan(from, to - from)))
        {
            if (minWords > 1 && !_folded.AsSpan(from + m.Index, m.Length).Contains(' '))
                continue;
            spans.Add((from + m.Index, m.Length));
        }
        return spans;
    }

    private NameRun Classify(int start, int end, IReadOnlyList<string> words)
    {
        var entities = _entities.Overlapping(start, end);
        var name = _document.Text[start..end].TrimEnd('.');
        // The outlet a dateline credits reports the story; it is not who speaks in it.
        foreach (var e in entities)
        {
            if (e.Start <= start && e.End >= end && DatelineCredit.Is(_document.Text, e))
                return new NameRun(start, end, name, words.Count, RunKind.Other);
        }
        if (entities.FirstOrDefault(e => e.Label == EntityLabel.PERSON) is { } person)
            return new NameRun(start, end, person.Normalized, words.Count, RunKind.Person);
        var inside = entities.Any(e => e.Label == EntityLabel.ORG && e.Start >= start && e.End <= end);
        if (inside || HasOrgHead(words))
        {
            // The tagged organization that starts here, or the run carried over "of"/"and" ("Ministry of Mines and Energy").
            var tagged = entities.FirstOrDefault(e => e.Label == EntityLabel.ORG && e.Start >= start && e.End > end && e.Start < end);
            var longer = OrgTail().Match(_folded, end);
            var full = tagged?.Normalized ?? (longer.Success ? _document.Text[start..(end + longer.Length)] : name);
            return new NameRun(start, end, full, full.Split(' ').Length, RunKind.Org);
        }
        if (_lexicons.IsTitleHead(words[^1]))
            return new NameRun(start, end, name, words.Count, RunKind.Other); // "the Honourable Minister" names no one
        // Title words before the name are not part of it: "Trade Minister Jane Roe", "Dr. Jane Roe".
        var keep = words.Count;
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (_lexicons.Titles.Contains(words[i]) || words[i].EndsWith('.'))
                keep = words.Count - i - 1;
        }
        var kept = words.Skip(words.Count - keep).ToList();
        var offset = _document.Text.IndexOf(kept[0], start, StringComparison.Ordinal);
        var keptStart = offset < 0 ? start : offset;
        if (entities.Any(e => e.Label == EntityLabel.GPE && e.End > keptStart) || kept.Any(w => _lexicons.Places.CountryOfDemonym(w) is not null))
            return new NameRun(keptStart, end, name, kept.Count, RunKind.Place);
        return new NameRun(keptStart, end, string.Join(' ', kept).TrimEnd('.'), kept.Count, RunKind.Person);
    }

    // A loop, not Any with a lambda: the lambda made a delegate for every run classified.
    private bool HasOrgHead(IReadOnlyList<string> words)
    {
        foreach (var w in words)
        {
            if (_lexicons.OrgHeads.Contains(w.TrimEnd('.')))
                return true;
        }
        return false;
    }

    /// <summary>A run of two or more words that reads as a person: an apposition follows, a verb of saying follows, or a title precedes.</summary>
    private bool InPersonContext(NameRun run)
    {
        if (run.Tokens < 2)
            return false;
        var after = _folded[run.End..Math.Min(_folded.Length, run.End + 40)];
        var before = _folded[Math.Max(0, run.Start - 30)..run.Start];
        var previousWord = LastWord().Match(before).Groups[1].Value;
        return AppositionAfter().IsMatch(after)
               || _speech.Match(after) is { Success: true } verb && verb.Index <= 2
               || previousWord.Length > 0 && _lexicons.Titles.Contains(previousWord)
               || _lexicons.GivenNames.Contains(run.Name.Split(' ')[0]) && !previousWord.Equals("by", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The full name of a person written as a run: itself when tagged or long enough, else the latest
    /// person mentioned before <paramref name="at"/> (or the first after) who shares its last word.</summary>
    private string? Resolve(NameRun run, int at)
    {
        // The people and names that hold the run's last word, in document order; a longer one shares it.
        var last = run.Name.Split(' ')[^1];
        var people = _peopleByWord.GetValueOrDefault(last) ?? [];
        var names = _namesByWord.GetValueOrDefault(last) ?? [];
        bool Longer(int i, List<(int Start, string Name)> list) => list[i].Name.Length > run.Name.Length;
        string? match = null;
        for (var k = people.Count - 1; k >= 0 && match is null; k--)
        {
            if (_people[people[k]].Start < at && Longer(people[k], _people))
                match = _people[people[k]].Name;
        }
        match ??= people.Where(i => Longer(i, _people)).Select(i => _people[i].Name).FirstOrDefault();
        match ??= names.Where(i => Longer(i, _names)).Select(i => _names[i].Name).FirstOrDefault();
        if (match is not null)
            return match;
        return run.Tokens >= 2 || _peopleNames.Contains(run.Name) ? run.Name : null;
    }

    /// <summary>For each word of a name (split at spaces, as <see cref="Resolve"/> compares them), the indices of the
    /// entries holding it, in order: resolving a short name looks only at the names that share its last word, where
    /// scanning every name of the document for every quote made a long document cost the square of its length.</summary>
    private static Dictionary<string, List<int>> ByWord(List<(int Start, string Name)> entries)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var word in entries[i].Name.Split(' ').Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(word, out var list))
                    index[word] = list = [];
                list.Add(i);
            }
        }
        return index;
    }

    /// <summary>
    /// The speaker named in an attribution region [from, to) that holds a verb of saying: a person first (tagged, an
    /// untagged name run, a short name resolved), then an organization that is not the listener after "told", then a
    /// pronoun's antecedent, then a described organization, then a place.
    /// </summary>
    public SpeakerCandidate? InRegion(int from, int to, int quoteStart)
    {
        // "Q (Jane Roe, Kelp Daily): The union says "...": the reporter who asks is no speaker of what she cites.
        if (to > from && QuestionLabel().Match(_folded, from, to - from) is { Success: true } question)
            from += question.Length;
        // "ROE: The minister, Ana Lima, said "..."": a transcript's speaker who reports another's words is no speaker of
        // them; her label speaks only when nobody else in the region does.
        if (to > from && SpeakerLabel().Match(_folded, from, to - from) is { Success: true, Length: > 0 } label
            && Speaking(from + label.Length, to, quoteStart) is { } reported)
            return reported;
        return Speaking(from, to, quoteStart);
    }

    // The reading InRegion's summary describes, over [from, to) as given.
    private SpeakerCandidate? Speaking(int from, int to, int quoteStart)
    {
        if (to <= from)
            return null;
        var region = _folded[from..to];
        var verb = _speech.Match(region);
        if (!verb.Success)
            return null;
        var told = ToldListener().Match(region);
        bool IsListener(int start) => told.Success && start >= from + told.Index && start <= from + told.Index + told.Length + 1;
        var runs = Runs(from, to).Where(r => !IsListener(r.Start)).ToList();
        // A run inside a longer organization the tagger read is part of its name, not a person ("Kelp Traders" in "the
        // Viet Nam Association of Kelp Traders").
        var people = runs.Where(IsPersonRun).ToList();
        // "said the Minister of Fisheries and Coastal Development, Piotr Kowal": the person the tagger read, set off by a
        // comma from capitalized words it did not read as one ("Coastal Development"), which end a title.
        var taggedFirst = people.FindIndex(r => _entities.Overlapping(r.Start, r.End).Any(e => e.Label == EntityLabel.PERSON));
        if (taggedFirst > 0 && RunFollowedByTagged(people[taggedFirst - 1], people[taggedFirst]))
            people = [.. people.Skip(taggedFirst)];
        for (var i = 0; i < people.Count; i++)
        {
            var run = people[i];
            // "said Acme chief executive Jane Roe": the company before the title is no speaker, whatever the tagger said.
            if (i + 1 < people.Count && IsTitleGap(people[i + 1].Start - run.End <= 40 ? _folded[run.End..people[i + 1].Start] : ""))
                continue;
            var tagged = _entities.Overlapping(run.Start, run.End).Any(e => e.Label == EntityLabel.PERSON);
            if (Resolve(run, quoteStart) is { } name)
                return new SpeakerCandidate(name, tagged ? 0.8 : name == run.Name ? 0.7 : 0.68);
        }
        var pronoun = Pronoun().Match(region);
        if (!(pronoun.Success && Math.Abs(pronoun.Index - verb.Index) <= 12))
            pronoun = TitleReference().Match(region);
        var isTitle = pronoun.Groups["head"] is { Success: true } head && _lexicons.IsTitleHead(head.Value);
        // "the Minister said": the last person written with that title, not merely the last person.
        if (pronoun.Success && isTitle && LastPersonTitled(pronoun.Groups["head"].Value, from + pronoun.Index) is { } titled)
            return titled;
        if (pronoun.Success && (isTitle || !pronoun.Groups["head"].Success) && LastPersonBefore(from + pronoun.Index) is { } antecedent)
            return antecedent;
        if (FirstOrgName(runs) is { } org)
            return new SpeakerCandidate(org, 0.62);
        if (DescribedOrg(region, from) is { } described)
            return new SpeakerCandidate(described, 0.58);
        if (InstitutionalCue().IsMatch(region) && PreviousSentenceOrg(from) is { } issuer)
            return new SpeakerCandidate(issuer, 0.55);
        // A place or demonym inside a quote is what the speaker talks about ("shipments to X will stop," an official said).
        var place = _entities.Within(from, to).FirstOrDefault(e => e.Label == EntityLabel.GPE && !IsListener(e.Start) && !InQuote(e.Start));
        if (place is not null)
            return new SpeakerCandidate(place.Normalized, 0.4);
        // "a Korean kelp trader said": one unnamed person of a country is no speaker for it ("a Japanese
        // readout" still speaks for its state).
        var demonym = _lexicons.Places.DemonymsIn(_folded, from, to)
            .Where(d => !(OnePersonBefore().IsMatch(_folded.AsSpan(from, d.Index - from)) && PersonNounAfter().IsMatch(_folded.AsSpan(d.Index + d.Length, to - d.Index - d.Length))))
            .Select(d => d.Country).FirstOrDefault();
        return demonym is null ? null : new SpeakerCandidate(demonym, 0.38);
    }

    [GeneratedRegex(@"\b(?:a|an|one|another)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OnePersonBefore();

    [GeneratedRegex(@"\G\s*(?:Q|Question)\s*(?:\([^()]{1,80}\))?\s*:\s*")]
    private static partial Regex QuestionLabel();

    // "KAMAU-ODHIAMBO: ", "JANE ROE, SPOKESPERSON: ": a transcript's label in capitals at the start of a turn.
    [GeneratedRegex(@"\G\s*\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’.\-]+){0,3}(?:,\s*\p{Lu}[\p{Lu}\p{M}\s\-]*)?:\s+")]
    private static partial Regex SpeakerLabel();

    [GeneratedRegex(@"^\s+(?:[a-z\-]+\s+){0,2}(?:trader|official|analyst|diplomat|source|executive|buyer|seller|exporter|importer|banker|economist|broker|dealer|miner|producer|farmer|grower|spokes(?:man|woman|person)|negotiator|manager|engineer|worker|businessman|businesswoman|lawyer|consultant)s?\b")]
    private static partial Regex PersonNounAfter();

    /// <summary>True at a position the quotes' blanking emptied: the text there is quoted.</summary>
    private bool InQuote(int at) => char.IsWhiteSpace(_folded[at]) && !char.IsWhiteSpace(_document.Text[at]);

    // A run right before a tagged person and set off from it by a comma: the end of a title or a body ("... and Coastal
    // Development, Piotr Kowal").
    private bool RunFollowedByTagged(NameRun run, NameRun tagged) =>
        tagged.Start > run.End && tagged.Start - run.End <= 4 && _folded.AsSpan(run.End, tagged.Start - run.End).Trim().SequenceEqual(",");

    /// <summary>Lower-case words between two names that hold a title word: " chief executive ", "'s trade minister ".</summary>
    private bool IsTitleGap(string gap)
    {
        var words = gap.Replace("'s", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(w => w.All(c => char.IsLower(c) || c == '-'))
            && words.Any(_lexicons.IsTitleHead);
    }

    // "the minister said", "the company's chief executive added": a title standing for the person named before.
    [GeneratedRegex(@"\b[Tt]he\s+(?:[\p{L}'\-]+\s+){0,2}?(?<head>\p{L}+)\s+(?:said|says|added|told|noted|warned|explained|stressed)\b")]
    private static partial Regex TitleReference();

    [GeneratedRegex(@"\b(?:statement|release|communique|notice|announcement|report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InstitutionalCue();

    /// <summary>The first organization named in the sentence before the one holding <paramref name="at"/>, when that sentence also speaks of a statement.</summary>
    private string? PreviousSentenceOrg(int at)
    {
        var sentences = _document.Document.Sentences;
        var index = SentenceAt(at);
        if (index < 1 || !InstitutionalCue().IsMatch(sentences[index - 1].Text))
            return null;
        var prior = sentences[index - 1];
        return _entities.Within(prior.Start, prior.End).FirstOrDefault(e => e.Label == EntityLabel.ORG)?.Normalized;
    }

    private bool IsTaggedOrg(NameRun run) =>
        _entities.Within(run.Start, run.End).Any(e => e.Label == EntityLabel.ORG);

    /// <summary>A person's name: a run read as one that is no part of a longer organization the tagger read.</summary>
    private bool IsPersonRun(NameRun run) => run.Kind == RunKind.Person && TaggedOrgAround(run) is null;

    /// <summary>The name of the first run that names an organization: the whole tagged organization a run lies inside,
    /// or a run read as an organization of two words or more, or of one the tagger read as one; null when none does.</summary>
    private string? FirstOrgName(IEnumerable<NameRun> runs)
    {
        foreach (var run in runs)
        {
            if (TaggedOrgAround(run) is { } whole)
                return whole;
            if (run.Kind == RunKind.Org && (run.Tokens > 1 || IsTaggedOrg(run)))
                return run.Name;
        }
        return null;
    }

    /// <summary>The tagged organization whose name holds the run and more ("Kelp Traders" in "the Viet Nam Association of
    /// Kelp Traders", whose place splits the run): the name as the tagger read it whole; null when none does.</summary>
    private string? TaggedOrgAround(NameRun run) =>
        _entities.Overlapping(run.Start, run.End)
            .Where(e => e.Label == EntityLabel.ORG && e.Start <= run.Start && run.End <= e.End && e.End - e.Start > run.End - run.Start)
            .Select(e => e.Normalized).FirstOrDefault();

    /// <summary>The last person before <paramref name="at"/> written with the title <paramref name="head"/> just before
    /// the name or in an apposition after it ("Minister Jane Roe", "Jane Roe, the minister"), among the last fifty people
    /// mentioned; null when none is.</summary>
    private SpeakerCandidate? LastPersonTitled(string head, int at)
    {
        var end = FirstAfter(_people.Count, i => _people[i].Start, at - 1);
        for (var i = end - 1; i >= 0 && i >= end - 50; i--)
        {
            var (start, name) = _people[i];
            var before = _folded.AsSpan(Math.Max(0, start - 40), Math.Min(40, start));
            var afterStart = Math.Min(_folded.Length, _peopleEnds[i]);
            var after = _folded.AsSpan(afterStart, Math.Min(60, _folded.Length - afterStart));
            var comma = after.IndexOfAny(',', '(');
            if (Chars.ContainsWholeWord(before, head, StringComparison.OrdinalIgnoreCase)
                || comma is >= 0 and <= 2 && Chars.ContainsWholeWord(after, head, StringComparison.OrdinalIgnoreCase))
                return new SpeakerCandidate(name, 0.62);
        }
        return null;
    }

    /// <summary>The last person mentioned before <paramref name="at"/>: in the same or the previous sentence's reach
    /// (about two sentences back) with more confidence than further back.</summary>
    public SpeakerCandidate? LastPersonBefore(int at)
    {
        var sentences = _document.Document.Sentences;
        var index = SentenceAt(at);
        if (index < 0)
            return null;
        var near = sentences[Math.Max(0, index - 1)].Start;
        // The subject of the nearest sentence that names someone: its first person. Before this sentence, the nearest
        // is looked up, not searched for: a search back from every quote of a document naming no one cost the square of
        // its length.
        var inSentence = PeopleFrom(sentences[index].Start, Math.Min(sentences[index].End, at));
        var s = sentences[index];
        if (inSentence.Count == 0 && index > 0 && _lastWithPeople[index - 1] is var earlier and >= 0)
        {
            s = sentences[earlier];
            inSentence = PeopleFrom(s.Start, s.End);
        }
        return inSentence.Count == 0 ? null
            : new SpeakerCandidate(inSentence.FirstOrDefault(p => p.Name.Contains(' ')).Name ?? inSentence[0].Name, s.Start >= near ? 0.6 : 0.5);
    }

    /// <summary>The index of the last sentence that starts at or before <paramref name="at"/>, or -1 (sentences start in order).</summary>
    private int SentenceAt(int at) => FirstAfter(_sentenceStarts.Length, i => _sentenceStarts[i], at) - 1;

    /// <summary>The people mentioned outside quotations with a start in [from, to), in document order.</summary>
    private List<(int Start, string Name)> PeopleFrom(int from, int to)
    {
        var found = new List<(int Start, string Name)>();
        for (var i = FirstAfter(_people.Count, i => _people[i].Start, from - 1); i < _people.Count && _people[i].Start < to; i++)
        {
            if (!InQuote(_people[i].Start))
                found.Add(_people[i]);
        }
        return found;
    }

    /// <summary>The first index in [0, count) whose position is above <paramref name="at"/>, positions being in order.</summary>
    internal static int FirstAfter(int count, Func<int, int> position, int at)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (position(mid) <= at)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    // A speaker named by a description of an organization: "the ministry said", "The Commission added".
    [GeneratedRegex(@"\b[Tt]he\s+(?<noun>[Mm]inistry|[Dd]epartment|[Cc]ommission|[Aa]gency|[Bb]ureau|[Cc]ouncil|[Cc]ommittee|[Oo]ffice|[Aa]uthority|[Rr]egulator|[Ee]xchange|[Bb]ank|[Cc]hamber|[Aa]ssociation|[Ii]nstitute|[Aa]lliance|[Ff]ederation|[Ss]ecretariat|[Cc]oalition|[Gg]overnment)\b")]
    private static partial Regex OrgDescription();

    /// <summary>The last organization named before the description whose name holds the described noun.</summary>
    private string? DescribedOrg(string region, int from)
    {
        var m = OrgDescription().Match(region);
        if (!m.Success)
            return null;
        var noun = m.Groups["noun"].Value;
        // The organizations whose name holds the noun, read once per document and noun (a long document has many
        // descriptions); the last of them that ends before the description is the one.
        if (!_describedOrgs.TryGetValue(noun, out var orgs))
        {
            _describedOrgs[noun] = orgs = new OrgsByEnd([.. _document.Entities
                .Where(e => e.Label == EntityLabel.ORG && Regex.IsMatch(e.Normalized, $@"\b{noun}\b", RegexOptions.IgnoreCase))]);
        }
        return orgs.LastEndingBy(from + m.Index)?.Normalized;
    }

    /// <summary>Entities in document order, with the last of them (in that order) that ends at or before a position
    /// found by binary search: a search back from every description cost the square of a long document's length.</summary>
    private sealed class OrgsByEnd
    {
        private readonly List<Entity> _orgs;
        private readonly int[] _ends;

        /// <summary>For the first k + 1 entities by end, the greatest index among them in document order.</summary>
        private readonly int[] _lastAmong;

        public OrgsByEnd(List<Entity> orgs)
        {
            _orgs = orgs;
            var byEnd = Enumerable.Range(0, orgs.Count).OrderBy(i => orgs[i].End).ToArray();
            _ends = [.. byEnd.Select(i => orgs[i].End)];
            _lastAmong = new int[byEnd.Length];
            for (var k = 0; k < byEnd.Length; k++)
                _lastAmong[k] = Math.Max(k > 0 ? _lastAmong[k - 1] : -1, byEnd[k]);
        }

        public Entity? LastEndingBy(int at)
        {
            var endingBy = FirstAfter(_ends.Length, k => _ends[k], at);
            return endingBy == 0 ? null : _orgs[_lastAmong[endingBy - 1]];
        }
    }

    /// <summary>The first person named after <paramref name="at"/> (an interview's subject is introduced under its title).</summary>
    public string? FirstPersonAfter(int at)
    {
        // Both lists are in document order: walk them together from `at` (a person before a name at the same start,
        // as a stable sort of people then names leaves them) instead of sorting the whole document for each quote.
        var (i, j) = (FirstAfter(_people.Count, k => _people[k].Start, at), FirstAfter(_names.Count, k => _names[k].Start, at));
        while (i < _people.Count || j < _names.Count)
        {
            var fromPeople = j >= _names.Count || i < _people.Count && _people[i].Start <= _names[j].Start;
            var (start, name) = fromPeople ? _people[i++] : _names[j++];
            if (!ByBefore().IsMatch(_folded.AsSpan(Math.Max(0, start - 4), start - Math.Max(0, start - 4))))
                return name;
        }
        return null;
    }

    /// <summary>The first person or organization named in [from, to) as the subject of a clause, for a quote
    /// introduced by a verb that is not one of saying ("Jane Roe called it ...", "Roe welcomed the move as ...").</summary>
    public SpeakerCandidate? SubjectOf(int from, int to, int quoteStart)
    {
        foreach (var run in Runs(from, to).Where(IsPersonRun))
        {
            if (Resolve(run, quoteStart) is { } name)
                return new SpeakerCandidate(name, 0.45);
        }
        if (Pronoun().Match(_folded[from..to]) is { Success: true } pronoun && LastPersonBefore(from + pronoun.Index) is { } antecedent)
            return antecedent with { Confidence = 0.42 };
        if (FirstOrgName(Runs(from, to)) is { } org)
            return new SpeakerCandidate(org, 0.4);
        if (DescribedOrg(_folded[from..to], from) is { } described)
            return new SpeakerCandidate(described, 0.39);
        var place = _entities.Within(from, to).FirstOrDefault(e => e.Label == EntityLabel.GPE)?.Normalized
                    ?? _lexicons.Places.DemonymsIn(_document.Text[from..to]).Select(d => d.Country).FirstOrDefault();
        return place is null ? null : new SpeakerCandidate(place, 0.36);
    }

    [GeneratedRegex(@"\b[Bb]y\s+$")]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"([\p{L}\-]+)\W*$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"\S+")]
    private static partial Regex NonSpace();

    [GeneratedRegex(@"\btold\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ToldListener();
}
