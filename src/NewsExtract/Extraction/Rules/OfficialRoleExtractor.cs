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
    private readonly LexiconPattern _titleHead;
    private readonly Regex _honorificBefore;

    public OfficialRoleExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        // An honorific between the title and the name: "The Minister of Agriculture, Hon. X", "Permanent Secretary, Dr.
        // X", "Minister Datuk Seri X". The abbreviations are grammar; the styles come from the titles lexicon.
        var styles = lexicons.Titles.Entries.Where(e => e.Value == "honorific").Select(e => Regex.Escape(e.Key));
        _honorificBefore = new Regex($@"(?<![\p{{L}}.])(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen|Eng|Amb|H\.E|{string.Join('|', styles)})\.?\s+)+$", RegexOptions.Compiled);
        _titleHead = Patterns.StemAlternation(
            lexicons.Titles.Entries.Where(e => e.Value == "head").Select(e => e.Key)
                .Concat(["minister", "secretary", "president", "chairman", "spokesperson", "spokesman", "spokeswoman", "analyst", "economist", "executive", "officer", "director", "head", "founder", "governor", "ambassador", "representative", "commissioner", "partner"]),
            wholeWord: true);
    }

    public string Name => "rule:official_role";

    // A title head with its complement, ending where the name begins: "Minister of Economy, Trade and Industry".
    // The complement may open with an owner: "spokesperson for Cambodia's Ministry of Mines and Energy".
    [GeneratedRegex(@"(?<![\p{L}\-])(?<head>[\p{L}\-]+)(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*['’]s?\s+)?\p{Lu}[\p{L}\-]*(?:(?:,\s+|,?\s+and\s+|\s+)\p{Lu}[\p{L}\-]*)*)+\s*$")]
    private static partial Regex TitleWithComplement();

    // "the country's minister of mineral resources, X": a complement in lower case.
    [GeneratedRegex(@"(?<![\p{L}\-])(?<head>[\p{L}\-]+)\s+(?:of|for)\s+(?:the\s+)?\p{Ll}[\p{L}\-]*(?:(?:,\s+|,?\s+and\s+|\s+)(?!(?:and|or)\b)\p{Ll}[\p{L}\-]*){0,3}\s*$")]
    private static partial Regex TitleWithLowerComplement();

    // The comma of an apposition that puts the title first: "its secretary-general, X."
    [GeneratedRegex(@"\s*,\s*$")]
    private static partial Regex TrailingComma();

    [GeneratedRegex(@"^\s*(?:[,.;:)]|$)")]
    private static partial Regex NameCloses();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[\p{L}][\p{L}\-]*(?:\.[\p{L}]+)*\.?$")]
    internal static partial Regex LastWord();

    /// <summary><see cref="LastWord"/> of <c>text[..end]</c> taken as the whole text. Run from the start it tries every
    /// word before the last; a match is letters, hyphens and dots up to the end, so it is run from the first of those
    /// (and the character before it, for the lookbehind).</summary>
    internal static Match LastWordBefore(string text, int end)
    {
        var from = end;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] is '-' or '.'))
            from--;
        from = Math.Max(0, from - 1);
        return LastWord().Match(text, from, end - from);
    }

    // A possessive or "the" between the owner and the title: "Canada's ", "the Netherlands' ".
    [GeneratedRegex(@"^(?:['’]s?)?\s*$")]
    private static partial Regex OwnerGap();

    // The dot of an initialism ("the U.S. trade envoy") does not end the apposition; the acronym of the organization
    // ("president of the Velmar Exporters Council (VEC)") does. A dash sets a title off as a comma does in a list of
    // participants ("- Ana Souza — Chief Executive Officer"), and brackets do in a transcript's speaker label ("Ana Souza
    // (Minister of Trade): Thank you").
    [GeneratedRegex(@"^\s*(?:,|[—–]|-(?=\s)|\()\s*(?:who\s+(?:is|was|became|has\s+been|is\s+now|serves\s+as)\s+)?(?<title>(?:(?:the|a|an)\s+)?(?:(?:country|nation|company|firm|group|ministry|bank|government)'s\s+|its\s+|their\s+)?[^,;:()""]{2,90}?)(?=\s*(?:[,;:()]|(?<!\b\p{Lu})\.|\s+(?:said|says|told|warned|added|noted|who|and\s+(?:a|an|the)\b)|$))")]
    private static partial Regex AppositionAfter();

    // Commas inside a capitalized list closed by "and" ("Trade, Industry and Energy") do not end an apposition.
    [GeneratedRegex(@"(?<=\p{Lu}[\p{L}\-]*),(?=\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?(?:,\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)*,?\s+and\s+\p{Lu})")]
    private static partial Regex ListComma();

    private const char MaskedComma = '\u201A';

    public IEnumerable<Fact> Extract(DocumentLookups document, CancellationToken cancellationToken = default)
    {
        var views = document.Sentences;
        var found = new List<(SentenceView View, string Person, string Title, string Place, double Confidence)>();
        var earlier = new Dictionary<bool, EarlierCandidates>();
        foreach (var view in views)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var person in view.Of(EntityLabel.PERSON))
            {
                var role = Before(view, person) ?? After(view, person) ?? VerbAfter(view, person) ?? VerbOwnerAfter(view, person);
                if (role is null)
                    continue;
                role = ServedByComplement(view, role.Value);
                var place = role.Value.Place.Length > 0 ? FullOrgName(view.Lookups, role.Value.Place) : ServedInContext(earlier, views, view, person, role.Value.Title);
                found.Add((view, person.Normalized, role.Value.Title, place, role.Value.Confidence));
            }
        }
        // A title is dropped when the same person holds a longer one with all its words. Compared per person among
        // the distinct titles (each read once): comparing every mention with every other cost the square of a long
        // document's length.
        var titles = found.GroupBy(f => f.Person, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => g.Select(f => f.Title).Distinct(StringComparer.Ordinal).Select(t => (Title: t, Words: Words(t))).ToList(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (view, person, title, place, confidence) in found)
        {
            var held = titles[person];
            var words = held.First(t => t.Title == title).Words;
            var subsumed = held.Any(o => o.Title.Length > title.Length && words.IsSubsetOf(o.Words));
            if (subsumed || !seen.Add(person + "|" + title))
                continue;
            yield return RuleFacts.Create(view, FactTypes.OfficialRole, Name, person, "holds_title", title, place: place, confidence: confidence);
        }
    }

    /// <summary>"spokesperson for the Ministry of Commerce": a complement that names an organization of the sentence is
    /// whom the title serves, not part of it (LABELLING.md: the title without the country or organization); "a
    /// spokesperson for the ministry" refers back to one, and keeps the place found for it. "Minister of Agriculture"
    /// names no organization and stays whole.</summary>
    private static (string Title, string Place, double Confidence) ServedByComplement(SentenceView view, (string Title, string Place, double Confidence) role)
    {
        if (Complement().Match(role.Title) is not { Success: true } m)
            return role;
        var head = m.Groups["head"].Value;
        var rest = m.Groups["rest"].Value;
        if (GenericBody().IsMatch(rest))
            return (head, role.Place, role.Confidence);
        // "for China's Ministry of Commerce": the organization after its owner's possessive.
        var owned = OwnerPossessive().Match(rest) is { Success: true } owner ? rest[owner.Length..] : rest;
        foreach (var org in view.Of(EntityLabel.ORG))
        {
            if (string.Equals(org.Text, owned, StringComparison.OrdinalIgnoreCase) || string.Equals(org.Normalized, owned, StringComparison.OrdinalIgnoreCase))
                return (head, org.Normalized, role.Confidence);
        }
        // "a spokesperson for the Petroleum Ministry": a body's name the tagger missed.
        if (NamedBody().IsMatch(owned))
            return (head, owned, role.Confidence);
        // "economist at", "secretary in" name where the office is, no part of it: a place or a name no entity holds
        // ("the minister in Lusaka") leaves the title alone.
        return m.Groups["prep"].Value is "at" or "in" ? (head, role.Place, role.Confidence) : role;
    }

    [GeneratedRegex(@"^(?<head>.+?)\s+(?<prep>for|of|at|with|in)\s+(?:the\s+)?(?<rest>.+)$")]
    private static partial Regex Complement();

    [GeneratedRegex(@"^(?:ministry|department|agency|company|firm|group|government|bank|regulator|commission|council|office|bureau|exchange|association|chamber|institute)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericBody();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]*['’]s?\s+")]
    private static partial Regex OwnerPossessive();

    // Capitalized words ending in a body of government: "Petroleum Ministry", "Trade Department".
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\-]*\s+){1,3}(?:Ministry|Department|Agency|Commission|Bureau|Office|Council|Authority)$")]
    private static partial Regex NamedBody();

    private static HashSet<string> Words(string title) =>
        TitleWord().Matches(title.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The title written before the name: title words right before it (any case), or a title with its
    /// "of" complement; either may be closed by a comma when the name follows in apposition.</summary>
    private (string Title, string Place, double Confidence)? Before(SentenceView view, Entity person)
    {
        var end = view.Rel(person);
        if (_honorificBefore.Match(view.Text, 0, end) is { Success: true } honorific)
            end = honorific.Index;
        // The cues before a name are matched on the start of the sentence in place (Match(text, 0, length) sees what a
        // match on a copy of it sees, at the same offsets): a copy for every cue and person was most of what this rule
        // allocated.
        if (TrailingComma().Match(view.Text, 0, end) is { Success: true } comma)
        {
            if (!NameCloses().IsMatch(view.Text.AsSpan(view.RelEnd(person)..)))
                return null;
            end = comma.Index;
        }

        int start;
        var confidence = 0.85;
        var complement = HeadedComplement(view.Text, end);
        // "minister of mineral resources, X", "director general of foreign trade X": outlets that write titles in lower case.
        if (!(complement.Success && IsComplementHead(view.Text, complement)))
            complement = TitleWithLowerComplement().Match(view.Text, 0, end);
        if (complement.Success && IsComplementHead(view.Text, complement))
            start = TitleWordsBefore(view, complement.Index);
        else
        {
            start = TitleWordsBefore(view, end);
            var lastWord = LastWordBefore(view.Text, TrimmedEnd(view.Text, end));
            if (start == end || !lastWord.Success)
                return null;
            if (!IsTitleHead(lastWord.Value))
            {
                // "Director General X": a head inside the run, a qualifier last.
                if (!HyphenatedWord().Matches(view.Text[start..end]).Any(w => IsTitleHead(w.Value)))
                    return null;
                confidence = 0.6;
            }
        }
        // "Brazil's Agriculture Minister X", "the EU's foreign policy chief, X": words no lexicon knows between the
        // owner and the title words.
        var owned = OwnedWords().Match(view.Text, 0, start);
        if (owned.Success && OwnerEndingAt(view, owned.Index) is not null)
        {
            start = owned.Groups["words"].Index;
            confidence = Math.Min(confidence, 0.65);
        }
        else if (BareCapitalizedWords().Match(view.Text, 0, start) is { Success: true } bare && !view.Within(bare.Index, start).Any()
            && !bare.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => _lexicons.Places.CountryOfDemonym(w) is not null))
        {
            // "said Food Secretary X", "Trade Resilience Minister X": capitalized office words before the title.
            start = bare.Groups["words"].Index;
            confidence = Math.Min(confidence, 0.55);
        }
        var title = view.Text[start..end].Trim();
        if (title.Length == 0 || title.Split(' ').Length > 10)
            return null;
        return (title, ServedBefore(view, start), confidence);
    }

    /// <summary><see cref="TitleWithComplement"/> ending at <paramref name="end"/> whose head is a title's: a match that
    /// opens on another word ("Magnetics in July, and Deputy Assistant Secretary of Defense") is passed over for the
    /// next one after its head.</summary>
    private Match HeadedComplement(string text, int end)
    {
        var match = TitleWithComplement().Match(text, 0, end);
        while (match.Success && !IsComplementHead(text, match))
        {
            var from = match.Groups["head"].Index + match.Groups["head"].Length;
            var next = TitleWithComplement().Match(text, from, end - from);
            if (!next.Success)
                break;
            match = next;
        }
        return match;
    }

    // One to three words after a possessive, right before the title words: "'s foreign policy ", "'s Agriculture ".
    [GeneratedRegex(@"['’]s?\s+(?<words>(?:[\p{L}][\p{L}\-]*\s+){1,3})$")]
    private static partial Regex OwnedWords();

    // One or two capitalized words opening a clause right before the title words: "said Food ", "^Trade Resilience ".
    [GeneratedRegex(@"(?:^|[,:;""“]\s*|\b(?:said|says|by|with|and|from|to)\s+)(?<words>(?:(?!(?:The|A|An|In|On|At|As|For|But|And|Its|His|Her|Their|Our|Then|When|While|After|Before|Former|New)\b)\p{Lu}[\p{Ll}\-]+\s+){1,2})$")]
    private static partial Regex BareCapitalizedWords();

    /// <summary>The GPE or ORG whose possessive ends at <paramref name="at"/> ("Canada's", "the Netherlands'").</summary>
    private static Entity? OwnerEndingAt(SentenceView view, int at) =>
        view.Entities.LastOrDefault(e => e.Label is EntityLabel.GPE or EntityLabel.ORG && view.RelEnd(e) == at);

    /// <summary>The word a complement hangs on is a title's head, or a qualifier written after one ("Director General of
    /// Foreign Trade", "secretary general of the council").</summary>
    private bool IsComplementHead(string text, Match complement)
    {
        var head = complement.Groups["head"];
        if (IsTitleHead(head.Value))
            return true;
        if (!_lexicons.Titles.TryGetValue(head.Value, out var kind) || kind != "mod")
            return false;
        var before = LastWordBefore(text, TrimmedEnd(text, head.Index));
        return before.Success && before.Index + before.Length < head.Index && IsTitleHead(before.Value);
    }

    // "Vice-Minister", "Deputy-Governor": a qualifier joined to a head by a hyphen is a head; so is a head with its
    // qualifier after it ("secretary-general", "Director-General").
    private bool IsTitleHead(string word) =>
        _lexicons.IsTitleHead(word)
        || word.IndexOf('-') is > 0 and var dash && _lexicons.Titles.TryGetValue(word[..dash], out var first)
            && (first == "mod" && IsTitleHead(word[(dash + 1)..])
                || first == "head" && _lexicons.Titles.TryGetValue(word[(dash + 1)..], out var second) && second == "mod");

    /// <summary>The length of text[..<paramref name="end"/>] without its trailing white space (as <see cref="string.TrimEnd()"/>).</summary>
    private static int TrimmedEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end;
    }

    /// <summary>Where a run of title words (any case) ending at <paramref name="end"/> begins; stops at words of other entities.</summary>
    private int TitleWordsBefore(SentenceView view, int end)
    {
        var start = end;
        while (true)
        {
            var head = TrimmedEnd(view.Text, start);
            if (head == 0 || head < start - 1)
                return start;
            var word = LastWordBefore(view.Text, head);
            // "Trade and Industry Minister": a portfolio of two capitalized title words joined by "and" is one title.
            if (word.Success && word.Value is "and" && start < end && char.IsUpper(view.Text[start])
                && LastWordBefore(view.Text, TrimmedEnd(view.Text, word.Index)) is { Success: true } joined
                && char.IsUpper(joined.Value[0]) && _lexicons.Titles.Contains(joined.Value))
                word = joined;
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
            .Where(e => OwnerGap().IsMatch(view.Text.AsSpan(view.RelEnd(e)..titleStart)))
            .LastOrDefault();
        if (owner is not null)
            return owner.Normalized;
        var word = LastWordBefore(view.Text, TrimmedEnd(view.Text, titleStart));
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
            if (org is not null)
                return (OfficeOf(office.Groups["verb"].Value), org.Normalized, 0.7);
        }
        var after = ListComma().Replace(view.Text[view.RelEnd(person)..], MaskedComma.ToString());
        var m = AppositionAfter().Match(after);
        if (!m.Success)
            return null;
        var raw = m.Groups["title"].Value.Trim();
        // ", welcomed the minister ..." is the sentence going on after the name, not an apposition.
        var first = LowerCaseLead().Match(raw).Value;
        if (!_titleHead.IsMatch(raw) || first.EndsWith("ed", StringComparison.Ordinal) && !_lexicons.Titles.Contains(first) || _lexicons.SpeechVerbs.Contains(first))
            return null;
        var titleStart = view.Sentence.Start + view.RelEnd(person) + m.Groups["title"].Index;
        var titleEnd = titleStart + m.Groups["title"].Length;
        var inside = view.Entities.Where(e => e.Start >= titleStart && e.End <= titleEnd && e.Label is EntityLabel.ORG or EntityLabel.GPE).ToList();
        // An organization is what a person serves; a city in the apposition is where it sits ("at X in Milan",
        // "a Shanghai-based analyst", "Hamburg roaster X").
        var served = inside.FirstOrDefault(e => e.Label == EntityLabel.ORG)
            ?? inside.FirstOrDefault(e => !IsCityMention(view, e));
        var title = m.Groups["title"].Value;
        var place = served?.Normalized ?? "";
        var confidence = 0.75;
        // "director general of trade body Steel Makers UK": a place inside a name the tagger missed is no place served.
        var employer = NamedEmployer().Match(title);
        if (served is { Label: EntityLabel.GPE } && employer.Success && served.Start - titleStart > employer.Groups["org"].Index)
            served = null;
        if (served is not null)
        {
            var rest = title[(served.End - titleStart)..];
            // "the Netherlands' minister for foreign trade": the owner comes first, the title follows its possessive; in
            // "a spokesman for China's commerce ministry" the owner is in the complement, and the title comes before it.
            // "the U.S. trade envoy": an owner right after the article, with no possessive, comes first too.
            // "a former EU trade commissioner": a word of status before the owner stays with the title.
            var possessive = PossessiveLead().Match(rest);
            var lead = TitleLead().Match(title).Length;
            var status = StatusLead().Match(title, lead, title.Length - lead);
            title = lead + status.Length >= served.Start - titleStart
                ? status.Value + rest[possessive.Length..].TrimStart()
                : TrailingPreposition().Replace(title[..(served.Start - titleStart)], "");
        }
        else if (employer.Success && (employer.Groups["prep"].Value is "at" or "with" || !char.IsUpper(title.TrimStart()[0])))
        {
            // "president of the Hellenic Tanker Owners' Union", "a trader at Harbour Securities": a name the tagger missed.
            place = employer.Groups["org"].Value;
            title = title[..employer.Index];
            confidence = 0.55;
        }
        else
            title = AtOrInTail().Replace(title, "");
        title = TitleLead().Replace(title, "").Trim();
        title = InPlaceTail().Replace(title, "").Replace(MaskedComma, ',');
        if (title.Length < 2 || title.Split(' ').Length > 8 || !_titleHead.IsMatch(title))
            return null;
        return (title, place, confidence);
    }

    // The employer written after the title words, ending the apposition (a city after "in" may follow), perhaps after
    // words that say what it is ("of trade body Steel Makers UK"), which are no preposition: in "head of gas analytics
    // at Oslo-based X" the employer follows "at".
    [GeneratedRegex(@"\s+(?<prep>at|with|of|for)\s+(?:the\s+)?(?:(?:(?:\p{Lu}\p{L}*|de|del|la|las|los|da|do|dos|es|el|al|du|des)\s+){0,3}?\S+-based\s+)?(?:(?!(?:at|with|of|for)\s)\p{Ll}[\p{Ll}\-]*\s+){0,3}(?<org>\p{Lu}[\p{L}\p{N}&'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.\-]*|&|de|du|des|of|for|and)){0,6}?)(?:\s+in\s+\p{Lu}[\p{L}\s\-]*)?\s*$")]
    private static partial Regex NamedEmployer();

    private bool IsCityMention(SentenceView view, Entity gpe) =>
        gpe.Label == EntityLabel.GPE
        && (_lexicons.Places.IsCity(gpe.Normalized) || _lexicons.Places.Canonical(gpe.Text) is { } c && _lexicons.Places.IsCity(c)
            || BasedAfter().IsMatch(view.Text.AsSpan(view.RelEnd(gpe)..)));

    /// <summary>The verbs that say a person holds an office: "X has been managing director of Y", "X is Brazil's trade
    /// minister" (in this order: "is" before "is now").</summary>
    private const string HoldsOfficeVerb = @"(?:is|was|has\s+been|had\s+been|became|is\s+now|serves\s+as)";

    // "X, who heads LNG origination at Y", "X heads uranium marketing at Y", "X has been managing director of Y".
    [GeneratedRegex(@"^(?:\s*,\s*who\s+|\s+)(?:(?<verb>heads|leads|runs|manages)\s+(?<what>[^,;:()""]{2,50}?)|" + HoldsOfficeVerb + @"\s+(?:(?:the|a|an)\s+)?(?<title>[^,;:()""]{2,50}?))\s+(?:at|of|for|with)\s+(?:the\s+)?(?:(?:(?:\p{Lu}\p{L}*|de|del|la|las|los|da|do|dos|es|el|al|du|des)\s+){0,3}?\S+-based\s+)?$")]
    private static partial Regex RoleVerbBeforeEmployer();

    /// <summary>A role told with a verb after the name, when the employer is an organization right after it.</summary>
    private (string Title, string Place, double Confidence)? VerbAfter(SentenceView view, Entity person)
    {
        var org = view.Entities.Where(e => e.Label == EntityLabel.ORG && e.Start > person.End).FirstOrDefault();
        if (org is null || view.Rel(org) - view.RelEnd(person) > 90)
            return null;
        var m = RoleVerbBeforeEmployer().Match(view.Text[view.RelEnd(person)..view.Rel(org)]);
        if (!m.Success)
            return null;
        if (m.Groups["verb"].Success)
            return ("head of " + m.Groups["what"].Value.Trim(), org.Normalized, 0.5);
        var title = m.Groups["title"].Value.Trim();
        // "head of North American power research": the title word is the one before its complement.
        var complement = title.IndexOf(" of ", StringComparison.Ordinal);
        var headEnd = complement > 0 ? complement : title.Length;
        return _titleHead.IsMatch(LastWordBefore(title, headEnd).Value) ? (title, org.Normalized, 0.55) : null;
    }

    // "X has been Sierra Leone's Minister of Mines since 2023", "X was appointed Brazil's trade minister": the verb of an
    // office, then its owner, a state written with a possessive.
    [GeneratedRegex(@"^\s+(?:" + HoldsOfficeVerb + @"|becomes|remains|served\s+as|(?:was|is|has\s+been|had\s+been)\s+(?:named|appointed|elected))\s+(?:the\s+)?$")]
    private static partial Regex RoleVerbBeforeOwner();

    // The title after the owner's possessive, up to a clause break, a time ("since July"), or the sentence going on.
    [GeneratedRegex(@"^['’]s?\s+(?<title>[^,;:()""]{2,70}?)(?=\s*(?:[,;:()]|\.(?:\s|$)|$)|\s+(?:since|from|until|for|in|on|at|after|before|when|while|and\s+(?:a|an|the|has|had|is|was|will)|who|which|said|says|told)\b)")]
    private static partial Regex PossessiveTitle();

    [GeneratedRegex(@"^\s+(?:was|had\s+been)\s+(?:the\s+)?$")]
    private static partial Regex PastOffice();

    [GeneratedRegex(@"^(?:\p{L}+est|top|leading|biggest|main|only|first|second|third)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Superlative();

    /// <summary>A role told with a verb after the name, its owner a state right after the verb.</summary>
    private (string Title, string Place, double Confidence)? VerbOwnerAfter(SentenceView view, Entity person)
    {
        var owner = view.Entities.FirstOrDefault(e => e.Start > person.End);
        if (owner is not { Label: EntityLabel.GPE } || view.Rel(owner) - view.RelEnd(person) > 40 || !_lexicons.Places.IsState(owner.Normalized))
            return null;
        var gap = view.Text.AsSpan(view.RelEnd(person), view.Rel(owner) - view.RelEnd(person));
        if (!RoleVerbBeforeOwner().IsMatch(gap))
            return null;
        var m = PossessiveTitle().Match(view.Text[view.RelEnd(owner)..]);
        if (!m.Success)
            return null;
        var title = m.Groups["title"].Value.Trim();
        // "X was Oman's Minister of Energy from 2020 to 2024": an office held before is a former one.
        if (PastOffice().IsMatch(gap))
            title = "former " + title;
        // "Chile's largest copper trader" ranks a firm or a person; it holds no office.
        return title.Split(' ').Length <= 8 && _titleHead.IsMatch(title) && !Superlative().IsMatch(title) ? (title, owner.Normalized, 0.6) : null;
    }

    private static readonly Regex GovernmentTitle = new(
        @"\b(?:minister|premier|senator|ambassador|commissioner|governor|envoy|mayor|secretary|undersecretary|chancellor|representative|negotiator)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>
    /// The country or organization served, when the title is written without one: a government office serves the
    /// nearest country named before it (in the sentence, then the sentences before), any other office the nearest
    /// organization. <paramref name="earlier"/> holds, per kind of office, what the sentences before each one name.
    /// </summary>
    private string ServedInContext(Dictionary<bool, EarlierCandidates> earlier, IReadOnlyList<SentenceView> views, SentenceView view,
        Entity person, string title)
    {
        var government = GovernmentTitle.IsMatch(title);
        var here = Candidates(view, government).ToList();
        var pick = here.Where(c => c.At < person.Start).OrderByDescending(c => c.At).Select(c => c.Name).FirstOrDefault()
            ?? (government ? null : here.Where(c => c.At > person.End).OrderBy(c => c.At).Select(c => c.Name).FirstOrDefault());
        if (pick is null)
        {
            if (!earlier.TryGetValue(government, out var before))
                earlier[government] = before = new EarlierCandidates(views,
                    v => Candidates(v, government).OrderByDescending(c => c.At).Select(c => c.Name).FirstOrDefault());
            pick = before.Before(view.Index);
        }
        // No state named before: a government office in a story datelined in a capital is that state's.
        if (pick is null && government)
            pick = _lexicons.Places.DatelineState(views);
        return pick is null ? "" : FullOrgName(view.Lookups, pick);
    }

    private IEnumerable<(int At, string Name)> Candidates(SentenceView v, bool government)
    {
        // What a quote names is what the speaker talks about, not whom an official serves.
        if (government)
            return v.Of(EntityLabel.GPE).Where(g => _lexicons.Places.IsState(g.Normalized) && !v.InQuote(v.Rel(g))).Select(g => (g.Start, g.Normalized))
                .Concat(_lexicons.Places.DemonymsIn(v.Text).Where(d => !v.InQuote(d.Index)).Select(d => (v.Sentence.Start + d.Index, d.Country)));
        return v.Of(EntityLabel.ORG).Where(o => !GovernmentBody().IsMatch(o.Normalized) && !v.InQuote(v.Rel(o)))
            .Select(o => (o.Start, o.Normalized));
    }

    /// <summary>The candidate named last in the sentences before a given one, for one document and one kind of office.
    /// Each sentence is read at most once: searching back from every role read the whole document again for each one
    /// when it named no candidate, the square of a long document's length.</summary>
    private sealed class EarlierCandidates(IReadOnlyList<SentenceView> views, Func<SentenceView, string?> lastIn)
    {
        private readonly (bool Known, string? Name)[] _before = new (bool, string?)[views.Count];

        public string? Before(int index)
        {
            // Walk back over sentences that name nothing, to one that names a candidate or whose answer is known.
            string? found = null;
            var from = index;
            while (from > 0)
            {
                if (_before[from].Known)
                {
                    found = _before[from].Name;
                    break;
                }
                found = lastIn(views[from - 1]);
                if (found is not null)
                    break;
                from--;
            }
            // Every sentence from there to this one has the same answer.
            for (var k = from; k <= index; k++)
                _before[k] = (true, found);
            return found;
        }
    }

    /// <summary>The full name of an organization written short ("Hanbit" after "Hanbit Anode Materials", "ESMUA" after
    /// "European Specialty Metals Users Association (ESMUA)").</summary>
    private static string FullOrgName(DocumentLookups lookups, string name)
    {
        // Asked for every role and read from every organization of the document: answered once per name.
        if (lookups.FullOrgNames.TryGetValue(name, out var known))
            return known;
        return lookups.FullOrgNames[name] = ReadFullOrgName(lookups, name);
    }

    private static string ReadFullOrgName(DocumentLookups lookups, string name)
    {
        var orgs = lookups.Organizations;
        if (!orgs.Any(o => o.Normalized == name))
            return name;
        var prefix = name + " ";
        var longer = orgs.FirstOrDefault(o => o.Normalized.StartsWith(prefix, StringComparison.Ordinal));
        return longer?.Normalized ?? lookups.DefinedBy(name) ?? name;
    }

    [GeneratedRegex(@"\s+(?:at|in)\s+.*$")]
    private static partial Regex AtOrInTail();

    [GeneratedRegex(@"\G(?:(?:former|acting|interim|outgoing|incoming)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLead();

    [GeneratedRegex(@"^-based\b")]
    private static partial Regex BasedAfter();

    [GeneratedRegex(@"Ministry|Department|Government", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentBody();

    [GeneratedRegex(@"[\p{L}\-]+")]
    private static partial Regex HyphenatedWord();

    [GeneratedRegex(@"\s+in\s+\p{Lu}.*$")]
    private static partial Regex InPlaceTail();

    [GeneratedRegex(@"^\p{Ll}+")]
    private static partial Regex LowerCaseLead();

    [GeneratedRegex(@"^['’]s?\s+")]
    private static partial Regex PossessiveLead();

    [GeneratedRegex(@"^(?:(?:the|a|an)\s+)?(?:(?:country|nation|company|firm|group|ministry|bank|government)['’]s\s+|its\s+|their\s+)?(?:\S+-based\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLead();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"\s+(?:of|at|for|with|in)\s+(?:(?:the|a|an)\s+)?(?:(?:(?:\p{Lu}\p{L}*|de|del|la|las|los|da|do|dos|es|el|al|du|des)\s+){0,3}?\S+-based\s+)?(?:(?!(?:of|at|for|with|in)\s)\p{Ll}[\p{Ll}\-]*\s+){0,4}$|\s+$")]
    private static partial Regex TrailingPreposition();
}
