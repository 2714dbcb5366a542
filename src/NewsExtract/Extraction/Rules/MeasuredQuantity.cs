using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Annotation.Names;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// What a move measures when it is an amount and not a price: the quantity noun nearest before the move in its clause,
/// with the words that narrow it ("imports of finished steel into the UK rose 14%", "its HBM revenue tripled",
/// "reported first-quarter net profit of 620 million yuan, up 41%"). Such a move is a statistic, a growth figure; the
/// price_change extractor leaves it alone. A price word between the noun and the move, or an amount per unit in the
/// clause, keeps the move for prices.
/// </summary>
public sealed partial class MeasuredQuantity
{
    private readonly LexiconPattern _nouns;
    private readonly LexiconPattern _change;
    private readonly PlaceKnowledge _places;

    /// <param name="changeWords">The change words as stems (<see cref="PriceMoves.ChangeWords"/>): they end a noun
    /// phrase.</param>
    public MeasuredQuantity(ExtractionLexicons lexicons, LexiconPattern changeWords)
    {
        _nouns = Patterns.Words(lexicons.MeasuredQuantities);
        _change = changeWords;
        _places = lexicons.Places;
    }

    /// <summary>The measured phrase (lower case), where its noun starts, and whose amount it is when the phrase says
    /// so: "Japan's exports", "Japanese magnet imports", "imports into the UK", "consumption in the EU".</summary>
    public sealed record Measured(string Phrase, int At, string? Owner)
    {
        /// <summary>"growth in net profit", "fall in magnet imports": the relation of a growth figure.</summary>
        public string Relation(string direction) => (direction == "fell" ? "fall in " : "growth in ") + Phrase;
    }

    // Words that end the noun phrase: determiners, possessives, prepositions and the like.
    private static readonly HashSet<string> Closed = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these", "those", "and", "or", "of", "in",
        "into", "to", "from", "for", "on", "at", "by", "with", "as", "than", "has", "have", "had", "was", "were", "is",
        "are", "be", "been", "will", "would", "say", "said", "says", "total", "all", "some", "more", "most", "which", "who",
        "while", "whereas", "but", "although", "though", "stood", "stands", "reached", "totalled", "totaled", "amounted", "came",
    };

    // "into the UK", "in the EU": the place an amount is counted in.
    [GeneratedRegex(@"\b(?:in|into)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex InBefore();

    // "exports from Malaysia": what is shipped from a place is that place's.
    [GeneratedRegex(@"\b(?:in|into|from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex InOrFromBefore();

    [GeneratedRegex(@"^(?:exports|shipments|deliveries|output|production)$", RegexOptions.IgnoreCase)]
    private static partial Regex Shipped();

    // "exports of Malaysian palm oil": a demonym opening the noun's "of" phrase.
    [GeneratedRegex(@"\Gs?\s+of\s+(?<d>\p{Lu}\p{L}+)\b")]
    private static partial Regex DemonymOf();

    // "rose to 11%": the level reached, right before the figure.
    [GeneratedRegex(@"\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelBefore();

    // "share of Vietnam's coffee exports": the phrase is what another noun is of.
    [GeneratedRegex(@"\bof\s+(?:the\s+)?(?:[\p{L}.]+['\u2019]s?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfBefore();

    // "Japan's", "the EU's": a possessive right before the phrase.
    [GeneratedRegex(@"['\u2019]s?\s+$")]
    private static partial Regex PossessiveBefore();

    // "up 41%", "down 5%", "rising 4%", "which fell by a fifth": after a comma the move continues the phrase before it
    // (a change word, after a relative pronoun perhaps).
    [GeneratedRegex(@"^\s*(?:which\s+(?:have\s+|has\s+|had\s+)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^(?:up|down|higher|lower|[a-z]+ing|[a-z]+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Continues();

    // A price named between the noun and the move: the move is the price's.
    [GeneratedRegex(@"\bpric(?:e|es|ed|ing)\b|\bquot(?:e|es|ed|ation)\b|\btrad(?:ing|ed)\s+at\b|\bassessed\b|\bper\s+(?:tonne|ton|kg|kilogram|barrel|ounce|pound|lb|bushel)\b|\/\s?(?:t|mt|kg|lb|bbl|oz|bu)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriceWords();

    [GeneratedRegex(@"[a-z][a-z\-]*", RegexOptions.IgnoreCase)]
    private static partial Regex Word();

    // Dashes and a closing bracket that end an aside.
    private static readonly SearchValues<char> Asides = SearchValues.Create("\u2014)");

    // The noun phrase may stand this many words before the move at most.
    private const int MaxGapWords = 14;

    /// <summary>The quantity the move at <paramref name="at"/> (sentence offset) measures, or null when the move is a
    /// price's, the clause names no quantity before it, or it names something else as what moved ("Despite weak
    /// demand, copper rose 5%").</summary>
    public Measured? Before(SentenceView view, Clause clause, int at)
    {
        var text = view.Folded;
        if (at <= clause.Start || !_nouns.MayMatch(text.AsSpan(clause.Start, at - clause.Start)))
            return null;
        Match? noun = null;
        foreach (Match m in _nouns.Matches(text[..at], clause.Start))
            noun = m;
        // "Copper prices rose 5% as imports fell 10%": a price word between the noun and the move makes it the price's,
        // and so does an amount per unit anywhere in the clause ("offers rose 1% to $590 a tonne").
        if (noun is null || PriceWords().IsMatch(text.AsSpan(noun.Index, at - noun.Index))
            || view.Within(clause.Start, clause.End).Any(e => e.Label == Annotation.EntityLabel.MONEY && e.Normalized.Contains('/')))
            return null;
        var gap = text.AsSpan(noun.Index + noun.Length, at - noun.Index - noun.Length);
        if (Chars.Pieces(gap, ' ') > MaxGapWords)
            return null;
        // "the prices of X - essential to the production of magnets - tripled": a noun in an aside is not what moved.
        if (view.Text.AsSpan(noun.Index + noun.Length, at - noun.Index - noun.Length).IndexOfAny(Asides) >= 0 || gap.Contains(" - ", StringComparison.Ordinal))
            return null;
        var comma = gap.LastIndexOf(',');
        if (comma >= 0)
        {
            var rest = gap[(comma + 1)..].ToString();
            rest = rest[Relative().Match(rest).Length..];
            if (!Continues().IsMatch(rest) && !(_change.Match(rest) is { Success: true, Index: 0 }))
                return null;
        }
        // "rose to 11%": the level reached, not the change.
        if (LevelBefore().IsMatch(gap))
            return null;
        var (phrase, start) = Phrase(text, noun, at);
        // "China's share of Vietnam's coffee exports has risen": the phrase is what another noun is of.
        if (OfBefore().IsMatch(text.AsSpan(0, start)))
            return null;
        return new Measured(phrase, noun.Index, Owner(view, start, noun, at));
    }

    /// <summary>The party the phrase starting at <paramref name="start"/> belongs to: a possessive or a demonym right
    /// before it, or a place it is counted in between its noun and the move.</summary>
    private string? Owner(SentenceView view, int start, Match noun, int at)
    {
        var text = view.Folded;
        var nounEnd = noun.Index + noun.Length;
        var before = text.AsSpan(0, start);
        if (PossessiveBefore().Match(text[..start]) is { Success: true } possessive
            && view.Parties.FirstOrDefault(p => view.RelEnd(p) == possessive.Index) is { } owner)
            return owner.Normalized;
        // A demonym right before the phrase, of one word or two ("Japanese magnet imports", "South African ferrochrome
        // output").
        var end = before.TrimEnd().Length;
        if (_places.DemonymsIn(text, WordScanner.StartOfLast(text, 0, end, 2), end) is [.., var demonym] && demonym.Index + demonym.Length == end)
            return demonym.Country;
        // "exports of Malaysian palm oil": a demonym opening the "of" phrase.
        if (DemonymOf().Match(text, nounEnd, at - nounEnd) is { Success: true } of && _places.CountryOfDemonym(of.Groups["d"].Value) is { } ofCountry)
            return ofCountry;
        // "imports into the UK", "exports from Malaysia"; only what is shipped "from" a place is that place's, not
        // what is bought, earned or ordered from it ("revenue from the United States").
        var shipped = Shipped().IsMatch(noun.Value);
        return view.Parties.FirstOrDefault(p => p.Label == Annotation.EntityLabel.GPE && view.Rel(p) >= nounEnd && view.RelEnd(p) <= at
            && (shipped ? InOrFromBefore() : InBefore()).IsMatch(text.AsSpan(nounEnd, view.Rel(p) - nounEnd)))?.Normalized;
    }

    /// <summary>Up to two lower-case words before the noun and an "of" phrase of up to three after it; and where the
    /// phrase starts.</summary>
    internal (string Phrase, int Start) Phrase(string text, Match noun, int limit)
    {
        var start = noun.Index;
        for (var i = 0; i < 2; i++)
        {
            var end = start;
            while (end > 0 && text[end - 1] == ' ')
                end--;
            var from = end;
            while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '-'))
                from--;
            // Not a word cut off by an apostrophe ("Japan's"), a verb ("reported"), or a closed word.
            if (from == end || end == start || !char.IsLower(text[from]) || from > 0 && text[from - 1] is '\'' or '\u2019'
                || Closed.Contains(text[from..end]) || text.AsSpan(from, end - from).EndsWith("ed", StringComparison.Ordinal)
                || _change.IsMatch(text.AsSpan(from, end - from)))
                break;
            start = from;
        }
        var stop = noun.Index + noun.Length;
        var rest = text.AsSpan(stop, limit - stop);
        if (rest.StartsWith(" of ", StringComparison.Ordinal))
        {
            var words = 0;
            var at = stop + 4;
            foreach (var w in Word().EnumerateMatches(text.AsSpan(at, limit - at)))
            {
                var word = text.Substring(at + w.Index, w.Length);
                // Adjacent words only: a figure, a comma or a capital ends the phrase.
                var between = text.AsSpan(words == 0 ? at : stop, at + w.Index - (words == 0 ? at : stop));
                if (!between.IsWhiteSpace() || !char.IsLower(word[0]) || Closed.Contains(word) || _change.IsMatch(word) || ++words > 3)
                    break;
                stop = at + w.Index + w.Length;
            }
        }
        return (text[start..stop].ToLowerInvariant(), start);
    }
}
