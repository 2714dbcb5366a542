using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Normalization;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Lexicons;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// Commodities that are no element, read as the noun phrase a price is about: the words before "prices",
/// "futures" or "was quoted/assessed/trading at" ("Asian spot LNG prices", "Thermal coal at Newcastle was assessed
/// at"), the words after "the price of" ("the price of Brent crude"), and the words before a change verb ("Urea
/// rose 4% to $390 a tonne") when a per-unit amount follows or the phrase ends in a generic commodity head
/// ("crude oil rose"). The phrase is lower case, without price, market, delivery, exchange and grade words,
/// places and demonyms (lexicon <c>commodity_phrases</c>); a phrase that names an element is left to the element.
/// </summary>
/// <remarks>Stateless; lexicons are loaded once. Offsets are sentence-relative, on <see cref="SentenceView.Folded"/>.</remarks>
public static partial class CommodityPhrases
{
    private sealed record Words(Lexicon Phrase, Lexicon Aliases, Lexicon Demonyms, Lexicon Elements, LexiconPattern Change, LexiconPattern Speech, LexiconPattern Hedge);

    private static readonly Lazy<Words> Data = new(() => new Words(
        Lexicon.Load("commodity_phrases"),
        Lexicon.Load("commodity_aliases"),
        Lexicon.Load("demonyms"),
        Lexicon.Load("elements"),
        Patterns.Stems(Lexicon.Load("price_changes")),
        Patterns.Words(Lexicon.Load("speech_verbs")),
        Patterns.Words(Lexicon.Load("hedges"))));

    internal readonly record struct Word(string Text, int Start, int End, EntityLabel? Label);

    /// <summary>A phrase, and whether it ends in a generic commodity head ("crude oil", "iron ore pellets").</summary>
    private readonly record struct Found(CommoditySubjects.Commodity Commodity, bool Headed);

    // "wheat prices", "Brent futures", "rice quotes", "Panamax rates", "diesel cargoes", "urea offers": the phrase
    // ends before the price noun ("offers" and "bids" as plural nouns after a lower-case word, not "the firm offers a").
    [GeneratedRegex(@"\b(?:prices?|futures|contracts?|quotes|quotations|assessments?|rates|cargoes|(?<=\p{Ll}\s)(?:offers|bids)(?!\s+(?:a|an|the|its|their)\b|\s+to\s+(?![$€£¥\d])))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceNoun();

    // How an amount of money starts: a currency sign, a currency code or prefix glued to a number ("US$", "A$",
    // "Rs 41,200", "RM3,900", "Rp 9,500", "R14,900", "CNY 8,716"), or a digit.
    private const string MoneyStart = @"(?:[$€£¥₹₦₩₱₫฿₺₽₴₸₮]|[A-Z]{1,2}\$|Rs\.?\s?\d|RM\s?\d|Rp\s?\d|R\d|\p{Lu}{3}\s?\d|\d)";

    // "rice was quoted at", "urea traded around", "coal has been assessed at", "cocoa settled 2% higher at",
    // "concentrate fetched $910", "corn was down 2-3/4 cents at $4.41", "coil was landing at $655", "white sugar is
    // about $472 a tonne", "DAP was last heard at $748/t", "DAP CFR India stands at $768/t", "prices of PVC ranged
    // between", "milk powder cost 5,900 won a kilogram", "capesizes were fixed at $24,100 a day".
    [GeneratedRegex(@"\b(?:(?:(?:was|were|is|are)\s+being|was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+)?(?:quoted|assessed|trad(?:ed|ing|es)|priced|sold|selling|offered|fetch(?:ed|es|ing)?|settled|settling|closed|closing|ended|finished|stood|stands?|sits|sat|(?:last\s+)?heard|listed|sells|held|hovered|fixed|changed\s+hands|changing\s+hands|cleared|booked|opened|opening|set|(?:little\s+)?(?:un)?changed|averag(?:ed|ing)|land(?:ed|ing)|rang(?:ed|ing)|cost(?:s|ing)?|loading|ruling|(?<!\b(?:has|have|had)\s+)(?:is|are|was|were)(?:\s+now)?(?=\s+(?:(?:about|around|roughly|nearly|some|at)\s+){0,2}(?:" + MoneyStart + @"|\d[\d,.]*\s+\p{Lu}?\p{Ll}+\s+(?:rupees|yuan|ringgit|rupiah|naira|taka|lira|reais|rand|pesos|francs|euros|dollars|yen|won|baht|dong)))|(?<=\b(?:was|were|is|are)\s+)(?:up|down|higher|lower|steady|steadier|flat|firmer|weaker|softer))\s+(?:(?:[\w.%/-]+,?\s+){0,4}?(?:at|near|around|above|below|between)\s|(?=" + MoneyStart + @"|USD|EUR|RMB))", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteVerb();

    // "Sapelli boards sold for €715 a cubic metre", "fishmeal sells abroad for about $1,900 a tonne", "lamb was retailing
    // for 31 lari a kilogram".
    [GeneratedRegex(@"\b(?:(?:was|were|is|are)\s+)?(?:sold|sells?|selling|fetch(?:ed|es|ing)|went|goes|going|retail(?:s|ed|ing)?|wholesal(?:es|ed|ing))\s+(?:(?:abroad|overseas|locally|there|here|now)\s+)?for\s+(?:(?:about|around|roughly|some|nearly|as\s+much\s+as|as\s+little\s+as)\s+)?(?=" + MoneyStart + ")", RegexOptions.IgnoreCase)]
    private static partial Regex SoldFor();

    // "urea traded at $400/t and DAP at $700/t", ", sulphur at $160/t": a second good whose verb the list leaves out.
    // Words with the verb written ("dysprosium was trading at", "scrap changed hands at") are the quote verb's.
    [GeneratedRegex(@"(?:,\s*|;\s*|\s+and\s+|\s+while\s+|\s+with\s+)(?:(?!(?:was|were|is|are|been|being|has|have|had|it|they|which|that|who|trades?|sells?|costs?|seen|expected|forecast|estimated|traded|quoted|assessed|priced|offered|sold|closed|settled|stood|held|fetched|ended|finished|opened|averaged|hovered|rose|fell|gained|lost|slipped|climbed|eased|firmed|changed|changing|landed|landing)\b)[\p{L}\-]+(?<!ing)\s+){1,4}?(?<at>at)\s+(?:about\s+|around\s+)?(?=" + MoneyStart + ")", RegexOptions.IgnoreCase)]
    private static partial Regex ElidedVerbAt();

    // "pays roughly 2.41 baht per kilowatt-hour for Lao electricity": the good a buyer pays an amount for.
    [GeneratedRegex(@"\bpa(?:ys?|id|ying)\s+(?:(?:about|around|roughly|some|nearly|up\s+to|as\s+much\s+as|only|just)\s+)?(?=" + MoneyStart + @")[^;:]{1,50}?\s+for\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PaidFor();

    // "a minimum export price of $550 a tonne for onions", "a floor price of 40 rupees a kilo on garlic": the goods a
    // price written with its amount is set for.
    [GeneratedRegex(@"\bprices?\s+of\s+(?:(?:about|around|roughly|some|nearly|up\s+to|just)\s+)?(?=" + MoneyStart + @")[^;:,]{1,50}?\s+(?:for|on)\s+(?:(?:the|all|its|their)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PriceOfAmountFor();

    [GeneratedRegex(@"(?<=\p{L})\s+\d+(?:[&/:]\d+)+\s*$")]
    private static partial Regex GradeCode();

    [GeneratedRegex(@"\s(?:about|around|roughly|some|nearly|almost|approximately)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeBeforeAmount();

    // "the price of Brent crude", "prices for thermal coal", "our average realisation on stacks": the phrase starts after the preposition.
    [GeneratedRegex(@"\b(?:prices?\s+(?:of|for)|reali[sz]ations?\s+(?:of|for|on))\s+(?:(?:its|their|our)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PriceOf();

    // A trailing place, exchange or delivery term between the phrase and its price: "delivered to China",
    // "delivered by truck to Hanoi",
    // "at Newcastle", "on the LME", "FOB Egypt", "in the spot market", "for May delivery"; also at the very end of what
    // is read, as before the colon of "Potash into Brazil: $358/t".
    [GeneratedRegex(@"(?:(?:\s+|(?<=\s))(?:(?:delivered|shipped|loaded|loading|landed|traded|sold|offered)\s+(?:by\s+(?:truck|rail|road|barge|sea|ship|lorry|pipeline)\s+)?)?(?i:in|at|on|to|into|from|ex|fob|cif|cfr|dap|fca|for|near)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.&'-]*|spot|physical|futures|cash|open|delivery|market|exchange|port|terminal|hub|pump|mill|farm|gate|warehouses?)(?:\s+|$)){1,5})+$")]
    private static partial Regex TrailingQualifier();

    // A size or count of each piece: "of 20 pieces per kg", "of 3-4 kg", "weighing less than 500 grams", "5 ml", "of one
    // carat", "of two to three carats".
    [GeneratedRegex(@"\s+(?:(?:of|weighing(?:\s+(?:less|more|under|over)\s+than)?)\s+)?(?:about\s+|around\s+)?(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:[-–]|to|or)\s*(?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten))?\+?\s*(?:pieces?\s+(?:per|a|to\s+the)\s+)?(?:kg|kgs|g|grams?|kilos?|kilograms?|lbs?|pounds?|ml|mm|cm|oz|mg|carats?|ct)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SizeAfterGoods();

    // "wheat with 12.5% protein", "coal with a heat content of 4,200 kcal/kg": a description between the good and its verb.
    [GeneratedRegex(@"\s+(?:with|containing)\s+(?:[^,;()|]|(?<=\d),(?=\d)){1,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex WithDescription();

    [GeneratedRegex(@"\s*\([^()]{1,60}\)\s*$")]
    private static partial Regex Parenthesis();

    // "Black Sea | FOB | $372/t": a sea, gulf or coast a table row or a sentence opens with is where, not what.
    [GeneratedRegex(@"(?:^|\s)(?:sea|gulf|ocean|coast|strait|straits|basin)$")]
    private static partial Regex GeographicHead();

    // "soyoil for the same window was quoted": the words after the good's preposition are no good; nor is the place in
    // "maize at the port of Santos traded at".
    [GeneratedRegex(@"\b(?:for|to|in|at|from|on|with|after|by)\s+(?:(?:the|a|an|its|their|same)\s+){0,2}(?:(?-i:[A-Z][\w-]*\s+)?|(?:port|market|city|town|province|region|state|district|county|harbou?r)\s+of\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    // "liquefied natural gas (LNG)": the short name the article gives the phrase.
    [GeneratedRegex(@"^\s*\((?<acronym>\p{Lu}{2,6})\)")]
    private static partial Regex Acronym();

    // "| Guinean bauxite (CIF China) | $72/t | -8% |": the first cell of a table row names what the row prices; a grade,
    // size or form after a comma is no part of the goods ("| Blue sapphire, 2 ct |", "| Soda ash, dense |").
    [GeneratedRegex(@"^\s*\|\s*(?<cell>[^|(,]*[^|(,\s])")]
    private static partial Regex FirstCell();

    // A row of a web page's table comes out of cleaning without the leading bar ("Butter | SHDE average | US$7,410/t");
    // grade and contract codes after the goods are no part of them ("LME copper 3M", "HMS 1&2 80:20", "pepper 500 g/l"),
    // nor is a place or delivery term after a comma ("HRC, northern Europe").
    [GeneratedRegex(@"^\s*(?<cell>[^|(,]*?[^|(,\s\d])(?:\s+[^\s|(,]*\d[^\s|(,]*(?:\s+\p{L}{1,4}(?:/\p{L}{1,4})?(?=\s*[|,(]))?)*(?=\s*(?:,[^|]*)?(?:\([^|)]*\)\s*)?\|)")]
    private static partial Regex FirstCellUnbarred();

    [GeneratedRegex(@"(?:^|\s)(?:to|To)\s+$")]
    private static partial Regex InfinitiveBefore();

    [GeneratedRegex(@"^\s+to\s+\p{Ll}")]
    private static partial Regex InfinitiveAfter();

    [GeneratedRegex(@"^(?:plan|aim|want|intend|expect|seek|hope|need|move|wish|decide|agree|propose|look|tr(?:y|ie)|vow|pledge|promise|prepare|threaten)(?:s|ed|d)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IntentVerb();

    // "Puglia, Italy | Red (Primitivo) | €58-65/hl": a first cell of a region and its state, then the goods' cell.
    [GeneratedRegex(@"^\s*\|?\s*[^|,]+,\s*(?<state>[^|,]+?)\s*\|\s*(?<cell>[^|(]*[^|(\s])")]
    private static partial Regex PlacedFirstCell();

    // "- Granular potash into Brazil: $358/t CFR", "HRC, ex-works Mumbai: Rs 47,300/t": a line that labels a price
    // names what it prices before the colon (and before a comma that starts its delivery terms).
    [GeneratedRegex(@"^\s*(?:[-*•–]\s*)?(?<cell>[^:,|(\n]{2,60}?)(?:\s*\([^)\n]{0,60}\))?(?:,[^:|\n]{0,60})?\s*:\s+(?=(?:about\s+|around\s+)?" + MoneyStart + ")")]
    private static partial Regex LabelRow();

    // "Saltbush assessed spodumene concentrate (SC6) at US$1,515/t", "traders put domestic rebar at 27,900 lira",
    // "bought 42,000 tonnes of sunflower oil in a tender on Tuesday at $1,168 a tonne": the goods come after the verb
    // or the quantity, and an amount follows "at" within the sentence.
    [GeneratedRegex(@"\b(?:(?<!\b(?:was|were|is|are|been|being)\s+)(?:assessed|put|pegged|valued|priced|quoted)|(?:tonnes|tons|barrels|bushels|cargoes|lots)\s+of)\s+(?=[^.;:!?]{1,80}?\bat\s+(?:about\s+|around\s+|roughly\s+)?" + MoneyStart + ")", RegexOptions.IgnoreCase)]
    private static partial Regex GoodsBeforeAt();

    [GeneratedRegex(@"\b(?:has|have|had|is|are|was|were)(?:\s+been)?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"\b(?:in|at|on|to|into|for|from|by|with|of|over|under|after|before|since|during|than|per)\s+(?:(?:the|a|an|its|their|main|key|major|local|same)\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterPreposition();

    [GeneratedRegex(@"\s+(?:against|versus|vs\.?)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgainstBefore();

    // "No. 2", "grade 441", "#2": a grade number inside a phrase.
    [GeneratedRegex(@"(?<grade>\b(?:[Nn]o\.|[Gg]rade|#)\s*\d+[A-Za-z]?\b)|(?<num>\d[\d,.]*%?)|(?<word>\p{L}[\p{L}\-]*)|(?<other>\S)")]
    internal static partial Regex Token();

    // A word of letters only: "of Ta2O5" names a formula, which the element reading takes.
    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?(?=\p{L}[\p{L}\-]*(?![\p{L}\p{N}\-]))")]
    private static partial Regex OfAfterUnit();

    /// <summary>The good a subheading (or a caption up to <paramref name="end"/>) names, when that is all it says but for
    /// a bracket ("Soda ash (dense)", "Barite (API grade)", "Salmon: ..."); null for any other ("The month in four
    /// lines").</summary>
    internal static string? OfHeading(SentenceView heading, int end)
    {
        var text = heading.Folded[..end].TrimEnd();
        if (Before(new SentenceTokens(heading), text.Length)?.Commodity is not { } good || good.Start != 0)
            return null;
        var rest = text.AsSpan(good.End).Trim();
        return rest.Length == 0 || rest[0] == '(' && rest[^1] == ')' ? good.Name : null;
    }

    /// <summary>The commodity phrases of a sentence, as commodities with sentence-relative spans. Read once per sentence.</summary>
    public static IReadOnlyList<CommoditySubjects.Commodity> In(SentenceView view) => view.CommodityPhrases;

    internal static IReadOnlyList<CommoditySubjects.Commodity> Find(SentenceView view)
    {
        var text = view.Folded;
        // The tokens are read only when a cue is found: most sentences hold none. The cues are enumerated without
        // Match objects, since only where each one is matters.
        SentenceTokens? read = null;
        SentenceTokens Tokens() => read ??= new SentenceTokens(view);
        var found = new List<CommoditySubjects.Commodity>();
        // "| Puglia, Italy | Red | €58-65/hl |": a first cell that places the row ("region, country") leaves the goods to
        // the next cell.
        var placed = text.Contains('|') && PlacedFirstCell().Match(text) is { Success: true } region
            && view.Entities.Any(e => e.Label == EntityLabel.GPE && view.Rel(e) == region.Groups["state"].Index) ? region : null;
        if (placed is null && FirstCell().Match(text) is { Success: true } row)
            Add(found, Before(Tokens(), row.Groups["cell"].Index + row.Groups["cell"].Length), strong: true);
        if (LabelRow().Match(text) is { Success: true } label)
            Add(found, Before(Tokens(), label.Groups["cell"].Index + label.Groups["cell"].Length), strong: true);
        foreach (var m in GoodsBeforeAt().EnumerateMatches(text))
            Add(found, After(Tokens(), m.Index + m.Length, breaksBefore: false), strong: true);
        foreach (var m in PriceNoun().EnumerateMatches(text))
            Add(found, Before(Tokens(), m.Index), strong: true);
        foreach (var m in QuoteVerb().EnumerateMatches(text))
            Add(found, Before(Tokens(), m.Index), strong: true);
        foreach (var m in SoldFor().EnumerateMatches(text))
            Add(found, Before(Tokens(), m.Index), strong: true);
        if (text.Contains(" at ", StringComparison.Ordinal))
        {
            for (var m = ElidedVerbAt().Match(text); m.Success; m = m.NextMatch())
                Add(found, Before(Tokens(), m.Groups["at"].Index), strong: true);
        }
        foreach (var m in PriceOf().EnumerateMatches(text))
            Add(found, After(Tokens(), m.Index + m.Length), strong: true);
        foreach (var m in PaidFor().EnumerateMatches(text))
            Add(found, After(Tokens(), m.Index + m.Length, breaksBefore: false), strong: true);
        foreach (var m in PriceOfAmountFor().EnumerateMatches(text))
            Add(found, After(Tokens(), m.Index + m.Length, breaksBefore: false), strong: true);
        foreach (var change in Data.Value.Change.EnumerateMatches(text))
        {
            var m = (change.Index, change.Length);
            if (!IsWholeWord(text, m.Index, m.Length))
                continue;
            // "cocoa has gained": the auxiliary stands between the phrase and its verb.
            // (Regexes ending in '$' run on a range of the sentence rather than a copy of its start.)
            var at = Auxiliary().Match(text, 0, m.Index) is { Success: true } aux ? aux.Index : m.Index;
            var before = Before(Tokens(), at);
            // "the gasoil crack against Dubai fell": what a spread is measured against is not what moved.
            if (before is { } measured && AgainstBefore().Match(text, 0, measured.Commodity.Start) is { Success: true } against)
                before = Before(Tokens(), against.Index);
            // "gas prices at the hub fell": a phrase after a preposition is not what moved; nor is the word that says
            // how much in "a sharp increase of 18%", "a modest rise".
            var phraseStart = before is { } p ? p.Commodity.Start : 0;
            if (AfterPreposition().IsMatch(text.AsSpan(0, phraseStart)) || before is not null && IndefiniteBefore().IsMatch(text.AsSpan(0, phraseStart)))
                continue;
            var perUnitAfter = view.Of(EntityLabel.MONEY).Any(e => view.Rel(e) > m.Index && e.Normalized.Contains('/'));
            // "palm olein rose 1.9% to 9,184 yuan per tonne and soyoil gained 1.2%": a percentage right after the verb
            // in a sentence that quotes prices per unit.
            var percentAfter = view.Of(EntityLabel.MONEY).Any(e => e.Normalized.Contains('/'))
                && view.Of(EntityLabel.PERCENT).Any(e => view.Rel(e) > m.Index && view.Rel(e) - (m.Index + m.Length) is >= 0 and <= 4);
            Add(found, before, strong: perUnitAfter || percentAfter);
        }
        // "Live hogs in Maranhão R$6.90/kg", "feeder steers around 71 pesos per kilogram": a market brief's line
        // writes no verb between the goods and a price per unit; a phrase that ends in a head of traded goods is them.
        foreach (var money in view.Of(EntityLabel.MONEY))
        {
            if (!money.Normalized.Contains('/'))
                continue;
            var at = view.Rel(money);
            if (MatchBefore(HedgeBeforeAmount(), text, at) is { Success: true } hedge)
                at = hedge.Index;
            Add(found, Before(Tokens(), at), strong: false);
            // "21,450 rupees per tonne of sugar": the goods written after the price's unit.
            if (OfAfterUnit().Match(text, view.RelEnd(money)) is { Success: true } of)
                Add(found, After(Tokens(), of.Index + of.Length, breaksBefore: false), strong: true);
        }
        // Read last, when no cue names the goods: a row whose first cell holds a grade or a delivery term after the
        // goods ("LME copper 3M") names them in another way, found above.
        if (found.Count == 0 && placed is not null)
            Add(found, Before(Tokens(), placed.Groups["cell"].Index + placed.Groups["cell"].Length), strong: true);
        else if (found.Count == 0 && text.Contains('|') && FirstCellUnbarred().Match(text) is { Success: true } cell)
            Add(found, Before(Tokens(), cell.Groups["cell"].Index + cell.Groups["cell"].Length), strong: true);
        return found.OrderBy(c => c.Start).ToList();
    }

    [GeneratedRegex(@"(?:^|\s)(?i:a|an)\s+$")]
    private static partial Regex IndefiniteBefore();

    private static bool IsWholeWord(string text, int index, int length) => index + length == text.Length || !char.IsLetter(text[index + length]);

    private static void Add(List<CommoditySubjects.Commodity> found, Found? phrase, bool strong)
    {
        if (phrase is not { } p || !(strong || p.Headed) || found.Any(c => c.Start < p.Commodity.End && p.Commodity.Start < c.End)
            || GeographicHead().IsMatch(p.Commodity.Name))
            return;
        found.Add(p.Commodity);
    }

    /// <summary>The phrase that ends right before <paramref name="at"/> (after a trailing place or delivery term).</summary>
    private static Found? Before(SentenceTokens tokens, int at, int retries = 3)
    {
        var text = tokens.View.Folded;
        var cut = at;
        // "Spodumene concentrate (SC6, CIF China) climbed": a parenthesised grade or delivery term after the good.
        if (MatchBefore(Parenthesis(), text, cut) is { Success: true } paren && paren.Index > 0 && char.IsLetter(text[paren.Index - 1]))
            cut = paren.Index;
        if (MatchBefore(WithDescription(), text, cut) is { Success: true } w && w.Index > 0 && char.IsLetter(text[w.Index - 1]))
            cut = w.Index;
        // "black tiger shrimp of 20 pieces per kg fetched", "salmon of 3-4 kg", "syringe 5 ml": a size after the good.
        if (MatchBefore(SizeAfterGoods(), text, cut) is { Success: true } size && size.Index > 0 && char.IsLetter(text[size.Index - 1]))
            cut = size.Index;
        if (MatchBefore(TrailingQualifier(), text, cut) is { Success: true } q)
            cut = q.Index;
        // "HMS 1&2 (80:20) into Karachi", "HMS 1&2 from Batumi": a grade code of figures after the good, and its mix in
        // brackets, are no part of it.
        if (MatchBefore(Parenthesis(), text, cut) is { Success: true } mix && mix.Index > 0 && char.IsDigit(text[mix.Index - 1]))
            cut = mix.Index;
        if (MatchBefore(GradeCode(), text, cut) is { Success: true } code)
            cut = code.Index;
        var found = Collect(tokens, cut, out var collected);
        var start = found is { } f ? f.Commodity.Start : collected;
        // "soyoil for the same window was quoted at": a phrase behind a preposition qualifies the good before it; so
        // does one that names no good ("crude offered to buyers for June arrival"), and one whose first words are
        // qualifiers ("cells from domestic plants").
        if (retries > 0 && (PrepositionBefore(text, start) ?? (collected != start ? PrepositionBefore(text, collected) : null)) is { } p && p > 0
            && Before(tokens, p, retries - 1) is { } earlier)
            return earlier;
        return found;
    }

    /// <summary>Where the preposition right before a phrase starting at <paramref name="start"/> begins, or null.</summary>
    private static int? PrepositionBefore(string text, int start) =>
        start >= 0 && MatchBefore(Preposition(), text, start) is { Success: true } p ? p.Index : null;

    /// <summary>Where the '$'-anchored cues before <paramref name="cut"/> are looked for: at most <see cref="CueReach"/>
    /// characters back, from just after a space (so a word boundary there is one in the sentence too). The cues are a
    /// few words long; searching the whole start of the sentence for each phrase made a long sentence of many prices
    /// cost the square of its length.</summary>
    /// <summary>The first match of <paramref name="regex"/> in the stretch that ends at <paramref name="cut"/>, reaching
    /// back no further than <see cref="Reach"/>.</summary>
    private static Match MatchBefore(Regex regex, string text, int cut)
    {
        var from = Reach(text, cut);
        return regex.Match(text, from, cut - from);
    }

    private static int Reach(string text, int cut)
    {
        if (cut <= CueReach)
            return 0;
        var start = text.IndexOf(' ', cut - CueReach, CueReach / 2);
        return start < 0 ? cut - CueReach : start + 1;
    }

    private const int CueReach = 400;

    /// <summary>The phrase at the end of the sentence's first <paramref name="cut"/> characters.</summary>
    private static Found? Collect(SentenceTokens tokens, int cut, out int start)
    {
        var phrase = new List<Word>();
        foreach (var piece in tokens.Backward(cut))
        {
            // "sugar now costs", "the metal currently trades": an adverb between the good and its verb.
            if (phrase.Count == 0 && piece.Word is { } adverb && IsVerbAdverb(adverb))
                continue;
            if (phrase.Count == 6 || piece.Word is not { } w || Ends(w) && !(phrase.Count > 0 && Specifies(w, phrase[0])))
                break;
            phrase.Insert(0, w);
        }
        // A past participle opening the phrase is a verb or a process ("lifted wheat prices"), not the good.
        while (phrase.Count > 1 && IsPastTense(phrase[0]))
            phrase.RemoveAt(0);
        // "Urals crude offered to refiners", "wafers used in ...": a participle after the good is its verb.
        while (phrase.Count > 1 && IsTrailingParticiple(phrase[^1]))
            phrase.RemoveAt(phrase.Count - 1);
        // "5 ml syringes", "Lead, 3-month", "500 g/l", "120 gsm": the unit of a figure is no part of the good.
        while (phrase.Count > 0 && IsUnitOfFigure(tokens.View.Folded, phrase[0]))
            phrase.RemoveAt(0);
        start = phrase.Count > 0 ? phrase[0].Start : -1;
        return Phrase(tokens.View, phrase);
    }

    private static bool IsUnitOfFigure(string text, Word word) =>
        MeasureWords.Contains(word.Text) && FigureBefore().IsMatch(text.AsSpan(Math.Max(0, word.Start - 24), Math.Min(24, word.Start)));

    // The units and spans a figure is given in before or inside a table's first cell.
    private static readonly HashSet<string> MeasureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "g", "l", "ml", "mm", "cm", "m", "kg", "kgs",
        "mt", "gsm", "ohm", "ohm-cm", "mesh", "micron", "microns", "ppm", "inch", "inches", "ft", "gauge",
    };

    // "5 ", "3-", "500 g/": a figure, perhaps with a unit and a slash, right before the word.
    [GeneratedRegex(@"\d[\d.,]*(?:\s*|-|\s*\p{L}{1,4}\s*/\s*)$")]
    private static partial Regex FigureBefore();

    /// <summary>The phrase that starts at <paramref name="from"/> ("the price of [Brent crude] rose").</summary>
    private static Found? After(SentenceTokens tokens, int from, bool breaksBefore = true)
    {
        // A phrase break anywhere before the phrase ends it too (kept as "the price of" has always read it); the goods
        // after a quantity ("42,000 tonnes of") start after a number, so there only the tokens from the phrase count.
        var words = tokens.All.Where(p => breaksBefore || p.Start >= from).Select(p => p.Word).Where(w => w is null || w.Value.Start >= from).ToList();
        var phrase = new List<Word>();
        foreach (var w in words.SkipWhile(w => w is { } x && x.Start < from))
        {
            if (w is not { } word)
                break;
            // "prices for granulated sugar reached ...": a past tense after the phrase's first word is its verb.
            if (Ends(word) || phrase.Count > 0 && IsPastTense(word))
            {
                if (phrase.Count == 0 && IsStop(word.Text) && word.Text.ToLowerInvariant() is "the" or "a" or "an")
                    continue;
                break;
            }
            phrase.Add(word);
            if (phrase.Count == 6)
                break;
        }
        while (phrase.Count > 1 && IsTrailingParticiple(phrase[^1]))
            phrase.RemoveAt(phrase.Count - 1);
        return Phrase(tokens.View, phrase);
    }

    /// <summary>A token of the sentence: where it starts, and its word; a null word stands for a number, money or
    /// punctuation that ends a phrase. Grade numbers and percentages ("No. 2", "5%") are kept as qualifiers.</summary>
    internal readonly record struct Piece(int Start, Word? Word);

    /// <summary>
    /// The tokens of one sentence, read once: every phrase before an anchor is read from the tokens of the sentence's
    /// start up to the anchor, and re-reading that start for every anchor (and looking each token's entity up among all
    /// of the sentence's) was quadratic in the length of the sentence.
    /// </summary>
    /// <remarks>
    /// The tokens of a start <c>Folded[..cut]</c> are those of the whole sentence up to a restart point <c>s</c>, then
    /// the tokens read afresh from <c>s</c> to the cut. That is exact when <c>Folded[s - 1]</c> is white space and
    /// <c>Folded[s]</c> neither white space nor a digit: no token spans <c>s - 1</c> (only a grade token crosses space,
    /// and only into digits), and no attempt of the token pattern that starts before <c>s</c> reads past <c>s</c>, so
    /// the scans of the start and of the whole sentence agree before <c>s</c> and both restart at <c>s</c>.
    /// </remarks>
    internal sealed class SentenceTokens
    {
        // The label of each character plus one, 0 for none: a byte a character, where a nullable label took eight.
        private readonly byte[] _labels;
        private readonly int[] _starts;

        public SentenceTokens(SentenceView view)
        {
            View = view;
            // The label of the first of the sentence's entities (in their order) that covers each character.
            _labels = new byte[view.Folded.Length];
            foreach (var e in view.Within(0, view.Text.Length))
            {
                for (var i = Math.Max(0, view.Rel(e)); i < Math.Min(_labels.Length, view.RelEnd(e)); i++)
                {
                    if (_labels[i] == 0)
                        _labels[i] = (byte)(e.Label + 1);
                }
            }
            All = Read(0, view.Folded.Length);
            _starts = [.. All.Select(p => p.Start)];
        }

        public SentenceView View { get; }

        /// <summary>The tokens of the whole sentence.</summary>
        public IReadOnlyList<Piece> All { get; }

        /// <summary>The tokens of <c>Folded[..cut]</c>, last first.</summary>
        public IEnumerable<Piece> Backward(int cut)
        {
            var restart = Restart(cut);
            var tail = Read(restart, cut);
            for (var i = tail.Count - 1; i >= 0; i--)
                yield return tail[i];
            var found = Array.BinarySearch(_starts, restart);
            var before = found >= 0 ? found : ~found;
            for (var i = before - 1; i >= 0; i--)
                yield return All[i];
        }

        /// <summary>The last restart point before <paramref name="cut"/> (see remarks), or 0.</summary>
        private int Restart(int cut)
        {
            var text = View.Folded;
            for (var s = Math.Min(cut, text.Length) - 1; s > 0; s--)
            {
                if (char.IsWhiteSpace(text[s - 1]) && !char.IsWhiteSpace(text[s]) && !char.IsDigit(text[s]))
                    return s;
            }
            return 0;
        }

        // The tokens the pattern reads in Folded[from..to), as the scan of Folded[..to] reads them from a restart point.
        // Matches are enumerated without Match objects (a token costs no allocation unless it is a word), so which
        // alternative of the token pattern matched is told from the matched text (see TokenKind).
        private List<Piece> Read(int from, int to)
        {
            // About one token in five characters: sized once, the sentence's list is not copied as it grows.
            var pieces = new List<Piece>((to - from) / 5 + 1);
            var text = View.Folded;
            var isotope = -1;
            foreach (var m in Token().EnumerateMatches(text.AsSpan(from, to - from)))
            {
                var (at, end) = (from + m.Index, from + m.Index + m.Length);
                var kind = KindOf(text.AsSpan(at, m.Length));
                EntityLabel? label = _labels[at] == 0 ? null : (EntityLabel)(_labels[at] - 1);
                // "cobalt-60 sources", "Mo-99": an element, its hyphen, and the mass number of the isotope, a grade of it.
                if (kind == TokenKind.Word && label == EntityLabel.ELEMENT && text[end - 1] == '-' && end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    pieces.Add(new Piece(at, new Word(text.Substring(at, m.Length - 1), at, end - 1, label)));
                    isotope = end;
                }
                else if (kind == TokenKind.Grade || label == EntityLabel.PERCENT && kind == TokenKind.Number || kind == TokenKind.Number && at == isotope)
                    pieces.Add(new Piece(at, new Word("grade", at, end, EntityLabel.PERCENT)));
                else if (label == EntityLabel.PERCENT)
                    continue;
                else if (kind == TokenKind.Word && label is not (EntityLabel.MONEY or EntityLabel.PERSON))
                    pieces.Add(new Piece(at, new Word(text.Substring(at, m.Length), at, end, label)));
                else if (m.Length != 1 || text[at] is not ('\'' or '-'))
                    pieces.Add(new Piece(at, null));
            }
            return pieces;
        }
    }

    private enum TokenKind { Grade, Number, Word, Other }

    /// <summary>Which alternative of <see cref="Token"/> matched <paramref name="token"/>: only a grade or a number holds a
    /// digit, and a number starts with one; a word starts with a letter (<c>\p{L}</c>), and anything else is one other
    /// character.</summary>
    private static TokenKind KindOf(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsDigit(c))
                return char.IsDigit(token[0]) ? TokenKind.Number : TokenKind.Grade;
        }
        return char.IsLetter(token[0]) ? TokenKind.Word : TokenKind.Other;
    }

    /// <summary>"[very] [low] sulphur fuel oil": a word that specifies the element after it, and "very" before it, belong
    /// to the phrase though they end phrases elsewhere ("a record low").</summary>
    private static bool Specifies(Word w, Word next) =>
        next.Label == EntityLabel.ELEMENT && CommoditySubjects.IsSpecification(w.Text)
        || w.Text.Equals("very", StringComparison.OrdinalIgnoreCase) && CommoditySubjects.IsSpecification(next.Text);

    private static bool IsVerbAdverb(Word w) =>
        w.Label is null && VerbAdverbs.Contains(w.Text);

    private static readonly HashSet<string> VerbAdverbs = new(
        ["now", "still", "also", "already", "currently", "again", "just"], StringComparer.OrdinalIgnoreCase);

    // "rapeseed", "cottonseed", "feed" end in "ed" and are goods; "used cars", "refined sugar", "baled tyres" are goods
    // in a state the trade names them by.
    // "red" ends in "ed" but has no stem to be a participle of.
    private static bool IsPastTense(Word w) =>
        w.Label is null && w.Text.Length > 3 && w.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !w.Text.EndsWith("eed", StringComparison.OrdinalIgnoreCase) && !w.Text.Contains('-')
        && !GoodsStates.Contains(w.Text);

    /// <summary>A participle that ends a phrase is a verb, even one that names a state of goods before a noun.</summary>
    private static bool IsTrailingParticiple(Word w) => IsPastTense(w) || w.Label is null && GoodsStates.Contains(w.Text);

    private static readonly HashSet<string> GoodsStates = new(
        ["used", "refined", "dried", "cured", "processed", "milled", "polished", "baled", "salted", "smoked", "canned",
         "shelled", "roasted", "crushed", "galvanized", "galvanised", "coated", "enriched", "recycled", "reclaimed", "parboiled"],
        StringComparer.OrdinalIgnoreCase);

    private static bool Ends(Word w)
    {
        if (w.Label is not null)
            return false;
        var words = Data.Value;
        return IsStop(w.Text)
            || w.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && w.Text.Length > 4
            || IsWhole(words.Change, w.Text) || IsWhole(words.Speech, w.Text) || IsWhole(words.Hedge, w.Text);
    }

    private static bool IsWhole(LexiconPattern pattern, string word)
    {
        foreach (var m in pattern.EnumerateMatches(word))
            return m.Length == word.Length;
        return false;
    }

    private static bool IsStop(string word) => Category(word) == "stop";

    /// <summary>A word no phrase of goods is made of alone or ends in: who trades, or the lexicon's other not_goods.</summary>
    private static bool IsNotGoods(string word) => Category(word) is "not_goods" or "trader";

    private static string? Category(string word) => Data.Value.Phrase.TryGetValue(word, out var c) ? c
        : IsHyphenatedGrade(word) ? "grade"
        // "ex-factory", "ex-syndicate", "ex-warehouse": where the price is taken, a delivery term like "ex-works".
        : word.Length > 4 && word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase) ? "qualifier" : null;

    // "crucible-grade", "food-grade", "export-size", "general-purpose": a grade written as one hyphenated word. Asked of
    // every word the lexicon does not know, so a loop rather than a delegate.
    private static bool IsHyphenatedGrade(string word)
    {
        foreach (var suffix in GradeSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    private static readonly Dictionary<string, string> WineColours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["red"] = "red wine", ["reds"] = "red wine", ["white"] = "white wine", ["whites"] = "white wine",
        ["rosé"] = "rosé wine", ["rosés"] = "rosé wine",
    };

    private static readonly string[] GradeSuffixes = ["-grade", "-size", "-sized", "-purpose", "-quality"];

    /// <summary>The commodity of the collected words, and whether it ends in a generic commodity head; null when
    /// nothing but qualifiers, places, non-goods or an element is left.</summary>
    private static Found? Phrase(SentenceView view, List<Word> words)
    {
        // A phrase that names an element is left to the element, unless the element only specifies it ("very low sulphur
        // fuel oil").
        if (words.Where((w, i) => w.Label == EntityLabel.ELEMENT && !(i > 0 && CommoditySubjects.IsSpecification(words[i - 1].Text))).Any())
            return null;
        // "Oman was assessed at $71.60": a benchmark written alone, though it is also a place's name.
        if (words.Count == 1 && Data.Value.Aliases.TryGetValue(words[0].Text.ToLowerInvariant(), out var benchmark))
            return new Found(new CommoditySubjects.Commodity(benchmark.Trim(), words[0].Start, words[0].End), true);
        var kept = words.Where((w, i) => Kept(words, i) && Category(w.Text) != "qualifier" && !(Category(w.Text) == "grade" && i < words.Count - 1) && !IsDemonym(words, i)
            && !AtPlace(words, i) && !CompassOfPlace(words, i)).ToList();
        // "ICE Brent crude", "JKM LNG", "TTF natural gas": an exchange or index code in capitals before the good; a
        // code that names the grade of a named head stays ("WTI crude"), and so does one that is itself a good ("PET
        // flakes").
        while (kept.Count > 1 && kept[0].Text.Length <= 5 && Chars.All(kept[0].Text, char.IsUpper) && Category(kept[1].Text) != "named_head"
            && Category(kept[0].Text) != "head")
            kept.RemoveAt(0);
        // "broken parboiled rice": a participle left in front once the qualifiers are gone describes the good.
        while (kept.Count > 1 && IsPastTense(kept[0]) && words.IndexOf(kept[0]) > 0)
            kept.RemoveAt(0);
        // "to soothe local prices": a word in lower case right after an infinitive's "to" is its verb, not a good ("switched
        // to Brent" names one).
        // Nor is a verb of intent before an infinitive ("Velmar plans to set the reference price"; not "urea to trade").
        if (kept.Count == 1 && char.IsLower(kept[0].Text[0])
            && (InfinitiveBefore().IsMatch(view.Folded.AsSpan(0, kept[0].Start))
                || IntentVerb().IsMatch(kept[0].Text) && InfinitiveAfter().IsMatch(view.Folded.AsSpan(kept[0].End))))
            return null;
        // "National Kelp Indicator (NKI) 712c/kg": an organization's name (an index's, a company's) is no good.
        if (kept.Count > 0 && kept[^1].Label is EntityLabel.ORG or EntityLabel.PERSON)
            return null;
        // "as the rial weakened, ... costs 10.1 million rials a kilo": a currency is no good.
        if (kept.Count == 1 && MoneyNormalizer.IsCurrencyWord(kept[0].Text))
            return null;
        // "growers there have been offered", "growers selling outside contracts": who trades is no good.
        if (kept.Count == 0 || kept.All(w => IsNotGoods(w.Text)) || IsNotGoods(kept[^1].Text) || Category(kept[0].Text) == "trader")
            return null;
        // "Tempranillo reds", "Western Cape whites": a wine desk names wine by its colour, whatever the region or grape before it.
        if (WineColours.TryGetValue(kept[^1].Text, out var wine) && view.Lookups.Writes("wine"))
            return new Found(new CommoditySubjects.Commodity(wine, kept[0].Start, kept[^1].End), true);
        // "three-month tin": an element the tagger left as an ordinary word is still the element.
        if (Data.Value.Elements.TryGetValue(kept[^1].Text, out var element) && kept[^1].Text.Length > 2)
            return new Found(new CommoditySubjects.Commodity(element.Split('\t')[0], kept[^1].Start, kept[^1].End), true);
        if (kept is [var single] && ElementOfAcronym(view.Lookups, single.Text) is { } defined)
            return new Found(new CommoditySubjects.Commodity(defined, single.Start, single.End), true);
        var name = string.Join(' ', kept.Select(w => w.Text.ToLowerInvariant()));
        var end = kept[^1].End;
        // "liquefied natural gas (LNG)": the article's short name is the phrase's name.
        if (Acronym().Match(view.Folded, end, view.Folded.Length - end) is { Success: true } short_)
            name = short_.Groups["acronym"].Value.ToLowerInvariant();
        // "HRC", "Dutch TTF", "front-month gas": an abbreviation or benchmark is the product it names.
        if (Data.Value.Aliases.TryGetValue(name, out var alias))
            name = alias.Trim();
        return new Found(new CommoditySubjects.Commodity(name, kept[0].Start, end), Category(kept[^1].Text) is "head" or "named_head");
    }

    /// <summary>"NPI" where the article wrote "nickel pig iron (NPI)": the element its term opens with; null for any
    /// other word, or a term that opens with no element ("liquefied natural gas", "very low sulphur fuel oil", where
    /// the element only specifies the product).</summary>
    internal static string? ElementOfAcronym(DocumentLookups lookups, string written) =>
        written.Length is >= 2 and <= 6 && Chars.All(written, char.IsUpper) && lookups.DefinedTerm(written) is { } term
            && Data.Value.Elements.TryGetValue(term.Split(' ', '-')[0], out var named)
            ? named.Split('\t')[0]
            : null;

    /// <summary>A demonym or a word of one: "Indian", and both words of "South African".</summary>
    private static bool IsDemonym(List<Word> words, int i) =>
        Data.Value.Demonyms.Contains(words[i].Text)
        || i + 1 < words.Count && Data.Value.Demonyms.Contains($"{words[i].Text} {words[i + 1].Text}")
        || i > 0 && Data.Value.Demonyms.Contains($"{words[i - 1].Text} {words[i].Text}");

    /// <summary>"East China styrene", "West African cocoa": a compass word before a place or a demonym is part of the
    /// place.</summary>
    private static bool CompassOfPlace(List<Word> words, int i) =>
        i + 1 < words.Count && char.IsUpper(words[i].Text[0]) && Compass.Contains(words[i].Text)
        && (words[i + 1].Label == EntityLabel.GPE || Data.Value.Demonyms.Contains(words[i + 1].Text));

    // The "-ern" and two-point forms ("Northern", "Southeast") are qualifiers of the lexicon, dropped wherever they stand.
    private static readonly HashSet<string> Compass = new(StringComparer.OrdinalIgnoreCase) { "North", "South", "East", "West", "Central" };

    /// <summary>"Henry Hub natural gas": the name of a hub, port or terminal before the good is a place.</summary>
    private static bool AtPlace(List<Word> words, int i) =>
        Category(words[i].Text) == "place_qualifier"
        || char.IsUpper(words[i].Text[0]) && i + 1 < words.Count && Category(words[i + 1].Text) == "place_qualifier"
            && Category(words[i].Text) != "head" && words[i].Label != EntityLabel.ELEMENT;

    /// <summary>Ordinary words are kept; a name is kept right before a head whose grades carry names ("Dubai crude",
    /// "ESPO crude") or when it is itself a known head ("DAP").</summary>
    private static bool Kept(List<Word> words, int i) =>
        words[i].Label is null
        || words[i].Label == EntityLabel.ELEMENT && i > 0 && CommoditySubjects.IsSpecification(words[i - 1].Text)
        || words[i].Label is EntityLabel.GPE or EntityLabel.ORG
            && (Category(words[i].Text) == "head" || i + 1 < words.Count && Category(words[i + 1].Text) == "named_head");
}
