using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// What an export measure controls: elements, or classes of goods from the control-items lexicon with the
/// modifiers written before them ("advanced AI chips"), or the words after "exports of" when no lexicon entry
/// names them. Stateless and thread-safe.
/// </summary>
public sealed partial class ControlledGoods
{
    private readonly LexiconPattern _items;
    private readonly LexiconPattern _relation;
    private readonly PlaceKnowledge _places;

    /// <param name="lexicons">The lexicons.</param>
    /// <param name="relations">The export-relation stems (<see cref="Patterns.Stems"/> of the lexicon), built once by
    /// the extractor that owns this reader.</param>
    public ControlledGoods(ExtractionLexicons lexicons, LexiconPattern relations)
    {
        _places = lexicons.Places;
        _items = Patterns.Words(lexicons.ControlItems);
        _relation = relations;
    }

    // Where the controlled goods are named: "exports of X" (or "the exportation of X"), "restrictions on X", "licences for X", "approvals for X",
    // "export certificates for X" (the sanitary certificates that let farm goods leave), "licences already issued for X",
    // "licence applications for X", "allowed suppliers to ship X".
    [GeneratedRegex(@"\b(?:" + FloorPriceWords + @")\s+(?:\([^)]{1,10}\)\s+)?(?:of\s+(?:[^,;]|,(?=\d)){1,30}?\s+)?(?:for|on)\s+|\b(?:export(?:s|ations?)?|(?:trans-?)?shipments?|sales|supplies|cargo(?:es)?|consignments?)\s+(?:to\s+(?:the\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}\s+)?of\s+|\b(?:controls?|restrictions?|bans?|embargo(?:es)?|curbs?|limits?|licen[cs]es?|licensing|permits?|export\s+certificates?|approvals?|quotas?|requirements?|regime|(?:licensing|permit|licen[cs]e|quota)\s+system|(?:licen[cs]e|permit|export)\s+applications?)\s+(?:of|on|for|covering|to\s+cover)\s+(?:(?:the\s+)?(?:export(?:s|ations?)?|(?:trans-?)?shipments?|sales|cargoes)\s+of\s+)?|\b(?:licen[cs]es?|permits?|approvals?)\s+(?:from|since|starting|effective)\s+(?:[\w,]+\s+){1,4}?for\s+|(?<!\b(?:mining|exploration|import|operating|business|fishing|logging|drilling)\s+)\b(?:licen[cs]es|permits|approvals)\s+(?:(?:already|previously|recently|were|was|have\s+been|had\s+been)\s+)?(?:issued|granted|approved)\s+for\s+|\b(?:re-)?exporting\s+(?:or\s+[\w\-]+\s+)?(?=[\w\-.]+\s)|\b(?:sell|selling|sells|supplying|sending|to\s+ship)\s+(?=[\w\-.]+\s)|\bshipping\s+(?=(?:them|it|him|her)\s)|\b(?:permit(?:s|ted)?|licen[cs]es?|approvals?|allow(?:s|ed)?)\s+(?:[\w\-.]+\s+){0,4}?to\s+(?:re-)?export\s+(?:[\d,.]+\s+(?:million\s+)?(?:tonnes|tons|barrels|units)\s+of\s+)?|\badd(?:s|ed|ing)?\s+(?=(?:[\w\-,]+\s+){1,14}?to\s+(?:the|its|their)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsAnchor();

    // A measure widened to more goods: "extended the ban to", "widened its licensing requirement to cover".
    [GeneratedRegex(@"\b(?:extend|widen|expand)(?:s|ed|ing)?\s+(?:(?:the|its|their|this|that|these|those)\s+)?(?:[\w\-]+\s+){0,3}?(?:bans?|restrictions|controls|curbs|requirements?|licensing|regime|rules?|measures?|embargo|prohibition|list)\s+to\s+(?:cover\s+|include\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ExtendedTo();

    [GeneratedRegex(@"^[a-z\-\s,]{0,40}?\b(?:including|such\s+as|namely|like)\b|^\s*[-:(]|^\s*,?\s*containing\s", RegexOptions.IgnoreCase)]
    private static partial Regex Enumeration();

    private static readonly HashSet<string> NotModifiers = new(
        ["the", "a", "an", "of", "on", "for", "to", "its", "their", "his", "her", "our", "and", "or", "with", "by", "from", "in", "at", "as",
         "all", "some", "any", "export", "exports", "restrictions", "controls", "licences", "licenses", "ban", "curbs", "requirements",
         "these", "those", "other", "more", "such", "into", "under", "over", "including", "will", "would", "could", "may", "has", "have",
         "is", "are", "was", "were", "be", "been", "that", "which", "key", "certain", "several", "many", "most", "two", "three", "four",
         "five", "six", "seven", "eight", "nine", "ten", "further", "new", "also", "only", "both", "whose", "might", "must", "can",
         "should", "shall", "not", "so", "than", "then", "there", "where", "when", "who", "what", "it", "they", "we", "them", "us", "him", "me", "you",
         // verbs that take the goods as their object: "will cap bauxite exports", "licences to sell concentrate"
         "cap", "caps", "sell", "sells", "ship", "ships", "buy", "buys", "halt", "halts", "stop", "stops", "bar", "bars", "allow", "allows",
         // the goods' place on a control list: "the newly listed stacking equipment"
         "listed", "newly"],
        StringComparer.OrdinalIgnoreCase);

    private sealed record Goods(int Start, int End, string Name, bool IsElement);

    /// <summary>What is controlled, and the name of the pattern that found it.</summary>
    /// <remarks>
    /// In order: the goods a widened measure now covers ("extended the ban to X"), the noun phrase a cue governs
    /// ("exports of X", "ban on X", "curbs on X", "licences for X", "stop selling X", "add X to") with the goods a list
    /// adds after it ("along with Y", "and for Y"), the phrase written before an export noun ("X export ban", "X
    /// shipments") or before "will need a permit"; else the elements of the clause, else the lexicon goods nearest after
    /// the verb.
    /// Elements in the phrase give one row each; other goods the phrase as written.
    /// </remarks>
    public (IReadOnlyList<string> Items, string Pattern) Objects(SentenceView view, Clause clause, int verbAt)
    {
        var goods = GoodsIn(view, clause);
        var elements = goods.Where(g => g.IsElement).ToList();
        var folded = view.Folded;
        // "extended the ban to spare parts and software": the goods a measure now covers as well, the new ones.
        foreach (var anchor in ExtendedTo().EnumerateMatches(folded.AsSpan(..clause.End), clause.Start))
        {
            var phrase = GoodsPhrases.After(view, clause, anchor.Index + anchor.Length, _places);
            if (phrase is not null && !TheGenericGoods().IsMatch(folded.AsSpan((anchor.Index + anchor.Length)..phrase.End))
                && ItemsOf(view, clause, phrase) is { Count: > 0 } added)
                return (added, "extended-to");
        }
        // Over the sentence up to the clause's end, not a copy of it: the cues look behind the clause's start.
        foreach (var anchor in GoodsAnchor().EnumerateMatches(folded.AsSpan(..clause.End), clause.Start))
        {
            var anchorEnd = anchor.Index + anchor.Length;
            // Goods no lexicon knows ("non-basmati white rice", "LNG", "combat drones"): the phrase as written.
            var phrase = GoodsPhrases.After(view, clause, anchorEnd, _places);
            // "exports of the metal": goods named before, which the caller carries over.
            if (phrase is not null && TheGenericGoods().IsMatch(view.Folded.AsSpan(anchorEnd..phrase.End)))
                continue;
            if (phrase is not null && !goods.Any(g => g.Start < phrase.End && phrase.Start < g.End))
                return (WithMoreGoods(view, clause, phrase.End, ItemsOf(view, clause, phrase)), "after-cue");
            var first = goods.FirstOrDefault(g => g.Start >= anchorEnd && g.Start - anchorEnd < 60);
            // A long list whose only lexicon item comes late ("licences for dilution refrigerators, cryogenic
            // amplifiers and qubit chips") is still the phrase the cue governs.
            if (first is null && phrase is not null)
                return (WithMoreGoods(view, clause, phrase.End, ItemsOf(view, clause, phrase)), "after-cue");
            if (first is null)
                continue;
            var listed = Listed(folded, goods, first);
            // "exports of marine engines and navigation equipment": a list whose members the lexicon knows only in part
            // keeps every member, the known ones by their lexicon names; so does one whose elements come after a member
            // no lexicon knows ("licences for ferrous scrap and copper scrap").
            if (phrase is not null && (elements.Count == 0 && !first.IsElement || first.IsElement && first.Start > phrase.Start)
                && first.Start >= phrase.Start && first.End <= phrase.End
                && MixedList(phrase, goods) is { Count: > 1 } mixed)
                return (WithMoreGoods(view, clause, phrase.End, mixed), "after-cue");
            if (first.IsElement)
                return (elements.Select(e => e.Name).Concat(listed.Where(g => !g.IsElement).Select(g => g.Name)).Distinct().ToList(), "after-cue");
            var enumerated = elements.Where(e => e.Start > listed[^1].End).ToList();
            if (enumerated.Count > 0 && Enumeration().IsMatch(folded[listed[^1].End..enumerated[0].Start]))
                return (enumerated.Select(e => e.Name).Distinct().ToList(), "after-cue");
            return (WithMoreGoods(view, clause, listed[^1].End, listed.Select(g => g.Name).Distinct().ToList()), "after-cue");
        }
        var beforeExports = goods.FirstOrDefault(g => ExportsAfter().IsMatch(folded.AsSpan(g.End..clause.End)));
        if (beforeExports is not null)
            return (beforeExports.IsElement ? elements.Select(e => e.Name).Distinct().ToList() : [beforeExports.Name], "before-cue");
        if (elements.Count > 0)
            return (elements.Select(e => e.Name).Distinct().ToList(), "element");
        if (goods.Count == 0)
        {
            foreach (Match cue in NounBeforeCue().Matches(folded[..clause.End], clause.Start))
            {
                var items = ItemsOf(view, clause, GoodsPhrases.Before(view, clause, cue.Index, _relation, _places));
                if (items.Count > 0)
                    return (items, cue.Groups["permit"].Success ? "needs-permit" : "before-cue");
            }
        }
        // Goods named only before the verb belong to another statement ("X would top the agenda after the decision
        // to impose restrictions").
        var after = goods.FirstOrDefault(g => g.Start >= verbAt);
        return after is null ? ([], "") : (Listed(folded, goods, after).Select(g => g.Name).Distinct().ToList(), "lexicon");
    }

    /// <summary>The goods a measure told before is said to cover, read from <paramref name="at"/>: "The ban covers X, Y
    /// and Z", "The same rule also applies to Y".</summary>
    public IReadOnlyList<string> Covered(SentenceView view, Clause clause, int at)
    {
        var phrase = GoodsPhrases.After(view, clause, at, _places);
        // "covers concentrates only", "covers what we expect": a narrower reading of goods told before, or no goods.
        if (phrase is null || TheGenericGoods().IsMatch(view.Folded.AsSpan(at..phrase.End)) || OnlyAfter().IsMatch(view.Folded, phrase.End) || OnlyEnd().IsMatch(phrase.Text)
            || WhWord().IsMatch(view.Folded, at))
            return [];
        return ItemsOf(view, clause, phrase).Where(item => !NoGoodsHead().IsMatch(item)).ToList();
    }

    [GeneratedRegex(@"\G\s*only\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyAfter();

    [GeneratedRegex(@"\bonly$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyEnd();

    [GeneratedRegex(@"\G(?:what|which|who|whatever|how|where|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhWord();

    // Where a measure applies or whom it binds, not what it controls: "applies to all destinations", "covers all
    // parcels mined in X", "covers existing contracts", "includes the following provisions".
    [GeneratedRegex(@"\b(?:destinations|markets|countries|buyers|customers|parcels|lots|contracts|provisions|firms|companies|exporters|producers|traders|districts|regions|provinces|ports|items|cases|categories)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoGoodsHead();

    /// <summary>The items of a governed phrase and of the goods a list adds after it: "licences for quantum computers
    /// of 34 qubits or more, along with cryo-CMOS circuits", "permits for chips, and for the packaging tools".</summary>
    private List<string> WithMoreGoods(SentenceView view, Clause clause, int end, IReadOnlyList<string> items)
    {
        var all = items.ToList();
        if (end < clause.End && MoreGoods().Match(view.Folded, end, clause.End - end) is { Success: true } more
            && GoodsPhrases.After(view, clause, more.Index + more.Length, _places) is { } added)
            all.AddRange(ItemsOf(view, clause, added).Where(i => !all.Contains(i, StringComparer.OrdinalIgnoreCase)));
        return all;
    }

    // After a goods phrase, maybe past a short qualifier ("of 34 qubits or more", "made at 5 nanometres or below"):
    // the words that add more goods to the same measure.
    [GeneratedRegex(@"\G(?:\s+(?:of|with|made|at|below|above|over|under|or|more|less|and|[\d.,]+|[a-z\-]+s)){0,8}?,?\s+(?:along\s+with|as\s+well\s+as|together\s+with|and\s+(?:also\s+)?for)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex MoreGoods();

    /// <summary>Loose goods readings beside <see cref="Objects"/>, each with its own pattern name: the members of the
    /// phrase a cue governs even where a lexicon item overlaps it ("nitrogen and complex fertilizers"), a list as one
    /// class ("photoresists and etching gases"), elements after "containing" ("magnets containing X"), and goods after
    /// weaker anchors ("extended to X", "covered X", "makers of X", "to export X", "put X under licensing", "X would be
    /// added to the list", "a cap on X").</summary>
    public IReadOnlyList<(string Item, string Pattern)> Extras(SentenceView view, Clause clause, IReadOnlyList<string> found)
    {
        var extras = new List<(string Item, string Pattern)>();
        void Add(string item, string pattern)
        {
            item = item.Trim();
            if (item.Length > 1 && !found.Contains(item, StringComparer.OrdinalIgnoreCase) && !extras.Any(e => string.Equals(e.Item, item, StringComparison.OrdinalIgnoreCase)))
                extras.Add((item, pattern));
        }
        void AddPhrase(GoodsPhrase? phrase, string pattern)
        {
            if (phrase is null)
                return;
            foreach (var item in ItemsOf(view, clause, phrase))
                Add(item, pattern);
            // "nitrogen and complex fertilizers": the members beside the elements, and the list as one class.
            // A class followed by "including" elements is replaced by them (Objects), so it gives no loose row.
            var enumerated = CommoditySubjects.In(view, phrase.End, clause.End);
            var replaced = enumerated.Count > 0 && Enumeration().IsMatch(view.Folded[phrase.End..enumerated[0].Start]);
            var elements = CommoditySubjects.In(view, phrase.Start, phrase.End);
            var parts = GoodsPhrases.Parts(phrase, shareHeads: elements.Count == 0);
            bool HasElement(GoodsPhrase p) => elements.Any(c => c.Start < p.End && p.Start < c.End);
            foreach (var part in parts.Where(p => !replaced && !HasElement(p)))
                Add(part.Text, pattern);
            // "lithium iron phosphate cathode technology": an element that only modifies a longer class.
            foreach (var part in parts.Where(p => elements.Count(c => c.Start < p.End && p.Start < c.End) == 1
                && Chars.Pieces(view.Folded.AsSpan(elements.First(c => c.Start < p.End && p.Start < c.End).End..p.End), ' ') >= 2))
                Add(part.Text, "element-modified");
            if (parts.Count > 1 && !replaced && parts.Any(p => !HasElement(p)))
                Add(phrase.Text, "whole-list");
            // "magnets containing dysprosium or terbium": the elements are controlled too.
            var after = view.Folded[phrase.End..clause.End];
            var containing = Containing().Match(after);
            if (containing.Success)
                foreach (var element in CommoditySubjects.In(view, phrase.End + containing.Length, Math.Min(clause.End, phrase.End + containing.Length + 80)))
                    Add(element.Name, "containing");
        }
        var folded = view.Folded;
        var upToEnd = folded.AsSpan(..clause.End);
        foreach (var anchor in GoodsAnchor().EnumerateMatches(upToEnd, clause.Start))
            AddPhrase(GoodsPhrases.After(view, clause, anchor.Index + anchor.Length, _places), "phrase-part");
        foreach (var anchor in LooseAnchor().EnumerateMatches(upToEnd, clause.Start))
            AddPhrase(GoodsPhrases.After(view, clause, anchor.Index + anchor.Length, _places), "loose-anchor");
        foreach (var cue in AddedTo().EnumerateMatches(upToEnd, clause.Start))
            AddPhrase(GoodsPhrases.Before(view, clause, cue.Index, _relation, _places), "added-to");
        foreach (var cue in NounBeforeCue().EnumerateMatches(upToEnd, clause.Start))
            AddPhrase(GoodsPhrases.Before(view, clause, cue.Index, _relation, _places), "before-cue-loose");
        return extras;
    }

    // Weaker anchors of goods: "extended to X", "covered X", "makers of X", "to export X", "put X under", "a cap on X",
    // "exports to Russia of X", "approvals for X", "along with X".
    [GeneratedRegex(@"\b(?:extend(?:s|ed|ing)?|widen(?:s|ed|ing)?|expand(?:s|ed|ing)?)\s+(?:(?:it|them|the\s+\w+|its\s+\w+(?:\s+\w+)?|controls|restrictions|licensing|curbs)\s+)?to\s+(?:cover\s+|include\s+)?|\b(?:cover(?:s|ed|ing)?|captur(?:e|es|ed|ing))\s+(?=[\w\-.]+\s)|\b(?:makers|manufacturers|exporters|producers|recyclers|suppliers|sellers)\s+of\s+|\bto\s+(?:re-?)?export\s+(?:(?:[\d,.]+\s+(?:million\s+)?(?:tonnes|tons|barrels|units)\s+of\s+))?|\b(?:put|puts|placed|places|brought|brings|bring)\s+(?=(?:[\w\-,]+\s+){1,8}?(?:under|into)\s+(?:the\s+|its\s+|an?\s+)?(?:same\s+|new\s+)?(?:export\s+)?(?:regime\b|licen[cs]|control|the\s+licen[cs]|curbs|restrictions|quotas?|ban\b))|\bcaps?\s+on\s+|\bexports?\s+to\s+[^,;]{2,40}?\s+of\s+|\bapprovals?\s+for\s+(?:[\d,.]+\s+(?:million\s+)?(?:tonnes|tons)\s+of\s+)?|\balong\s+with\s+|\b(?:imposed|placed|put)\s+(?:by\s+[^,;]{2,30}?\s+)?on\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LooseAnchor();

    // "X would be added to its export licence list", "X will require an export licence".
    [GeneratedRegex(@"\b(?:will|would|could|may|to)\s+(?:now\s+|also\s+)?be\s+added\s+to\b|\b(?:will|would)\s+(?:now\s+)?(?:need|require)\s+(?:an?\s+)?(?:prior\s+)?export\s+(?:permit|licen[cs]e)", RegexOptions.IgnoreCase)]
    private static partial Regex AddedTo();

    /// <summary>A minimum export price, a measure on its goods (LABELLING.md): "minimum export price", "MEP", "export floor
    /// price". Shared with the relation reader of <see cref="ExportControlExtractor"/>.</summary>
    internal const string FloorPriceWords = @"minimum\s+export\s+prices?|(?-i:MEPs?)|export\s+floor\s+prices?";

    /// <summary>Goods that need a permit, told before it: "X will need a permit", "X has needed a licence since 2024",
    /// "X needs an export authorisation".</summary>
    internal const string NeedsPermit = @"\b(?:(?:will|would)\s+(?:now\s+)?(?:need|require)|(?:has|have|had)\s+(?:also\s+|long\s+|always\s+)?needed|needs)\s+(?:an?\s+)?(?:export\s+|prior\s+)?(?:permit|licen[cs]e|authori[sz]ation)";

    // "X exports", "X export ban", "X shipments"; "X will need a permit".
    [GeneratedRegex(@"\b(?:exports?|shipments|sales|overseas\s+sales|cargoes|consignments)\b|(?<permit>" + NeedsPermit + ")", RegexOptions.IgnoreCase)]
    private static partial Regex NounBeforeCue();

    /// <summary>The items of a goods phrase: its elements (one row each), else the list members as written;
    /// a class followed by "including" elements gives the elements.</summary>
    private IReadOnlyList<string> ItemsOf(SentenceView view, Clause clause, GoodsPhrase? phrase)
    {
        if (phrase is null)
            return [];
        if (KnowHowHead().IsMatch(phrase.Text) && phrase.Text.Split(' ').Length == 1 && Made(view, clause, phrase.End) is { Count: > 0 } made)
            return made.Select(g => g.Name).ToList();
        var inPhrase = CommoditySubjects.In(view, phrase.Start, phrase.End);
        if (inPhrase.Count > 0)
        {
            var rest = GoodsPhrases.Parts(phrase).Where(p => !inPhrase.Any(c => c.Start < p.End && p.Start < c.End)).Select(p => p.Text);
            return inPhrase.Select(c => c.Name).Concat(rest).Distinct().ToList();
        }
        var enumerated = CommoditySubjects.In(view, phrase.End, clause.End);
        if (enumerated.Count > 0 && Enumeration().IsMatch(view.Folded[phrase.End..enumerated[0].Start]))
            return enumerated.Select(c => c.Name).Distinct().ToList();
        return GoodsPhrases.Parts(phrase).Select(p => CommodityPhrases.ElementOfAcronym(view.Lookups, p.Text) ?? p.Text).Distinct().ToList();
    }

    private List<Goods> GoodsIn(SentenceView view, Clause clause)
    {
        var names = view.Entities.Where(e => e.Label is EntityLabel.ORG or EntityLabel.PERSON).ToList();
        var elements = CommoditySubjects.In(view, clause.Start, clause.End)
            .Select(c => new Goods(c.Start, c.End, c.Name, IsElement: true)).ToList();
        var items = _items.Matches(view.Folded[clause.Start..clause.End])
            .Select(m => (Start: clause.Start + m.Index, End: clause.Start + m.Index + m.Length))
            .Where(i => !names.Any(n => view.Rel(n) < i.End && i.Start < view.RelEnd(n)))
            .Select(i => WithModifiers(view, clause, i.Start, i.End));
        // An element or its mineral inside a class of goods names the goods ("nickel matte" is nickel, "raw chromite"
        // chromium), except before a technology or equipment head: "lithium refining technology" is the technology
        // (LABELLING.md). An element that only specifies a product ("high-sulphur fuel oil") is not among them.
        var classes = items.SelectMany(i => MadeWith(view, clause, i)).ToList();
        var know = classes.Where(g => KnowHowHead().IsMatch(g.Name) && elements.Any(e => e.Start >= g.Start && e.End <= g.End)).ToList();
        var all = elements.Where(e => !know.Any(k => e.Start >= k.Start && e.End <= k.End)).Concat(classes)
            .Where(g => g.IsElement || know.Contains(g) || !elements.Any(e => e.Start >= g.Start && e.End <= g.End && NamesElement(view, e)))
            .OrderBy(g => g.Start).ThenByDescending(g => g.End).ToList();
        // "rare earth" + "ore" written together is one class of goods: "rare earth ore".
        var merged = new List<Goods>();
        foreach (var g in all)
        {
            if (merged.Count > 0 && !g.IsElement && !merged[^1].IsElement && view.Folded[merged[^1].End..Math.Max(merged[^1].End, g.Start)] == " ")
                merged[^1] = merged[^1] with { End = g.End, Name = view.Text[merged[^1].Start..g.End].ToLowerInvariant() };
            else if (merged.Count == 0 || g.Start >= merged[^1].End)
                merged.Add(g);
        }
        return merged;
    }

    /// <summary>"the technology used to make n-type wafers and cells" is "n-type wafer technology" and "cell technology":
    /// a bare know-how head names what it makes (LABELLING.md writes such technology after its product).</summary>
    private static IEnumerable<Goods> MadeWith(SentenceView view, Clause clause, Goods item)
    {
        if (item.Name is not ("technology" or "technologies" or "know-how") || Made(view, clause, item.End) is not { Count: > 0 } made)
            return [item];
        return made;
    }

    /// <summary>The goods a technology written right before <paramref name="end"/> makes, each as "X technology"; empty
    /// when no "used to make", "for making" follows.</summary>
    private static List<Goods> Made(SentenceView view, Clause clause, int end)
    {
        if (end >= clause.End || MadeGoods().Match(view.Folded, end, clause.End - end) is not { Success: true } made)
            return [];
        var goods = made.Groups["goods"];
        var parts = new List<Goods>();
        foreach (var part in ListPart().EnumerateMatches(view.Folded.AsSpan(goods.Index, goods.Length)))
        {
            var (from, to) = (goods.Index + part.Index, goods.Index + part.Index + part.Length);
            // "lithium iron phosphate (LFP) cathodes": the acronym in brackets is left out.
            var words = view.Text[from..to].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w[0] != '(').ToArray();
            words[^1] = SingularOf(words[^1]);
            parts.Add(new Goods(from, to, string.Join(' ', words) + " technology", IsElement: false));
        }
        return parts;
    }

    private static string SingularOf(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : SibilantPlural().IsMatch(word) ? word[..^2]
        : word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') ? word[..^1] : word;

    // "presses", "switches", "boxes": the plural adds "es" to a hissing end.
    [GeneratedRegex(@"(?:ss|sh|ch|x|z)es$")]
    private static partial Regex SibilantPlural();

    // "used to make", "for making", "to produce" and the goods made, up to a clause break or another preposition.
    [GeneratedRegex(@"\G\s+(?:used\s+|needed\s+)?(?:to\s+(?:make|produce|manufacture)|for\s+(?:making|producing|manufacturing|the\s+(?:manufacture|production)\s+of))\s+(?:the\s+)?(?<goods>[\w\- ]+?(?:\s*\(\p{Lu}{2,}\)[\w\- ]*?)?)(?=\s*(?:[,.;:()]|$)|\s+(?:from|since|in|to|for|by|under|with|until|that|which|abroad|overseas|will|would|must|is|are|was|were|has|have)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MadeGoods();

    // One member of a list: words up to ", " or " and " / " or ".
    [GeneratedRegex(@"\b(?!(?:and|or)\b)[\w\-]+(?:\s+(?!(?:and|or)\b)\(?[\w\-]+\)?)*", RegexOptions.IgnoreCase)]
    private static partial Regex ListPart();

    /// <summary>An element, or a mineral written for its element ("chromite" for chromium); not graphite, which is its
    /// own commodity and stays in its class ("spherical graphite").</summary>
    private static bool NamesElement(SentenceView view, Goods goods) =>
        view.Entities.Any(e => e.Label == EntityLabel.ELEMENT && view.Rel(e) == goods.Start)
        || !view.Folded.AsSpan(goods.Start, goods.End - goods.Start).Equals(goods.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>An item class with the modifiers written before it: "chips" in "advanced AI chips".</summary>
    private Goods WithModifiers(SentenceView view, Clause clause, int start, int end)
    {
        // The words' places only: a string is made for the last three at most, which are all that can modify.
        var words = new List<(int Index, int Length)>();
        foreach (var m in GoodsWord().EnumerateMatches(view.Text.AsSpan(clause.Start..start)))
            words.Add((m.Index, m.Length));
        var from = start;
        // A technology or equipment head takes one more modifier, and processes: "lithium iron phosphate cathode
        // technology", "diamond-wire slicing equipment".
        var knowHow = KnowHowHead().IsMatch(view.Folded.AsSpan(start..end));
        for (var i = words.Count - 1; i >= 0 && start - (clause.Start + words[i].Index) < 45 && words.Count - i <= (knowHow ? 4 : 3); i--)
        {
            var (index, length) = words[i];
            var value = view.Text.Substring(clause.Start + index, length);
            var wordEnd = clause.Start + index + length;
            // Modifiers are adjectives and nouns; a verb ("easing chip exports") or a punctuation mark ends them.
            if (view.Folded[wordEnd..from].Trim().Length > 0 || NotModifiers.Contains(value) || GoodsPhrases.NotGoods.Contains(value) || value == "one-off" || value.EndsWith("ly", StringComparison.Ordinal)
                || value.EndsWith("ing", StringComparison.Ordinal) && !knowHow || _relation.Match(value) is { Success: true } verb && verb.Length == length
                || char.IsUpper(value[0]) && !AcronymOrCompound().IsMatch(value)
                // where the goods come from or go to: "Korean memory chips", "China-bound chip chemicals"
                || GoodsPhrases.NamesOriginOrDestination(value, _places))
                break;
            from = clause.Start + index;
        }
        return new Goods(from, end, view.Text[from..end].ToLowerInvariant(), IsElement: false);
    }

    /// <summary>The members of a list phrase, each by the lexicon goods inside it, else as written; empty unless some
    /// member holds no lexicon goods.</summary>
    private static List<string> MixedList(GoodsPhrase phrase, List<Goods> goods)
    {
        var parts = GoodsPhrases.Parts(phrase, shareHeads: false);
        var named = parts.Select(p => goods.Where(g => g.Start < p.End && p.Start < g.End).Select(g => g.Name).ToList()).ToList();
        // "magnet and processing technology": a bare singular word shares the head after it, so the list is one class.
        if (parts.Count < 2 || named.All(n => n.Count > 0) || parts.Any(p => !p.Text.Contains(' ') && !p.Text.EndsWith('s')))
            return [];
        return parts.Select((p, i) => named[i].Count > 0 ? named[i] : [p.Text]).SelectMany(n => n).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static List<Goods> Listed(string folded, List<Goods> goods, Goods first)
    {
        var listed = new List<Goods> { first };
        foreach (var next in goods.Where(g => g.Start > first.End))
        {
            // A list goes on over commas and "and", but "including X" names members, not more goods.
            if (!ListJoint().IsMatch(folded[listed[^1].End..next.Start]))
                break;
            listed.Add(next);
        }
        return listed;
    }

    /// <summary>Whether an element or a class of goods is named within 60 characters after a goods anchor
    /// ("exports of", "restrictions on").</summary>
    public bool NamedAfterAnchor(SentenceView view)
    {
        var goods = view.Of(EntityLabel.ELEMENT).Select(view.Rel).Concat(_items.Matches(view.Folded).Select(m => m.Index)).ToList();
        return GoodsAnchor().Matches(view.Folded).Any(a => goods.Any(g => g >= a.Index + a.Length && g - (a.Index + a.Length) < 60));
    }

    [GeneratedRegex(@"^\s*(?:(?:for|of|on)\s+)?(?:(?:the|this|that|its|their)\s+(?:metal|mineral|ore|element|commodity|fuel|grain|crop)|(?:the\s+|its\s+|their\s+)?(?:concentrates?|metals|minerals|deliveries|materials))$", RegexOptions.IgnoreCase)]
    private static partial Regex TheGenericGoods();

    [GeneratedRegex(@"\b(?:technolog(?:y|ies)|equipment|tools|machines|machinery|know-how)$", RegexOptions.IgnoreCase)]
    private static partial Regex KnowHowHead();

    [GeneratedRegex(@"^\p{Lu}{2,}$|^\p{Lu}[\p{L}.]*-\p{Ll}")]
    private static partial Regex AcronymOrCompound();

    [GeneratedRegex(@"^\s*,?\s*(?:containing|made\s+(?:with|from)|that\s+contains?)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Containing();

    [GeneratedRegex(@"^\s+(?:export|exports|shipments|sales)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExportsAfter();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-']*")]
    private static partial Regex GoodsWord();

    [GeneratedRegex(@"^(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+)(?:(?!(?:including|such|namely|like|especially|notably|particularly)\b)[\w\-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoint();
}
