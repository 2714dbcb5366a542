using System.Text.RegularExpressions;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Annotation.Names;

/// <summary>
/// Pattern spotter for PERSON and ORG: it finds runs of capitalized words and decides what they are from
/// their shape (an organization head word, a title before a name, an acronym) and their context (a verb of
/// saying after a name, "according to", "firms like", "a spokesperson from"). It knows no names.
/// </summary>
/// <remarks>Stateless and thread-safe. Title-case headlines yield nothing here: names in them are found
/// later by <see cref="NameResolver"/> from mentions in the body.</remarks>
public sealed partial class NameSpotter(NameLexicons lexicons) : IEntitySpotter, IWordSpotter
{
    public const string SourceName = "pattern:name";

    /// <summary>The source of a person named with a role set off after the name ("Roe, an analyst at Acme,").</summary>
    public const string RoleSourceName = "pattern:name-role";

    // Nouns that turn a name with an organization head into a building or an event.
    private static readonly string[] PlaceOrEventNouns =
        ["Building", "House", "Hall", "Tower", "Plaza", "Palace", "Hotel", "Dialogue", "Summit", "Conference", "Talks", "Meeting", "Expo", "Week"];

    // Lower-case particles of people's names.
    private static readonly string[] PersonParticles = ["de", "du", "des", "da", "del", "di", "la", "van", "von", "der", "al", "bin", "bint", "binti", "ibn"];

    private static readonly string[] Connectors = ["of", "for", "&", .. PersonParticles];

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

    [GeneratedRegex(@"\b(?:said|says|told|stated|added|noted|warned|according\s+to|explained|argued|wrote)\s*,?\s*$|\b(?:Mr|Ms|Mrs|Dr|Prof|Eng|Hon)\.?\s+$|\bH\.E\.\s+$")]
    private static partial Regex PersonCueBefore();

    [GeneratedRegex(@"^\s*,\s*(?:a|an|the|who|whose|its|his|her|their|chief|head|senior|deputy|vice|former|managing|founder|co-founder|executive)\b")]
    private static partial Regex AppositionAfter();

    // "in Vale Escuro, a senior trade official told reporters": a reporting clause after the name, no apposition to it.
    [GeneratedRegex(@"^\s*,\s*(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,4}?(?:official|spokes(?:person|man|woman)|source|analyst|trader|executive|diplomat|minister)s?\s+(?:said|says|told|tells|added|adds|noted|stated|explained|warned)\b")]
    private static partial Regex ReportingClauseAfter();

    [GeneratedRegex(@"^\s*,\s*(?:[A-Z][\p{L}\.\-]*\s+){0,4}(?<title>[A-Z][a-z]+)\b")]
    private static partial Regex TitleAppositionAfter();

    [GeneratedRegex(@"^\s*(?:\(\s*[^)]*\)\s*)?(?<verb>[a-z]+(?:\s+out)?)\b")]
    private static partial Regex VerbAfter();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{M}’'\-]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$|^\p{Lu}\.$")]
    private static partial Regex NameWordShape();

    public IEnumerable<Entity> Spot(Document document, CancellationToken cancellationToken = default) =>
        Spot(new SentenceWords(document), cancellationToken);

    /// <summary>As <see cref="Spot(Document, CancellationToken)"/>, reading each sentence's words from
    /// <paramref name="sentenceWords"/>, which the name model reads again.</summary>
    IEnumerable<Entity> IWordSpotter.Spot(SentenceWords sentenceWords, CancellationToken cancellationToken) => Spot(sentenceWords, cancellationToken);

    private IEnumerable<Entity> Spot(SentenceWords sentenceWords, CancellationToken cancellationToken)
    {
        var document = sentenceWords.Document;
        var text = document.Text;
        var termAcronyms = TermAcronyms(text);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[s];
            var words = sentenceWords[s];
            // A byline ("By Jane Roe, Senior Fellow, Some Institute") is title case but names its author.
            if (Byline(text, sentence, words) is { } author)
            {
                yield return Make(text, EntityLabel.PERSON, author);
                words = words.Where(w => w.Start >= author[^1].End).ToList();
            }
            else if (IsHeadline(words, sentence))
                continue;
            var inOrgList = false;
            var lastEnd = -1;
            foreach (var whole in Runs(text, words))
            {
                var run = whole;
                // "Hiroshi Takemura of Nishikaze Securities": a person named with the organization they are of.
                if (PersonOfOrganization(run) is var of and > 0)
                {
                    yield return Make(text, EntityLabel.PERSON, run.Take(of).ToList());
                    run = run.Skip(of + 1).ToList();
                }
                // The gap from the last run is read only after a list of organizations, matched in place.
                var continuesList = inOrgList && lastEnd >= 0 && ListGap().IsMatch(text.AsSpan(lastEnd, run[0].Start - lastEnd));
                var found = Classify(text, sentence, run, continuesList);
                // An acronym the article defines as a lower-case term (TermAcronyms) names no organization.
                if (found is { Label: EntityLabel.ORG } && termAcronyms.Contains(found.Text))
                    found = null;
                inOrgList = found is { Label: EntityLabel.ORG } && (continuesList || IsListCue(text, sentence, run));
                lastEnd = run[^1].End;
                if (found is not null)
                    yield return found;
            }
        }
    }

    /// <summary>Maximal runs of capitalized words joined by single spaces and name connectors.</summary>
    /// <remarks>One list holds every run in turn (most are one word, "The", "He"): a run is read before the next is asked for.</remarks>
    private IEnumerable<IReadOnlyList<Word>> Runs(string text, IReadOnlyList<Word> words)
    {
        var run = new List<Word>();
        var i = 0;
        while (i < words.Count)
        {
            if (!words[i].IsCapitalized)
            {
                i++;
                continue;
            }
            run.Clear();
            run.Add(words[i]);
            var j = i;
            while (j + 1 < words.Count)
            {
                // "Copper & Cobalt SA": a spaced ampersand joins two capitalized words like a connector.
                if (text.AsSpan(words[j].End, words[j + 1].Start - words[j].End) is " & " && words[j + 1].IsCapitalized)
                {
                    run.Add(words[j + 1]);
                    j++;
                    continue;
                }
                if (!WordScanner.IsSpaceGap(text, words[j].End, words[j + 1].Start))
                    break;
                var current = words[j];
                var next = words[j + 1];
                // A possessive ends a name ("Japan’s Cabinet Office"), unless an organization head follows ("Dealer’s Digest")
                // and the owner is not a place ("China’s Ministry of Commerce" is China's ministry, named "Ministry of Commerce").
                if (current.IsPossessive && (lexicons.IsPlaceWord(current.Bare.Text) || !(next.IsCapitalized && lexicons.OrgHeads.Contains(next.Text))))
                    break;
                if (next.IsCapitalized)
                {
                    run.Add(next);
                    j++;
                }
                else if ((Connectors.Contains(next.Text) || next.Text == "on" && lexicons.OrgHeads.Contains(current.Text)
                          || next.Text == "and" && JoinsNamedPair(text, words, i, j))
                         && j + 2 < words.Count && words[j + 2].IsCapitalized
                         && WordScanner.IsSpaceGap(text, next.End, words[j + 2].Start))
                {
                    run.Add(next);
                    run.Add(words[j + 2]);
                    j += 2;
                }
                else
                    break;
            }
            // An office or organization whose complement is a list closed by "and" ("Ministry of Mines and Energy",
            // "Minister of Trade, Industry and Energy") keeps the whole list.
            if (HasComplement(run) && ListTail(text, run[^1].End, words[^1].End) is { } tailEnd)
            {
                while (j + 1 < words.Count && words[j + 1].End <= tailEnd)
                    run.Add(words[++j]);
            }
            yield return run;
            i = j + 1;
        }
    }


    /// <summary>
    /// Whether "and" after <c>words[j]</c> joins two nouns inside one organization's name ("the Velmar Development and
    /// Reform Council", "Kesland Iron and Steel Association", "the Mines and Geology Bureau") rather than two names
    /// ("the IMF and World Bank"). The run so far (from <c>words[i]</c>) has no head word and is not a place alone; the
    /// capitalized words after "and" reach a head word within four; and the run opens with a place word, follows "the",
    /// or ends with a portfolio word ("Mines", "Energy"). After "the" a one-word run must be a portfolio word: "the Fed
    /// and European Central Bank" are two.
    /// </summary>
    private bool JoinsNamedPair(string text, IReadOnlyList<Word> words, int i, int j)
    {
        if (words[j].IsPossessive || j + 2 >= words.Count)
            return false;
        // A capitalized "The" opening the sentence is the article, no word of the name ("The Hague" aside).
        var afterThe = i > 0 && words[i - 1].Text is "the" or "The" && WordScanner.IsSpaceGap(text, words[i - 1].End, words[i].Start);
        if (words[i].Text is "The" && i < j)
            (afterThe, i) = (true, i + 1);
        // A trade before "and" and a trade after it are one company's ("Kasumi Mining and Smelting Co", "Oskar Mining
        // and Metals"); a proper word after "and" opens another name ("Velmar Mining and Brisko Resources").
        if (IsTrade(words[j]) && IsTrade(words[j + 2]))
            return true;
        var (places, heads) = (0, 0);
        for (var k = i; k <= j; k++)
        {
            if (lexicons.OrgHeads.Contains(words[k].Text) || lexicons.IsTitleHead(words[k].Text))
                heads++;
            else if (lexicons.IsPlaceWord(words[k].Text))
                places++;
        }
        if (heads > 0 || places == j - i + 1)
            return false;
        var headAfter = false;
        for (var k = j + 2; k < words.Count && k <= j + 5 && words[k].IsCapitalized && WordScanner.IsSpaceGap(text, words[k - 1].End, words[k].Start); k++)
        {
            if (lexicons.OrgHeads.Contains(words[k].Text))
            {
                headAfter = true;
                break;
            }
        }
        if (!headAfter)
            return false;
        var portfolio = lexicons.IsTitleWord(words[j].Text) && !lexicons.IsTitleHead(words[j].Text);
        return portfolio || afterThe && j > i || places > 0 && lexicons.IsPlaceWord(words[i].Text);
    }

    /// <summary>A capitalized word naming a line of business: a plural organization head ("Metals", "Resources") or a
    /// word in -ing ("Mining", "Smelting", "Trading"); not an institution's head ("Council", "Ministry") nor a place
    /// ("Beijing").</summary>
    private bool IsTrade(Word word) =>
        word.IsCapitalized && word.Text.Length > 4 && !lexicons.IsPlaceWord(word.Text)
        && (word.Text.EndsWith("ing", StringComparison.Ordinal) || word.Text.EndsWith('s') && lexicons.OrgHeads.Contains(word.Text));

    /// <summary>A title-case line (most long words capitalized, no closing period) is a headline.</summary>
    private static bool IsHeadline(IReadOnlyList<Word> words, Sentence sentence)
    {
        // Counted, not listed: this is asked of every sentence.
        var (longWords, capitalized) = (0, 0);
        foreach (var w in words)
        {
            if (w.Text.Length >= 4 && char.IsLetter(w.Text[0]))
            {
                longWords++;
                if (w.IsCapitalized)
                    capitalized++;
            }
        }
        if (longWords < 3)
            return false;
        var endsLikeProse = sentence.Text.AsSpan().TrimEnd().EndsWith('.') && longWords > 6;
        return !endsLikeProse && capitalized >= 0.75 * longWords;
    }

    private bool IsListCue(string text, Sentence sentence, IReadOnlyList<Word> run)
    {
        var m = ExampleCueBefore().Match(text[CueStart(text, sentence.Start, run[0].Start)..run[0].Start]);
        return m.Success && lexicons.OrgCueNouns.Contains(m.Groups["noun"].Value);
    }

    /// <summary>What the run names: one entity (the first reading that fits), or null.</summary>
    private Entity? Classify(string text, Sentence sentence, IReadOnlyList<Word> run, bool continuesList)
    {
        var words = run.ToList();
        if (words[^1].IsPossessive)
            words[^1] = words[^1].Bare;
        // Drop sentence-initial function words and stray connectors at the edges.
        while (words.Count > 0 && (lexicons.NonNameWords.Contains(words[0].Text) || Connectors.Contains(words[0].Text)))
            words.RemoveAt(0);
        while (words.Count > 0 && Connectors.Contains(words[^1].Text))
            words.RemoveAt(words.Count - 1);
        // "Minister of Industry and Energy Daniel Okafor": the run after "and" opens with the portfolio that closes the
        // title's complement, no word of the name.
        if (words.Count > 2 && words[0].Start >= 5 && text.AsSpan(words[0].Start - 5, 5) is " and ")
        {
            while (words.Count > 2 && lexicons.IsTitleWord(words[0].Text) && !lexicons.IsTitleHead(words[0].Text))
                words.RemoveAt(0);
            // "Minister of Forests and Wildlife Ana Souza": a portfolio the lexicon lacks closes the complement too.
            if (words.Count > 2 && !lexicons.IsTitleWord(words[0].Text) && TitleComplementBefore(text, words[0].Start - 5))
                words.RemoveAt(0);
        }
        if (words.Count == 0)
            return null;
        // "... in partnership with Acme Lithium Ltd." — the abbreviation's dot is also the full stop.
        if (words[^1].Text.EndsWith('.') && words[^1].Text.Length > 2 && string.IsNullOrWhiteSpace(text[words[^1].End..sentence.End]))
            words[^1] = new Word(words[^1].Text[..^1], words[^1].Start, words[^1].End - 1);

        // "Mr. Daniel Okafor", "H.E. Ana Lopes": the style before a name is a cue, not a word of it.
        while (words.Count > 1 && lexicons.IsHonorific(words[0].Text))
            words.RemoveAt(0);
        // The last few chunks of the sentence before the name: every cue before a name is one of them.
        var before = text[CueStart(text, sentence.Start, words[0].Start)..words[0].Start];
        // The rest of the sentence, matched in place (the cues after a name are anchored at its end): a copy of it for
        // every run cost the sentence's length per name.
        var (afterStart, afterLength) = (words[^1].End, sentence.End - words[^1].End);
        var after = text.AsSpan(afterStart, afterLength);

        // Words in capitals throughout ("MARKET VIEW", a one-line kicker) are typographic emphasis, not acronyms.
        if (words.All(w => w.IsAllCaps) && (words.Count >= 2 || !Chars.Any(sentence.Text, char.IsLower)))
            return null;

        // One loop, not three searches with a delegate each: this runs for every capitalized run.
        var (titleHead, orgHead, firstTitle) = (-1, -1, -1);
        for (var i = 0; i < words.Count; i++)
        {
            if (lexicons.IsTitleHead(words[i].Text))
                (titleHead, firstTitle) = (i, firstTitle < 0 ? i : firstTitle);
            if (lexicons.OrgHeads.Contains(words[i].Text))
                orgHead = i;
        }

        // 0. A title with its complement: "Minister of Strategic Minerals and Downstream Industry" names an office,
        // not an organization, even though a head word ("Minerals") sits in it; a name may follow the complement.
        if (firstTitle >= 0 && firstTitle + 1 < words.Count && words[firstTitle + 1].Text is "of" or "for" && orgHead > firstTitle
            && words.Take(firstTitle).All(w => lexicons.IsTitleWord(w.Text)))
        {
            var name = words.Skip(orgHead + 1).ToList();
            return IsPersonName(name, afterTitle: true) ? Make(text, EntityLabel.PERSON, name) : null;
        }

        // 1. Title before a name: "Treasury Secretary Jane Roe", "Vice Premier Li Wei", "President Smith".
        if (titleHead >= 0 && titleHead > orgHead && titleHead < words.Count - 1)
        {
            var name = words.Skip(titleHead + 1).ToList();
            var complement = name.Count > 0 && name[0].Text is "of" or "for";
            // "Minister of Industry and Construction Daniel Okafor": the portfolios of the complement, and the "and"
            // between them.
            while (name.Count > 0 && (name[0].Text is "of" or "for" || name[0].Text is "and" && complement || lexicons.IsTitleWord(name[0].Text) && name.Count > 1))
                name.RemoveAt(0);
            // "Minister of Forests": one word left after the complement is the complement itself, not a name.
            return IsPersonName(name, afterTitle: true) && !(complement && name.Count == 1) ? Make(text, EntityLabel.PERSON, name) : null;
        }

        // "Eisenhower Executive Office Building", "Korea Critical Minerals Dialogue": a venue or an event, not an organization.
        if (orgHead >= 0 && orgHead + 1 < words.Count && PlaceOrEventNouns.Contains(words[orgHead + 1].Text))
            return null;

        // 2. An organization head: "Ministry of Commerce", "Kestrel Media", "National Economic Council",
        // "Institute for Economic Security".
        if (orgHead >= 0 && titleHead <= orgHead)
        {
            var complement = HasComplement(words);
            var end = complement ? words.Count - 1 : orgHead;
            var org = words.Take(end + 1).ToList();
            var meaningful = org.Count(w => !Connectors.Contains(w.Text));
            if (meaningful >= 2 && !org.All(w => lexicons.IsTitleWord(w.Text) || lexicons.OrgHeads.Contains(w.Text) && org.Count == 1))
                return Make(text, EntityLabel.ORG, org);
        }

        if (IsPlaceList(words))
            return null;

        // "Halden & Voss", "Kelp & Cargo": names joined by a spaced ampersand are a firm's or a publication's.
        if (words.Count >= 2 && titleHead < 0 && AmpersandJoined(text, words))
            return Make(text, EntityLabel.ORG, words);

        // 3. An organization named by its context: a source, an employer, an example of a kind of company. Each cue is
        // matched only when the ones before it failed: most runs are asked of them all, and most have none.
        var orgByContext = continuesList
            || SourceCueBefore().IsMatch(before) && (words.Count == 1 || !IsPersonName(words, afterTitle: false))
            || MemberCueBefore().IsMatch(before)
            || ExampleCueBefore().Match(before) is { Success: true } exampleCue && lexicons.OrgCueNouns.Contains(exampleCue.Groups["noun"].Value)
            || AppositiveCueBefore().Match(before) is { Success: true } appositiveCue && lexicons.OrgCueNouns.Contains(appositiveCue.Groups["noun"].Value) && words.Count <= 4
            || OrgAppositionAfter().Match(text, afterStart, afterLength) is { Success: true } oa && lexicons.OrgCueNouns.Contains(oa.Groups["noun"].Value) && !PersonNouns.Contains(oa.Groups["noun"].Value)
            || ResultsCallAfter().IsMatch(after)
            || words.Count >= 2 && AcronymAfter().Match(text, afterStart, afterLength) is { Success: true } ac && IsInitialism(words, ac.Groups["acronym"].Value);
        if (orgByContext && titleHead < 0 && !(words.Count == 1 && lexicons.IsPlaceWord(words[0].Text)))
            return Make(text, EntityLabel.ORG, words);

        // 4. An acronym that is neither a place nor a common abbreviation: "IGMC", "MetX".
        if (words.Count == 1 && IsAcronym(words[0].Text) && !lexicons.NonOrgAcronyms.Contains(words[0].Text)
            && !lexicons.IsPlaceWord(words[0].Text))
            return Make(text, EntityLabel.ORG, words);

        // 5. A person named by context: "Jane Roe said", ", said Jane Roe", "Roe, an analyst at ...", "Jane Roe, Trade Minister",
        // "chief executive Jane Roe", "the country's trade minister, Jane Roe, ...".
        // The words must read as a name before any cue is matched: most runs left here do not ("Lithium", "Ministry";
        // IsPersonName refuses a head word and a place name).
        var multi = words.Count >= 2 && IsPersonName(words, afterTitle: false);
        var single = words.Count == 1 && IsPersonName(words, afterTitle: false) && !LocativeBefore().IsMatch(before);
        if (!multi && !single)
            return null;
        var apposition = AppositionAfter().IsMatch(after) && !ReportingClauseAfter().IsMatch(after)
            || OwnerTitleAfter().Match(text, afterStart, afterLength) is { Success: true } ot && lexicons.IsTitleHead(ot.Groups["head"].Value);
        var titleApposition = TitleAppositionAfter().Match(text, afterStart, afterLength) is { Success: true } t && lexicons.IsTitleHead(t.Groups["title"].Value);
        var cuedBefore = PersonCueBefore().IsMatch(before);
        // "Roe, an analyst at Acme," and "Jane Roe, a fellow of ...": a role set off after the name makes it a person for
        // sure, one the trained tagger keeps (a lone surname opening a sentence reads to it like any capitalized word);
        // not after "in" ("in Monterrey, a city official said": a place, and the role is the speaker's).
        var role = apposition && LooksLikeRoleApposition(after) && !LocativeBefore().IsMatch(before);
        if (multi && (apposition || titleApposition || cuedBefore || Speaks(text, afterStart, afterLength) || TitledBefore(text, sentence, words[0].Start, before, after))
            || single && (apposition && !sentence.Text.StartsWith(words[0].Text + ",", StringComparison.Ordinal) || titleApposition || cuedBefore && before.TrimEnd().EndsWith('.')))
            return Make(text, EntityLabel.PERSON, words, role ? RoleSourceName : SourceName);
        return single && role ? Make(text, EntityLabel.PERSON, words, RoleSourceName) : null;
    }

    /// <summary>Where the "of" is in a run that names a person and the organization they are of ("Farhan Qureshi of Deccan
    /// Equity Research"): two or three words that read as a person's name, none of them an organization's head, and an
    /// organization's head after the "of"; else -1. "Bank of England" and "Commonwealth Bank of Australia" have their
    /// head before it.</summary>
    private int PersonOfOrganization(IReadOnlyList<Word> run)
    {
        var of = -1;
        for (var i = 0; i < run.Count && of < 0; i++)
        {
            if (run[i].Text == "of")
                of = i;
        }
        if (of is < 2 or > 3 || !IsPersonName(run.Take(of).ToList(), afterTitle: false))
            return -1;
        for (var i = of + 1; i < run.Count; i++)
        {
            if (lexicons.OrgHeads.Contains(run[i].Text))
                return of;
        }
        return -1;
    }

    /// <summary>A verb of saying right after the name: "Jane Roe said".</summary>
    private bool Speaks(string text, int afterStart, int afterLength) =>
        VerbAfter().Match(text, afterStart, afterLength) is { Success: true } verb && lexicons.SpeechVerbs.Contains(verb.Groups["verb"].Value);

    /// <summary>A title in lower case right before the name ("chief executive Jane Roe"), or a title and a comma before
    /// a name closed by punctuation ("the country's trade minister, Jane Roe,").</summary>
    private bool TitledBefore(string text, Sentence sentence, int nameStart, string before, ReadOnlySpan<char> after) =>
        LowerTitleBefore().Match(before) is { Success: true } lt && lexicons.IsTitleHead(lt.Groups["head"].Value)
        || TitleCommaBefore().Match(text[TitleListStart(text, sentence.Start, nameStart)..nameStart]) is { Success: true } tc && lexicons.IsTitleHead(tc.Groups["head"].Value) && NameCloses().IsMatch(after);

    /// <summary>Whether the text up to <paramref name="end"/> closes a title's complement of capitalized words:
    /// "Minister of Forests", "Secretary for Youth, Sports". Read on the 60 characters before.</summary>
    private bool TitleComplementBefore(string text, int end)
    {
        var start = Math.Max(0, end - 60);
        var m = TitleComplementEnd().Match(text, start, end - start);
        return m.Success && lexicons.IsTitleHead(m.Groups["head"].Value);
    }

    [GeneratedRegex(@"(?<![\p{L}\-])(?<head>\p{Lu}\p{Ll}+)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:,?\s+\p{Lu}[\p{L}\-]*){0,3}$")]
    private static partial Regex TitleComplementEnd();

    private static bool AmpersandJoined(string text, List<Word> words)
    {
        for (var k = 1; k < words.Count; k++)
        {
            if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End) is " & ")
                return true;
        }
        return false;
    }

    /// <summary>Place words, perhaps joined by connectors ("Chile", "Rio de Janeiro"): at least one place word.</summary>
    private bool IsPlaceList(List<Word> words)
    {
        // Loops, not Any and All over lambdas: this is asked of most capitalized runs, and each lambda was a delegate.
        var places = 0;
        foreach (var w in words)
        {
            if (lexicons.IsPlaceWord(w.Text))
                places++;
            else if (!Connectors.Contains(w.Text))
                return false;
        }
        return places > 0;
    }

    // "Jane Roe, Acme's chief executive, said" — an apposition naming the employer and then the title.
    [GeneratedRegex(@"^\s*,\s*(?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*['’]s\s+(?:[\p{Ll}\-]+\s+){0,3}(?<head>[\p{Ll}\-]+)\s*[,.;]")]
    private static partial Regex OwnerTitleAfter();

    // "welcome to the Acme first-quarter 2026 earnings conference call", "Acme full-year results call": a company
    // reporting.
    [GeneratedRegex(@"^\s+(?:(?:(?:first|second|third|fourth)[\s\-]quarter|full[\s\-]year|half[\s\-]year|Q[1-4]|H[12]|FY\s?\d{2,4})\s+)?(?:(?:19|20)\d{2}\s+)?(?:financial\s+)?(?:earnings|results)\s+(?:conference\s+)?call\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultsCallAfter();

    // "Acme, the Lyon-based chemicals group, will ..." — an apposition that says what kind of organization it is.
    [GeneratedRegex(@"^\s*,\s*(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,3}(?<noun>\p{Ll}+)\s*[,.;]")]
    private static partial Regex OrgAppositionAfter();

    // Cue nouns that also describe a person ("Jane Roe, a metals trader, said").
    private static readonly string[] PersonNouns = ["trader", "traders", "investor", "investors", "broker", "brokers", "developer", "developers", "operator", "operators", "producer", "producers"];

    // A name followed by its acronym in parentheses: "Agence de Régulation des Substances Stratégiques (ARSS)".
    [GeneratedRegex(@"^\s*\((?<acronym>\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)")]
    private static partial Regex AcronymAfter();

    /// <summary>Acronyms the document defines as lower-case terms (products, chemistries): never organizations in it.</summary>
    private static HashSet<string> TermAcronyms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        // A lower-case term defined with its acronym: "mixed hydroxide precipitate (MHP)".
        foreach (var (words, acronym) in TermDefinitions.In(text))
        {
            var letters = acronym.Where(char.IsUpper).Select(char.ToLowerInvariant).ToArray();
            var initials = words.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]).ToArray();
            if (letters.Length >= 2 && initials.Length >= letters.Length && initials[^letters.Length..].SequenceEqual(letters))
                terms.Add(acronym);
        }
        return terms;
    }

    /// <summary>The acronym's capitals (three or more: two initials in brackets may be a person's) are the initials of the name's capitalized words.</summary>
    private static bool IsInitialism(IReadOnlyList<Word> words, string acronym) =>
        Chars.Count(acronym, char.IsUpper) >= 3 && string.Concat(acronym.Where(char.IsUpper)) == string.Concat(words.Where(w => w.IsCapitalized).Select(w => w.Text[0]));

    // A lower-case title word right before the name: "said chief executive Jane Roe", "mines minister Jane Roe told".
    [GeneratedRegex(@"(?<![\p{L}\-])(?<head>\p{Ll}[\p{Ll}\-]+)\s+$")]
    private static partial Regex LowerTitleBefore();

    // A title phrase closed by a comma before the name: "Japan's Minister of Economy, Trade and Industry, Jane Roe,",
    // "its secretary-general, Jane Roe." The complement may only hold capitalized words and list joiners.
    [GeneratedRegex(@"(?<![\p{L}\-])(?<head>[\p{L}\-]+)(?:\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*(?:(?:,\s+|,?\s+and\s+|\s+of\s+(?:the\s+)?|\s+)\p{Lu}[\p{L}\-]*)*|\p{Ll}[\p{L}\-]+))?\s*,\s*$")]
    private static partial Regex TitleCommaBefore();

    [GeneratedRegex(@"\b(?:of|for)\s+(?:the\s+)?$")]
    private static partial Regex OfBefore();

    /// <summary>Where the cues before a name at <paramref name="to"/> can start: the last four chunks between white spaces
    /// (the longest cue, "firms, such as the", has four). Matching the whole sentence before each name cost the square
    /// of a sentence's length.</summary>
    private static int CueStart(string text, int from, int to) => WordScanner.StartOfChunks(text, from, to, 4);

    /// <summary>Where <see cref="TitleCommaBefore"/> can start: it holds only letters, hyphens, commas and white space,
    /// and each of its words but the first (the head) is capitalized or a joiner ("of", "for", "the", "and"); so it lies
    /// after any other character and starts no earlier than the last other word (the character before is then no letter
    /// or hyphen for its lookbehind).</summary>
    private static int TitleListStart(string text, int from, int to)
    {
        var i = to;
        while (i > from && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ','))
            i--;
        var last = true;
        while (i > from && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'))
        {
            var wordEnd = i;
            while (i > from && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'))
                i--;
            // "vice minister of commerce, Jane Roe,": one lower-case word may close the complement.
            var lowerComplement = last && OfBefore().IsMatch(text.AsSpan(Math.Max(from, i - 9), i - Math.Max(from, i - 9)));
            last = false;
            if (!char.IsUpper(text[i]) && !lowerComplement && text.AsSpan(i, wordEnd - i) is not ("of" or "for" or "the" or "and"))
                break;
            while (i > from && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ','))
                i--;
        }
        return i;
    }

    // After a name in apposition to a title: a closing comma or stop, or the end of the sentence.
    [GeneratedRegex(@"^\s*(?:[,.;:)]|$)")]
    private static partial Regex NameCloses();

    // "in Fugu, the county ..." — a single capitalized word after a place preposition is a place, not a person.
    [GeneratedRegex(@"\b(?:in|at|near|from|outside|into|across|around|to)\s+$")]
    private static partial Regex LocativeBefore();

    // The rest of an organization's complement when it is a list closed by "and": ", Trade and Industry", " and Security".
    [GeneratedRegex(@"^(?:,\s+(?!(?:The|A|An|Its|Their|His|Her|This|That|These|Those)\b)\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)*,?\s+and\s+(?!(?:The|A|An|Its|Their|His|Her|This|That|These|Those)\b)\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,2}(?![\p{L}\p{N}\-’'])(?!\s+\p{Lu})")]
    private static partial Regex OrgListTail();

    private bool HasComplement(IReadOnlyList<Word> run)
    {
        for (var k = 0; k + 1 < run.Count; k++)
        {
            if (run[k + 1].Text is "of" or "for" or "on" && (lexicons.IsTitleHead(run[k].Text) || lexicons.OrgHeads.Contains(run[k].Text)))
                return true;
        }
        return false;
    }

    private int? ListTail(string text, int from, int sentenceEnd)
    {
        var m = OrgListTail().Match(text[from..sentenceEnd]);
        if (!m.Success)
            return null;
        var words = WordScanner.Scan(text, from, from + m.Length);
        var items = words.Where(w => w.Text != "and").ToList();
        // "and Minor Metal Producers" (a head word or a plural last) ends an organization's name; "and Wildlife Aina
        // Berg" is a portfolio and a name.
        var lastAnd = words.Count - 1;
        while (lastAnd >= 0 && words[lastAnd].Text != "and")
            lastAnd--;
        if (words.Count - 1 - lastAnd == 3 && !lexicons.OrgHeads.Contains(words[^1].Text) && !words[^1].Text.EndsWith('s'))
            return null;
        return items.Any(w => lexicons.IsPlaceName(w.Text)) ? null : from + m.Length;
    }

    // "By Jane Roe" opening a line, optionally followed by the author's title and employer.
    [GeneratedRegex(@"^By\s+(?=\p{Lu})")]
    private static partial Regex BylineStart();

    private IReadOnlyList<Word>? Byline(string text, Sentence sentence, IReadOnlyList<Word> words)
    {
        if (!BylineStart().IsMatch(sentence.Text) || words.Count < 3)
            return null;
        var name = new List<Word>();
        for (var i = 1; i < words.Count && name.Count < 4 && words[i].IsCapitalized; i++)
        {
            if (i > 1 && !WordScanner.IsSpaceGap(text, words[i - 1].End, words[i].Start))
                break;
            name.Add(words[i]);
        }
        var rest = text[name[^1].End..sentence.End];
        return name.Count >= 2 && IsPersonName(name, afterTitle: false) && Regex.IsMatch(rest, @"^\s*(?:[,|\-–—]|and\s|$)") ? name : null;
    }

    /// <summary>A run that is a place: any whole place name in it, or place-name parts making more than half of it
    /// ("Hong Kong"); a person may carry one such part ("Le Thi Minh Chau").</summary>
    private bool IsPlace(IReadOnlyList<Word> words)
    {
        // One loop, not four searches with a lambda each: this is asked of every run that may be a person's name.
        var (placeWords, others) = (0, 0);
        for (var i = 0; i < words.Count; i++)
        {
            if (lexicons.IsPlaceName(words[i].Text))
                return true;
            placeWords += lexicons.IsPlaceWord(words[i].Text) ? 1 : 0;
            others += Connectors.Contains(words[i].Text) ? 0 : 1;
        }
        return placeWords > 0 && 2 * placeWords > others;
    }

    [GeneratedRegex(@"^\s*,\s*(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,4}(?:expert|analyst|professor|researcher|economist|scientist|consultant|strategist|official|executive|director|founder|partner|fellow|lawyer|adviser|advisor|trader|spokes(?:person|man|woman))\b(?!\s+(?:said|says|told|tells|added|adds|noted|notes|stated|explained|warned))")]
    private static partial Regex RoleApposition();

    private static bool LooksLikeRoleApposition(ReadOnlySpan<char> after) => RoleApposition().IsMatch(after);

    private bool IsPersonName(IReadOnlyList<Word> name, bool afterTitle)
    {
        if (name.Count is 0 or > 4 || IsPlace(name))
            return false;
        for (var i = 0; i < name.Count; i++)
        {
            var w = name[i];
            // "Noor bint Hamad", "Ana de Souza": a particle inside a person's name.
            if (i > 0 && i < name.Count - 1 && PersonParticles.Contains(w.Text))
                continue;
            if (!NameWordShape().IsMatch(w.Text) || lexicons.OrgHeads.Contains(w.Text) || lexicons.IsTitleWord(w.Text))
                return false;
            // After a title, short words like "He" or "Li" are names; elsewhere they start a sentence.
            if (!afterTitle && lexicons.NonNameWords.Contains(w.Text))
                return false;
        }
        return true;
    }

    private static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 8 && char.IsUpper(word[0]) && Chars.Count(word, char.IsUpper) >= 2 && Chars.All(word, char.IsLetter);

    private static Entity Make(string text, EntityLabel label, IReadOnlyList<Word> words, string source = SourceName)
    {
        var start = words[0].Start;
        var end = words[^1].End;
        var surface = text[start..end];
        return new Entity(label, surface, start, end, surface, source);
    }
}
