using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Names;

/// <summary>
/// Pattern spotter for PERSON and ORG: it finds runs of capitalized words and decides what they are from
/// their shape (an organization head word, a title before a name, an acronym) and their context (a verb of
/// saying after a name, "according to", "firms like", "a spokesperson from"). It knows no names.
/// </summary>
/// <remarks>Stateless and thread-safe. Title-case headlines yield nothing here: names in them are found
/// later by <see cref="NameResolver"/> from mentions in the body.</remarks>
public sealed partial class NameSpotter(NameLexicons lexicons) : IEntitySpotter
{
    public const string SourceName = "pattern:name";

    private static readonly string[] Connectors = ["of", "for", "&", "de", "du", "da", "van", "von", "der", "al"];

    [GeneratedRegex(@"(?:according\s+to|reported\s+by|reports?\s+from|cited\s+by|cited\s+in|quoted\s+by|\bper|\bvia|published\s+by|\(formerly)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceCueBefore();

    [GeneratedRegex(@"\b(?:spokes(?:person|man|woman)|representatives?|executives?|officials?|analysts?|economists?|researchers?|experts?|engineers?|managers?|director|head)\s+(?:from|for|at|of|with)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MemberCueBefore();

    [GeneratedRegex(@"\b(?<noun>[A-Za-z]+),?\s+(?:like|such\s+as|including)\s+(?:the\s+)?$")]
    private static partial Regex ExampleCueBefore();

    [GeneratedRegex(@"\b[a-z][a-z\-]*\s+(?<noun>[a-z]+)\s+$")]
    private static partial Regex AppositiveCueBefore();

    [GeneratedRegex(@"^(?:,\s*|\s+and\s+|,\s*and\s+|\s*/\s*)$")]
    private static partial Regex ListGap();

    [GeneratedRegex(@"\b(?:said|says|told|stated|added|noted|warned|according\s+to|explained|argued|wrote)\s*,?\s*$|\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+$")]
    private static partial Regex PersonCueBefore();

    [GeneratedRegex(@"^\s*,\s*(?:a|an|the|who|whose|its|his|her|their|chief|head|senior|deputy|vice|former|managing|founder|co-founder|executive)\b")]
    private static partial Regex AppositionAfter();

    [GeneratedRegex(@"^\s*,\s*(?:[A-Z][\p{L}\.\-]*\s+){0,4}(?<title>[A-Z][a-z]+)\b")]
    private static partial Regex TitleAppositionAfter();

    [GeneratedRegex(@"^\s*(?:\(\s*[^)]*\)\s*)?(?<verb>[a-z]+(?:\s+out)?)\b")]
    private static partial Regex VerbAfter();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{M}’'\-]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$|^\p{Lu}\.$")]
    private static partial Regex NameWordShape();

    public IEnumerable<Entity> Spot(Document document)
    {
        var text = document.Text;
        foreach (var sentence in document.Sentences)
        {
            var words = WordScanner.Scan(text, sentence.Start, sentence.End);
            if (IsHeadline(words, sentence))
                continue;
            var inOrgList = false;
            var lastEnd = -1;
            foreach (var run in Runs(text, words))
            {
                var gap = lastEnd < 0 ? null : text[lastEnd..run[0].Start];
                var continuesList = inOrgList && gap is not null && ListGap().IsMatch(gap);
                var found = Classify(text, sentence, run, continuesList).ToList();
                inOrgList = found.Count > 0 && found.All(e => e.Label == EntityLabel.ORG) && (continuesList || IsListCue(text, sentence, run));
                lastEnd = run[^1].End;
                foreach (var entity in found)
                    yield return entity;
            }
        }
    }

    /// <summary>Maximal runs of capitalized words joined by single spaces and name connectors.</summary>
    private IEnumerable<IReadOnlyList<Word>> Runs(string text, IReadOnlyList<Word> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (!words[i].IsCapitalized)
            {
                i++;
                continue;
            }
            var run = new List<Word> { words[i] };
            var j = i;
            while (j + 1 < words.Count && IsSpaceGap(text, words[j].End, words[j + 1].Start))
            {
                var current = words[j];
                var next = words[j + 1];
                // A possessive ends a name ("China’s State Council"), unless an organization head follows a
                // name that is not a place ("Tom’s Hardware", but "China’s Ministry of Commerce" is two mentions).
                if (current.IsPossessive && (!(next.IsCapitalized && lexicons.OrgHeads.Contains(next.Text)) || lexicons.IsPlaceWord(current.Bare.Text)))
                    break;
                if (next.IsCapitalized)
                {
                    run.Add(next);
                    j++;
                }
                else if (Connectors.Contains(next.Text) && j + 2 < words.Count && words[j + 2].IsCapitalized
                         && IsSpaceGap(text, next.End, words[j + 2].Start))
                {
                    run.Add(next);
                    run.Add(words[j + 2]);
                    j += 2;
                }
                else
                    break;
            }
            yield return run;
            i = j + 1;
        }
    }

    private static bool IsSpaceGap(string text, int from, int to) =>
        to - from == 1 && text[from] == ' ' || to - from == 1 && text[from] == '\u00A0';

    /// <summary>A title-case line (most long words capitalized, no closing period) is a headline.</summary>
    private static bool IsHeadline(IReadOnlyList<Word> words, Sentence sentence)
    {
        var longWords = words.Where(w => w.Text.Length >= 4 && char.IsLetter(w.Text[0])).ToList();
        if (longWords.Count < 3)
            return false;
        var capitalized = longWords.Count(w => w.IsCapitalized);
        var endsLikeProse = sentence.Text.TrimEnd().EndsWith('.') && longWords.Count > 12;
        return !endsLikeProse && capitalized >= 0.75 * longWords.Count;
    }

    private bool IsListCue(string text, Sentence sentence, IReadOnlyList<Word> run)
    {
        var before = text[sentence.Start..run[0].Start];
        var m = ExampleCueBefore().Match(before);
        return m.Success && lexicons.OrgCueNouns.Contains(m.Groups["noun"].Value);
    }

    private IEnumerable<Entity> Classify(string text, Sentence sentence, IReadOnlyList<Word> run, bool continuesList)
    {
        var words = run.ToList();
        if (words[^1].IsPossessive)
            words[^1] = words[^1].Bare;
        // Drop sentence-initial function words and stray connectors at the edges.
        while (words.Count > 0 && (lexicons.NonNameWords.Contains(words[0].Text) || Connectors.Contains(words[0].Text)))
            words.RemoveAt(0);
        while (words.Count > 0 && Connectors.Contains(words[^1].Text))
            words.RemoveAt(words.Count - 1);
        if (words.Count == 0)
            yield break;

        var before = text[sentence.Start..words[0].Start];
        var after = text[words[^1].End..sentence.End];

        var titleHead = words.FindLastIndex(w => lexicons.IsTitleHead(w.Text));
        var orgHead = words.FindLastIndex(w => lexicons.OrgHeads.Contains(w.Text));

        // 1. Title before a name: "Treasury Secretary Jane Roe", "Vice Premier Li Wei", "President Smith".
        if (titleHead >= 0 && titleHead > orgHead && titleHead < words.Count - 1)
        {
            var name = words.Skip(titleHead + 1).ToList();
            while (name.Count > 0 && (name[0].Text == "of" || lexicons.IsTitleWord(name[0].Text) && name.Count > 1))
                name.RemoveAt(0);
            if (IsPersonName(name, afterTitle: true))
                yield return Make(text, EntityLabel.PERSON, name);
            yield break;
        }

        // 2. An organization head: "Ministry of Commerce", "Argus Media", "National Economic Council".
        if (orgHead >= 0 && titleHead <= orgHead)
        {
            var end = orgHead < words.Count - 1 && words[orgHead + 1].Text == "of" ? words.Count - 1 : orgHead;
            var org = words.Take(end + 1).ToList();
            var meaningful = org.Count(w => !Connectors.Contains(w.Text));
            if (meaningful >= 2 && !org.All(w => lexicons.IsTitleWord(w.Text) || lexicons.OrgHeads.Contains(w.Text) && org.Count == 1))
            {
                yield return Make(text, EntityLabel.ORG, org);
                yield break;
            }
        }

        if (words.Any(w => lexicons.IsPlaceWord(w.Text)) && words.All(w => lexicons.IsPlaceWord(w.Text) || Connectors.Contains(w.Text)))
            yield break;

        // 3. An organization named by its context: a source, an employer, an example of a kind of company.
        var exampleCue = ExampleCueBefore().Match(before);
        var appositiveCue = AppositiveCueBefore().Match(before);
        var orgByContext = continuesList
            || SourceCueBefore().IsMatch(before) && (words.Count == 1 || !IsPersonName(words, afterTitle: false))
            || MemberCueBefore().IsMatch(before)
            || exampleCue.Success && lexicons.OrgCueNouns.Contains(exampleCue.Groups["noun"].Value)
            || appositiveCue.Success && lexicons.OrgCueNouns.Contains(appositiveCue.Groups["noun"].Value) && words.Count <= 4;
        if (orgByContext && !words.Any(w => lexicons.IsTitleHead(w.Text)) && !(words.Count == 1 && lexicons.IsPlaceWord(words[0].Text)))
        {
            yield return Make(text, EntityLabel.ORG, words);
            yield break;
        }

        // 4. An acronym that is neither a place nor a common abbreviation: "CSIS", "REEx".
        if (words.Count == 1 && IsAcronym(words[0].Text) && !lexicons.NonOrgAcronyms.Contains(words[0].Text)
            && !lexicons.IsPlaceWord(words[0].Text))
        {
            yield return Make(text, EntityLabel.ORG, words);
            yield break;
        }

        // 5. A person named by context: "Jane Roe said", ", said Jane Roe", "Roe, an analyst at ...", "Jane Roe, Trade Minister".
        if (words.Any(w => lexicons.IsPlaceWord(w.Text)) || orgHead >= 0)
            yield break;
        var verb = VerbAfter().Match(after);
        var speaks = verb.Success && lexicons.SpeechVerbs.Contains(verb.Groups["verb"].Value);
        var apposition = AppositionAfter().IsMatch(after);
        var titleApposition = TitleAppositionAfter().Match(after) is { Success: true } t && lexicons.IsTitleHead(t.Groups["title"].Value);
        var cuedBefore = PersonCueBefore().IsMatch(before);
        var multi = words.Count >= 2 && IsPersonName(words, afterTitle: false);
        var single = words.Count == 1 && IsPersonName(words, afterTitle: false);
        if (multi && (speaks || apposition || titleApposition || cuedBefore)
            || single && (apposition && !sentence.Text.StartsWith(words[0].Text + ",", StringComparison.Ordinal) || titleApposition || cuedBefore && before.TrimEnd().EndsWith('.')))
            yield return Make(text, EntityLabel.PERSON, words);
        else if (single && apposition && IsPersonName(words, afterTitle: false) && LooksLikeRoleApposition(after))
            yield return Make(text, EntityLabel.PERSON, words);
    }

    [GeneratedRegex(@"^\s*,\s*(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,4}(?:expert|analyst|professor|researcher|economist|scientist|consultant|strategist|official|executive|director|founder|partner|fellow|lawyer|adviser|advisor|trader|spokes(?:person|man|woman))\b")]
    private static partial Regex RoleApposition();

    private static bool LooksLikeRoleApposition(string after) => RoleApposition().IsMatch(after);

    private bool IsPersonName(IReadOnlyList<Word> name, bool afterTitle)
    {
        if (name.Count is 0 or > 4)
            return false;
        foreach (var w in name)
        {
            if (!NameWordShape().IsMatch(w.Text) || lexicons.OrgHeads.Contains(w.Text) || lexicons.IsPlaceWord(w.Text) || lexicons.IsTitleWord(w.Text))
                return false;
            // After a title, short words like "He" or "Li" are names; elsewhere they start a sentence.
            if (!afterTitle && lexicons.NonNameWords.Contains(w.Text))
                return false;
        }
        return true;
    }

    private static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 8 && char.IsUpper(word[0]) && word.Count(char.IsUpper) >= 2 && word.All(char.IsLetter);

    private static Entity Make(string text, EntityLabel label, IReadOnlyList<Word> words)
    {
        var start = words[0].Start;
        var end = words[^1].End;
        var surface = text[start..end];
        return new Entity(label, surface, start, end, surface, SourceName);
    }
}
