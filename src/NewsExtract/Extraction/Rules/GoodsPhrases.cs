using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Extraction.Rules;

/// <summary>A stretch of a sentence naming goods (sentence-relative offsets) and its text as written.</summary>
public sealed record GoodsPhrase(int Start, int End, string Text);

/// <summary>
/// Reads the noun phrase of goods that an export cue governs: forward from "exports of", "ban on", "licences for"
/// up to a clause break, a preposition that starts the target or the date ("to China", "from May"), a verb, or
/// "including"; backward from "exports", "export ban" or "will need a permit" over the modifiers written before it.
/// Stateless and thread-safe.
/// </summary>
public static partial class GoodsPhrases
{
    private const int MaxWords = 6;

    // Words that end a goods phrase: prepositions, conjunctions that start a clause, auxiliaries, enumerations.
    private static readonly HashSet<string> Boundaries = new(
        ["to", "from", "for", "in", "into", "by", "at", "on", "until", "till", "through", "since", "with", "without", "under",
         "over", "amid", "after", "before", "during", "via", "as", "than", "against", "toward", "towards", "across", "beyond",
         "that", "which", "who", "whose", "where", "when", "while", "if", "unless", "because", "but", "so",
         "between", "among", "within", "pending", "effective", "starting", "beginning",
         "will", "would", "could", "may", "might", "shall", "should", "must", "can", "is", "are", "was", "were", "be", "been",
         "has", "have", "had", "do", "does", "did", "including", "containing", "such", "namely", "like", "except", "excluding", "worth",
         "valued", "about", "around", "regarding", "concerning", "remains", "remain", "stays", "stay", "applies", "apply",
         "continues", "takes", "comes", "goes", "receive", "receives", "get", "gets", "obtain", "obtains", "amounting", "totalling", "totaling", "sold", "bound", "made", "sent", "destined", "shipped", "said", "says",
         // verbs of the measure or the sale right before the goods, and where they go: "will cap bauxite exports",
         // "to sell ore to", "every cargo leaving its ports", "sales of fuel oil abroad"
         "cap", "caps", "sell", "sells", "leaving", "abroad", "allow", "allows", "allowed", "allowing",
         // "put sugar exports under curbs": the irregular verbs that place goods under a measure
         "put", "puts", "bring", "brings", "brought", "placed", "places",
         // adverbs and verbs after the goods: "crude again", "logs altogether", "parts going there", "scrap fell"
         "again", "altogether", "outside", "there", "anymore", "entirely", "completely", "going", "fell", "rose", "longer", "down",
         // sentence adverbs set off by commas: "exports of fuel oil, however, will stay suspended"
         "however", "meanwhile", "though", "moreover",
         // verbs that give a measure's scope before the goods: "the ban covers rice exports", "the curbs include ..."
         "covers", "cover", "covered", "covering", "includes", "include", "included", "hits", "hit", "affects", "affect",
         "affected", "affecting", "targets", "targeted", "targeting", "spares", "spared", "exempts", "exempted", "excludes",
         "excluded", "concerns", "involves", "reaches",
         // the forms the goods are in, set off after them: "sea cucumbers, whether live, frozen or dried"
         "whether",
         // a size or weight limit after the goods: "uncut sapphire weighing more than three carats", "rough stones heavier than"
         "weighing", "measuring", "heavier",
         "the", "its", "their", "this", "these", "those", "per", "last", "next", "this", "each", "every"],
        StringComparer.OrdinalIgnoreCase);

    // "shipping them chipmaking tools", "selling us the scanners": who receives the goods, before them.
    private static readonly HashSet<string> IndirectObjects = new(["them", "us", "him", "her", "me", "you"], StringComparer.OrdinalIgnoreCase);

    // Words that open a phrase without naming goods ("a new ban", "all", "certain").
    private static readonly HashSet<string> Openers = new(
        ["a", "an", "the", "its", "their", "his", "her", "our", "all", "some", "any", "every", "each", "certain", "several", "many", "most",
         "more", "further", "new", "additional", "other", "key", "select", "selected", "specific", "various", "sensitive",
         "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "also", "only", "even",
         // Words that qualify the measure, not the goods: "temporary export permits", "the original export restrictions".
         "temporary", "initial", "original", "general", "selective", "annual", "strict", "tough", "tougher", "sweeping", "broad",
         "blanket", "outright", "total", "full", "partial", "formal", "official", "national", "global", "overall", "existing",
         "current", "previous", "few", "handful", "planned", "proposed", "prior", "first", "one-off", "latest", "recent", "similar", "such", "unilateral", "retaliatory",
         "transitional", "provisional", "conditional", "interim", "emergency", "special", "individual", "bulk", "open", "fresh",
         // the goods' place on a control list, not the goods: "the newly listed stacking equipment"
         "listed", "newly",
         // the sale itself before the goods: "resumed shipping wheat"
         "shipping", "exporting", "selling", "sending"],
        StringComparer.OrdinalIgnoreCase);

    // Nouns of the measure or of trade, trimmed off the end: "wheat exports" is wheat, "rice export curbs" rice.
    private static readonly HashSet<string> MeasureWords = new(
        ["export", "exports", "exported", "shipment", "shipments", "sales", "sale", "ban", "bans", "curb", "curbs", "control",
         "controls", "restriction", "restrictions", "licence", "licences", "license", "licenses", "licensing", "permit",
         "permits", "quota", "quotas", "rule", "rules", "regime", "embargo", "measures", "requirement", "requirements",
         "supplies", "supply", "trade", "flows", "volumes", "overseas", "outbound", "foreign", "cargo", "cargoes", "consignment",
         "consignments"],
        StringComparer.OrdinalIgnoreCase);

    // "two further models of X", "shipments of X", "some types of X": the goods are after "of".
    private static readonly HashSet<string> Partitives = new(
        ["models", "types", "kinds", "grades", "categories", "classes", "forms", "varieties", "shipments", "exports", "sales",
         "supplies", "batches", "cargoes", "cargo", "consignments", "sorts", "lines", "range", "variety", "export", "tonnes", "tons", "volumes", "makers", "manufacturers", "producers",
         "exporters", "recyclers", "suppliers"],
        StringComparer.OrdinalIgnoreCase);

    // Heads that name a trade in goods: "coffee exporters" trade coffee.
    private static readonly HashSet<string> TradeRoles = new(
        ["exporters", "producers", "miners", "makers", "manufacturers", "smelters", "refiners", "recyclers", "suppliers", "traders"],
        StringComparer.OrdinalIgnoreCase);

    // What carries the goods, not the goods: "a permit for every onion truck" is a permit for onions.
    private static readonly HashSet<string> Carriers = new(
        ["truck", "trucks", "lorry", "lorries", "truckload", "truckloads", "wagon", "wagons", "railcar", "railcars", "container", "containers",
         "shipment", "shipments", "consignment", "consignments", "cargo", "cargoes", "boatload", "boatloads", "flexitank", "flexitanks"],
        StringComparer.OrdinalIgnoreCase);

    // Adjectives that end in "-ed" and are no participles: "high-end infrared image sensors", "rugged tablets".
    private static readonly HashSet<string> EdAdjectives = new(
        ["infrared", "hundred", "naked", "rugged", "sacred", "kindred", "wicked", "jagged"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>A word that reads as a past participle: it ends in "-ed" (not "red", "bed", nor an adjective such as
    /// "infrared").</summary>
    private static bool EndsLikeParticiple(string word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && word.Length > 4 && !EdAdjectives.Contains(word);

    // Participles that do not end in "-ed" and close the phrase as those do: "spirits held in bonded warehouses".
    private static readonly HashSet<string> IrregularParticiples = new(
        ["held", "sold", "made", "built", "kept", "bought", "caught", "brought", "taken", "shown", "stored", "bred"],
        StringComparer.OrdinalIgnoreCase);

    // Heads that name who is restricted, not what: "restrictions on Chinese companies".
    private static readonly HashSet<string> PartyHeads = new(
        ["companies", "company", "firms", "firm", "entities", "entity", "buyers", "customers", "importers", "users", "clients",
         "suppliers", "producers", "manufacturers", "makers", "operators", "recyclers", "exporters", "miners", "smelters", "mills", "countries", "nations", "access", "imports", "investment", "investments",
         "buyer", "customer", "importer", "user", "client", "supplier", "producer", "manufacturer", "maker", "operator", "recycler",
         "exporter", "miner", "smelter", "mill", "refiner", "refiners", "trader", "traders", "grower", "growers", "country", "nation",
         "fab", "fabs", "plant", "plants", "factory", "factories", "fabricators", "subsidiaries", "subsidiary", "affiliates", "affiliate",
         "organisations", "organizations", "organisation", "organization", "institutes", "institute", "universities", "individuals", "parties",
         "re-exports", "transits",
         "them", "it", "they", "this", "that", "what", "which", "us", "itself", "smuggling", "prices", "days", "weeks",
         "months", "years", "period", "chains", "chain", "time", "reasons", "security", "now", "today",
         // who holds a licence: "suspended the export licences of 11 mining cooperatives"
         "cooperatives", "cooperative", "co-operatives", "associations", "association", "members", "holders", "licensees", "shippers"],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[\p{L}.]+-bound$", RegexOptions.IgnoreCase)]
    private static partial Regex Bound();

    /// <summary>A word that says where goods come from or go to, and so is no part of them: a demonym ("Korean"), or
    /// "China-bound".</summary>
    internal static bool NamesOriginOrDestination(string word, PlaceKnowledge places) =>
        places.CountryOfDemonym(word) is not null || Bound().IsMatch(word);

    [GeneratedRegex(@"^(?:\d[\d,.]*|hundreds?|thousands?|millions?|billions?|dozens?|tonnes?|tons?|barrels?|mt)$", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    // An amount of goods before "of": "up to 400,000 tonnes of", "6 million tonnes a year of", "more than 2 mt of"; or
    // the lot a rule applies to, one at a time: "a licence for every container of", "a permit for each shipment of".
    [GeneratedRegex(@"\G\s*(?:(?:every|each|any|a\s+single)\s+(?:container|shipment|cargo|consignment|lot|load|truckload|parcel|vessel|batch|tonne)\s+of\s+|(?:(?:up\s+to|as\s+much\s+as|as\s+many\s+as|more\s+than|less\s+than|at\s+least|at\s+most|nearly|almost|about|around|roughly|some)\s+)?\d[\d,.]*\s*(?:(?:hundred|thousand|million|billion)\s+)?(?:(?:metric\s+|short\s+)?(?:tonnes?|tons?|mt|barrels?|bbl|cubic\s+metres?|cubic\s+meters?|units?|cargoes|shipments|bags|bales|bushels|kilograms?|kg|pounds?|lb)\s+)?(?:(?:a|per|each)\s+(?:year|annum|month|week|day)\s+)?of\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountOf();

    // "(EUV)": an acronym in parentheses, as the phrase writes it.
    [GeneratedRegex(@"\G\(\s*\p{Lu}[\p{Lu}\p{N}\-]{1,9}\s*\)")]
    private static partial Regex AcronymInParentheses();

    // First words that show the phrase is no goods: verbs, adverbs, imports, counts and spans of time.
    internal static readonly HashSet<string> NotGoods = new(
        ["again", "newly", "still", "now", "combined", "import", "imports", "imported", "importing", "hit", "hits", "cut", "cuts", "trim", "trims",
         "put", "puts", "minimum", "maximum", "above", "below", "one", "another", "year", "years", "month", "months",
         "season", "seasons", "period", "quarter", "autumn", "summer",
         // a price level, and a finding: "shipments priced under the floor", "an audit that found concentrate ..."
         "floor", "floors", "ceiling", "threshold", "found",
         // a measure's place in its own text: "the licensing requirement of paragraph 1", "the quota under Article 4"
         "paragraph", "paragraphs", "subparagraph", "article", "articles", "section", "sections", "clause", "clauses", "annex", "appendix",
         // how goods travel: "lorry shipments", "seaborne exports"
         "lorry", "lorries", "truck", "trucks", "road", "rail", "seaborne", "overland", "cross-border"],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-'’.]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:()\[\]""“”!?]|\s-\s|\s--\s|[—–]")]
    private static partial Regex Token();

    // The next member of a list after a comma: a few words closed by another comma or "and"/"or".
    [GeneratedRegex(@"^\s*(?:(?<w>[\p{L}\p{N}][\p{L}\p{N}\-']*)\s+){0,3}?(?<w>[\p{L}\p{N}][\p{L}\p{N}\-']*)(?:,|\s+(?:and|or)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    // "twelve-month", "year-long", "90-day": how long a measure lasts.
    [GeneratedRegex(@"^[\p{L}\p{N}]+-(?:month|year|day|week)s?$|-long$", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    private sealed record Word(int Start, int End, string Text);

    /// <summary>The goods phrase that starts at <paramref name="from"/>, or null when none does.</summary>
    public static GoodsPhrase? After(SentenceView view, Clause clause, int from, PlaceKnowledge places)
    {
        var words = new List<Word>();
        var stops = Stops(view);
        // "permits for up to 400,000 tonnes of maize", "a licence to export 6 million tonnes a year of LNG": the goods
        // come after the amount.
        if (from < clause.End && AmountOf().Match(view.Folded, from, clause.End - from) is { Success: true } amount)
            from = amount.Index + amount.Length;
        var skipUntil = -1;
        foreach (Match m in Token().Matches(view.Text[..clause.End], from))
        {
            var w = new Word(m.Index, m.Index + m.Length, m.Value);
            if (w.Start < skipUntil)
                continue;
            if (stops.Any(s => s.Start <= w.Start && w.Start < s.End))
                break;
            if (w.Text == ",")
            {
                // A comma continues a list ("gallium, germanium and graphite") only when "and"/"or" closes it.
                var next = ListItem().Match(view.Folded[w.End..clause.End]);
                if (!next.Success || next.Groups["w"].Captures.Any(c => Boundaries.Contains(c.Value) || c.Value is "of" || c.Value.EndsWith("ed", StringComparison.Ordinal) && !EdAdjectives.Contains(c.Value)))
                    break;
                words.Add(w);
                continue;
            }
            if (w.Text == "(" && words.Count > 0 && AcronymInParentheses().Match(view.Text, w.Start, clause.End - w.Start) is { Success: true } acronym)
            {
                // "extreme ultraviolet (EUV) photoresists": the acronym of the words before it, within the phrase.
                words.Add(new Word(w.Start, w.Start + acronym.Length, acronym.Value));
                skipUntil = w.Start + acronym.Length;
                continue;
            }
            if (!char.IsLetterOrDigit(w.Text[0]))
                break;
            var lower = w.Text.ToLowerInvariant();
            if (words.Count == 0 && (Openers.Contains(lower) || IndirectObjects.Contains(lower)))
                continue;
            // "exports of locally made vanilla extract", "domestically produced urea": where or how the goods were made
            // opens the phrase and is no part of it.
            if (words.Count == 0 && lower.EndsWith("ly", StringComparison.Ordinal) && lower.Length > 4
                && Token().Match(view.Text, w.End, clause.End - w.End) is { Success: true } participle
                && (IrregularParticiples.Contains(participle.Value) || participle.Value.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
            {
                skipUntil = participle.Index + participle.Length;
                continue;
            }
            if (lower == "of" && words.Count > 0 && (Partitives.Contains(words[^1].Text)
                || words.All(x => MeasureWords.Contains(x.Text) || x.Text is "and" or "or" || x.Text.StartsWith("re-", StringComparison.OrdinalIgnoreCase))))
            {
                words.Clear();
                continue;
            }
            if (Boundaries.Contains(lower) || lower == "of" || words.Count > 0 && (lower is "used" || IrregularParticiples.Contains(lower) || lower.EndsWith("ly", StringComparison.Ordinal) && lower.Length > 4
                || EndsLikeParticiple(lower) && words[^1].Text is not ("and" or "or" or ",")))
                break;
            if (words.Count(x => char.IsLetterOrDigit(x.Text[0]) && x.Text is not ("and" or "or")) >= MaxWords + 2)
                break;
            words.Add(w);
            // "thermal coal exports remains": the measure's own noun closes the phrase.
            if (words.Count > 1 && MeasureWords.Contains(lower))
                break;
        }
        return Phrase(view, words, places);
    }

    /// <summary>The goods phrase written right before <paramref name="cueAt"/> ("scrap metal" before "export ban").</summary>
    public static GoodsPhrase? Before(SentenceView view, Clause clause, int cueAt, LexiconPattern verbs, PlaceKnowledge places)
    {
        // "refiners that re-export sugar": a cue inside a hyphenated word has no phrase before it.
        if (cueAt > 0 && view.Text[cueAt - 1] is '-' or '\u2010' or '\u2011')
            return null;
        var words = new List<Word>();
        var stops = Stops(view);
        var tokens = Token().Matches(view.Text[clause.Start..cueAt]).Select(m => new Word(clause.Start + m.Index, clause.Start + m.Index + m.Length, m.Value)).ToList();
        for (var i = tokens.Count - 1; i >= 0 && words.Count < MaxWords; i--)
        {
            var w = tokens[i];
            var lower = w.Text.ToLowerInvariant();
            // "every tea consignment leaving Mombasa will need a permit": the place the goods leave is no part of them.
            if (lower is "leaving" or "from" && words.Count > 0 && words.All(x => char.IsUpper(x.Text[0])))
            {
                words.Clear();
                continue;
            }
            if (!char.IsLetterOrDigit(w.Text[0]) || stops.Any(s => s.Start <= w.Start && w.Start < s.End) || Boundaries.Contains(lower)
                || Openers.Contains(lower) || IndirectObjects.Contains(lower) || lower is "of" or "and" or "or" || lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal)
                || lower.EndsWith("ly", StringComparison.Ordinal) || IsVerb(lower, verbs))
                break;
            words.Insert(0, w);
        }
        // "the refusal to lift REE export restrictions": a refused change names no measure.
        if (words.Count > 0 && RefusedToBefore().IsMatch(view.Folded[clause.Start..words[0].Start]))
            return null;
        return Phrase(view, words, places);
    }

    private static bool IsVerb(string word, LexiconPattern verbs) =>
        EndsLikeParticiple(word) || word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5
        || verbs.Match(word) is { Success: true } m && m.Length == word.Length && !MeasureWords.Contains(word);

    /// <summary>Entities that end a phrase: places and dates are targets and times, people and organizations parties.</summary>
    private static List<(int Start, int End)> Stops(SentenceView view) =>
        view.Entities.Where(e => e.Label is EntityLabel.GPE or EntityLabel.DATE or EntityLabel.PERSON or EntityLabel.ORG
                || e.Label is EntityLabel.MONEY or EntityLabel.PERCENT)
            .Select(e => (view.Rel(e), view.RelEnd(e))).ToList();

    private static GoodsPhrase? Phrase(SentenceView view, List<Word> words, PlaceKnowledge places)
    {
        // Trim list marks and the measure's own nouns off the ends: "wheat exports" is wheat.
        while (words.Count > 0 && (MeasureWords.Contains(words[^1].Text) || words[^1].Text is "," or "and" or "or"))
            words.RemoveAt(words.Count - 1);
        while (words.Count > 0 && (MeasureWords.Contains(words[0].Text) || Openers.Contains(words[0].Text) || words[0].Text is "," or "and" or "or"))
            words.RemoveAt(0);
        while (words.Count > 0 && Duration().IsMatch(words[0].Text))
            words.RemoveAt(0);
        // "Zambian export licences", "licences for Korean fabs", "China-bound chip chemicals", "world fishmeal exports":
        // where the goods come from or go to is no part of them.
        while (words.Count > 0 && (NamesOriginOrDestination(words[0].Text, places) || words[0].Text is "world" or "global"))
            words.RemoveAt(0);
        // "20 million tonnes", "14 coal miners": a quantity names no goods; the goods, if any, follow it.
        while (words.Count > 0 && Quantity().IsMatch(words[0].Text))
            words.RemoveAt(0);
        // "trims export quota", "again import chips", "removes minimum export price": a verb, an adverb or an import is no goods.
        if (words.Count > 0 && NotGoods.Contains(words[0].Text) || words.Count == 1 && words[0].Text is "items" or "products" or "goods" or "materials")
            return null;
        // "coffee exporters", "tin smelters", "onion trucks": the goods of the trade or the carrier named, unless a name or a
        // demonym is left ("used trucks" are goods).
        if (words.Count > 1 && (TradeRoles.Contains(words[^1].Text) || Carriers.Contains(words[^1].Text) && !Adjectival().IsMatch(words[^2].Text))
            && char.IsLower(words[^2].Text[0]) && words[^2].Text is not ("and" or "or" or ","))
            words.RemoveAt(words.Count - 1);
        if (words.Count == 0 || words.Count(w => char.IsLetterOrDigit(w.Text[0]) && w.Text is not ("and" or "or")) > MaxWords + 2 || PartyHeads.Contains(words[^1].Text)
            || words.All(w => !Chars.Any(w.Text, char.IsLetter)))
            return null;
        // "PESQUERA NORTE REPORTS RECORD FISHMEAL SALES": a run of capitals is a headline's words, not goods (an
        // acronym or two, "LNG", "DRAM chips", stays).
        if (words.Count(w => w.Text.Length > 1 && Chars.Any(w.Text, char.IsLetter) && !Chars.Any(w.Text, char.IsLower)) >= 3)
            return null;
        var start = words[0].Start;
        var end = words[^1].End;
        return new GoodsPhrase(start, end, AsWritten(view.Text[start..end]));
    }

    /// <summary>The members of a list: "power transformers and switchgear" are two.</summary>
    public static IReadOnlyList<GoodsPhrase> Parts(GoodsPhrase phrase, bool shareHeads = true)
    {
        var parts = new List<GoodsPhrase>();
        var text = phrase.Text;
        var at = 0;
        foreach (Match sep in ListSeparator().Matches(text))
        {
            parts.Add(Unbracketed(new GoodsPhrase(phrase.Start + at, phrase.Start + sep.Index, text[at..sep.Index])));
            at = sep.Index + sep.Length;
        }
        parts.Add(Unbracketed(new GoodsPhrase(phrase.Start + at, phrase.End, text[at..])));
        if (!shareHeads)
            return parts.Where(p => p.Text.Length > 0).ToList();
        // A single modifier before a longer member shares its head: "medium and heavy rare earth elements",
        // "etching, deposition and cleaning equipment"; a plural ("semiconductors and related equipment") is its own item,
        // and so is a noun before a head that names no class of goods ("petrol, kerosene and fuel oil").
        var sharedHead = ClassHead().IsMatch(parts[^1].Text);
        var merged = new List<GoodsPhrase>();
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            var part = parts[i];
            if (merged.Count > 0 && !part.Text.Contains(' ', StringComparison.Ordinal) && !part.Text.EndsWith('s')
                && merged[0].Text.Contains(' ', StringComparison.Ordinal) && (sharedHead || Adjectival().IsMatch(part.Text)))
                merged[0] = new GoodsPhrase(part.Start, merged[0].End, AsWritten(text[(part.Start - phrase.Start)..(merged[0].End - phrase.Start)]));
            else
                merged.Insert(0, part);
        }
        return merged.Where(p => p.Text.Length > 0).ToList();
    }

    /// <summary>A member without the acronym in brackets after it: "high-density polyethylene (HDPE)".</summary>
    private static GoodsPhrase Unbracketed(GoodsPhrase part) =>
        TrailingBrackets().Match(part.Text) is { Success: true, Index: > 0 } m ? new GoodsPhrase(part.Start, part.Start + m.Index, part.Text[..m.Index]) : part;

    [GeneratedRegex(@"\s*\([^()]{1,20}\)$")]
    private static partial Regex TrailingBrackets();

    // Goods as written, lower-cased except acronyms ("LNG", "AI").
    private static string AsWritten(string text) =>
        WordToken().Replace(text, m => AllCapsWord().IsMatch(m.Value) ? m.Value : m.Value.ToLowerInvariant());

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{N}\-]+$")]
    private static partial Regex AllCapsWord();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")]
    private static partial Regex ListSeparator();

    // Heads that name a class of goods, which modifiers before them share: equipment, fertilisers, rare earths.
    [GeneratedRegex(@"\b(?:equipment|tools|machines|machinery|technolog(?:y|ies)|products|goods|items|materials|elements|earths|fertili[sz]ers|chemicals|components|parts|devices|chips|systems|software|alloys|compounds|oxides|salts|concentrates?|ores?|metals|minerals|magnets|engines|vehicles|cells|batteries|modules|wafers|steel)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClassHead();

    // A modifier that reads as an adjective: "frozen and chilled beef", "medium and heavy", "raw and refined"; not a
    // noun with an adjective's ending ("fishmeal and fish oil", "charcoal and coke").
    [GeneratedRegex(@"^(?:[\p{L}\-]+(?:ed|al|ic|ive|ous|ary|ing)(?<!meal|coal|metal|mineral|cereal)|medium|heavy|light|raw|fresh|frozen|granular|nuclear|solar|high|low|small|large|long|flat|new|used|green|white|red|brown|dry|live|whole)$", RegexOptions.IgnoreCase)]
    private static partial Regex Adjectival();

    [GeneratedRegex(@"\b(?:refus\w*|declin\w*|not)\s+to\s+\w+\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RefusedToBefore();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-'’.]*")]
    private static partial Regex WordToken();
}
