using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NewsExtract.Lexicons;

namespace NewsExtract.Annotation.Normalization;

/// <summary>An amount of money with its ISO currency and optional per-unit (<c>kg</c>, <c>t</c>, <c>lb</c>, <c>oz</c>, <c>mtu</c>).</summary>
/// <remarks>Immutable. For a written range, <see cref="Amount"/> is the low end and <see cref="RangeHigh"/> the high end.</remarks>
public sealed record MoneyValue(decimal Amount, string Currency, string? PerUnit)
{
    /// <summary>The high end of a written range (<c>$610-$640</c>), else null.</summary>
    public decimal? RangeHigh { get; init; }

    /// <summary><c>USD</c> or <c>USD/kg</c>.</summary>
    public string Unit => PerUnit is null ? Currency : $"{Currency}/{PerUnit}";

    /// <summary>The MONEY normalized value: <c>610 USD/kg</c>, <c>1200000000 USD</c>.</summary>
    public string Normalized => $"{NumberParser.Format(Amount)} {Unit}";

    /// <summary>The high end of a range as a value of its own, sharing currency and per-unit; else null.</summary>
    public MoneyValue? High => RangeHigh is { } high ? this with { Amount = high, RangeHigh = null } : null;
}

/// <summary>Parses money expressions: <c>USD 610 per kilogram</c>, <c>$1.2 billion</c>, <c>US$3,400 a tonne</c>,
/// <c>500 million yuan</c>, <c>$610-$640 per kg</c>, <c>between $610 and $640</c>. Pure, invariant culture.</summary>
/// <remarks>Currency forms come from the embedded <c>currencies.txt</c>, per-units from <c>units.txt</c>.
/// <see cref="Pattern"/> finds money spans in running text; <see cref="Parse"/> normalizes one span.</remarks>
public static class MoneyNormalizer
{
    /// <summary>The amount, currency and per-unit (null when none) of a MONEY mention's normalized value; null for
    /// anything else.</summary>
    internal static (decimal Amount, string Currency, string? PerUnit)? PartsOf(Entity e)
    {
        if (e.Label != EntityLabel.MONEY || e.Normalized.Split(' ') is not [var number, var unit]
            || !decimal.TryParse(number, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var amount))
            return null;
        var slash = unit.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (amount, unit, null) : (amount, unit[..slash], unit[(slash + 1)..]);
    }

    private sealed record Tables(
        Regex Pattern, Regex CurrencyFirst, (SearchValues<string> Words, Regex Cue) CurrencyAfterCue, Regex Whole, Regex TrailingUnit,
        FrozenDictionary<string, string> Currencies, FrozenDictionary<string, decimal> Scales, FrozenDictionary<string, string> Units);

    private static readonly Lazy<Tables> Data = new(Build);

    // The words of currency names, singular and plural ("rial", "rials", "lira", "dong"): no goods.
    private static readonly Lazy<FrozenSet<string>> CurrencyWords = new(() =>
        Data.Value.Currencies.Keys
            .Select(k => k.Split(' ')[^1].ToLowerInvariant())
            .Where(w => w.Length > 2 && w.All(char.IsLetter))
            .SelectMany(w => new[] { w, w.EndsWith('s') ? w[..^1] : w + "s" })
            .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Whether <paramref name="word"/> names a currency ("rial", "pesos"), in any case.</summary>
    public static bool IsCurrencyWord(string word) => CurrencyWords.Value.Contains(word.ToLowerInvariant());

    /// <summary>The money pattern over running text (spans include currency, range and per-unit).</summary>
    public static Regex Pattern => Data.Value.Pattern;

    /// <summary>The pattern to run over <paramref name="sentence"/>: it finds what <see cref="Pattern"/> finds there, or
    /// null when nothing can match. Why: the form with the currency after the number ("500 million yuan", "thirty
    /// dollars") tries at every word that could start a number and cost most of the pattern's time while matching
    /// nowhere in most sentences; it needs a currency word after the number, and the other form needs a digit, so a
    /// sentence without the one runs the other alone, and one without either runs none.</summary>
    public static Regex? PatternFor(ReadOnlySpan<char> sentence)
    {
        var tables = Data.Value;
        // Every match of the cue starts at one of its words: the regex runs from the first of them, if any.
        var (words, cue) = tables.CurrencyAfterCue;
        if (sentence.IndexOfAny(words) is var first and >= 0 && cue.IsMatch(sentence, first))
            return tables.Pattern;
        return sentence.IndexOfAnyInRange('0', '9') >= 0 ? tables.CurrencyFirst : null;
    }

    /// <summary>The value of a money expression, or null when <paramref name="text"/> is not one.</summary>
    public static MoneyValue? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Data.Value.Whole.Match(WhiteSpace(text.Trim()));
        return m.Success ? FromMatch(m) : null;
    }

    /// <summary>The per-unit (<c>t</c>, <c>kg</c>) written at <paramref name="index"/> after a closing parenthesis, as in
    /// <c>91,500 yuan ($12,700) a tonne</c>, where the unit belongs to both amounts; else null.</summary>
    public static string? PerUnitAfterParenthesis(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Data.Value.TrailingUnit.Match(text, index);
        return m.Success ? UnitSymbol(m.Groups["unit"].Value) : null;
    }

    /// <summary>The symbol the unit lexicon gives a unit word ("gram" -> <c>g</c>, "carat" -> <c>ct</c>), else null.</summary>
    public static string? UnitSymbol(string word) => Data.Value.Units.TryGetValue(WhiteSpace(word), out var unit) ? unit : null;

    /// <summary>The high end of a range match (<c>$3,250 per tonne</c> in <c>$3,050-$3,250 per tonne</c>): where it
    /// starts in the text, or null when the match is no range.</summary>
    public static int? HighEndStart(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Groups["hi"].Success ? match.Groups["hi"].Index : null;
    }

    /// <summary>Where the amount of a match starts: its currency written before it, else its number (a leading
    /// <c>between</c> is not part of the low end).</summary>
    public static int LowEndStart(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Groups["pre"].Success ? match.Groups["pre"].Index : match.Groups["n"].Index;
    }

    /// <summary>Where the low end of a range match ends (after its number, fraction and scale word).</summary>
    public static int LowEndEnd(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var low = match.Groups["s"].Success ? match.Groups["s"] : match.Groups["f"].Success ? match.Groups["f"] : match.Groups["n"];
        return low.Index + low.Length;
    }

    /// <summary>The value of a match of <see cref="Pattern"/>, or null when the numbers do not parse.</summary>
    public static MoneyValue? FromMatch(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var tables = Data.Value;
        var currencyForm = match.Groups["pre"].Success ? match.Groups["pre"].Value : match.Groups["suf"].Value;
        if (!tables.Currencies.TryGetValue(WhiteSpace(currencyForm), out var currency))
            return null;
        var low = Amount(match.Groups["n"].Value, match.Groups["f"], match.Groups["s"]);
        // "412 cents a bushel" is written in a sub-unit of the currency: 4.12 USD/bu.
        var factor = tables.Scales.GetValueOrDefault(WhiteSpace(currencyForm), 1m);
        if (low is null)
            return null;
        string? perUnit = null;
        if (match.Groups["unit"].Success && !tables.Units.TryGetValue(WhiteSpace(match.Groups["unit"].Value), out perUnit))
            return null;
        decimal? high = null;
        if (match.Groups["n2"].Success)
        {
            // "$1-2 billion": the scale written once applies to both ends.
            var scale = match.Groups["s2"].Success ? match.Groups["s2"] : match.Groups["s"];
            high = Amount(match.Groups["n2"].Value, match.Groups["f2"], scale);
            if (!match.Groups["s"].Success && match.Groups["s2"].Success)
                low = Amount(match.Groups["n"].Value, match.Groups["f"], match.Groups["s2"]);
        }
        return low is null ? null : new MoneyValue(low.Value * factor, currency, perUnit) { RangeHigh = high * factor };
    }

    private static decimal? Amount(string number, Group fraction, Group scale)
    {
        var n = NumberParser.ParseNumber(number);
        // "-3/4" is a fraction of the number's last place: 7-1/4 is 7.25, 5.48-3/4 is 5.4875.
        if (n is not null && fraction.Success)
        {
            var point = number.IndexOf('.', StringComparison.Ordinal);
            var place = point < 0 ? 1m : 1m / Pow10(number.Length - point - 1);
            n += place * (fraction.Value[1] - '0') / (fraction.Value[3] - '0');
        }
        if (n is null || !scale.Success)
            return n;
        var s = NumberParser.ParseMultiplier(scale.Value);
        return s is null ? null : n * s;
    }

    private static decimal Pow10(int exponent)
    {
        var p = 1m;
        for (var i = 0; i < exponent; i++)
            p *= 10;
        return p;
    }

    private static string WhiteSpace(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A number as money writes it: <c>1,250.5</c>, <c>610</c>, and the South Asian grouping in lakhs and
    /// crores (<c>Rs 1,12,500</c>, <c>12,50,000</c>), tried first.</summary>
    internal const string NumberPattern = @"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?";

    /// <summary>The eighths, quarters and halves that grain and oilseed quotes append to a price (<c>$5.48-3/4 a
    /// bushel</c>, <c>up 7-1/4 cents</c>): a fraction of the last unit, not a range to 3.</summary>
    internal const string FractionPattern = @"-(?:1/2|[13]/4|[1357]/8)(?![0-9/])";

    /// <summary>A scale word after the number: <c>million</c>, <c>bn</c>, <c>m</c>.</summary>
    internal const string ScalePattern = @"(?:\s*(?:thousand|lakhs?|million|crores?|billion|trillion|mln|bn|mn|tn|trn)|(?:m|k|b))(?![A-Za-z])";

    private static Tables Build()
    {
        var currencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var scales = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new List<string>();
        var suffixes = new List<string>();
        var glued = new List<string>();
        foreach (var (form, value) in Lexicon.Load("currencies").Entries)
        {
            var parts = value.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            currencies[form] = parts[0];
            var position = parts.Length > 1 ? parts[1] : "both";
            if (position is "prefix" or "both")
                prefixes.Add(form);
            if (position is "suffix" or "both")
                suffixes.Add(form);
            if (position is "glued")
                glued.Add(form);
            if (parts.Length > 2)
                scales[form] = decimal.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        }
        var units = Lexicon.Load("units").Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);

        var pre = Alternation(prefixes);
        var suf = Alternation(suffixes);
        var unit = Alternation(units.Keys);
        var unitAnyCase = Lexicons.Alternation.Of(units.Keys, ignoreCase: true);
        var range = $@"(?:\s*(?:-|–|—|to|(?(b)and|(?!)))\s*(?<hi>(?:{pre})?\s?(?<n2>{NumberPattern})(?<f2>{FractionPattern})?(?<s2>{ScalePattern})?))?";
        // Units in any case ("/mmBtu", "/MMBtu", "per KG"); the lexicon lists each once.
        // "$12,500 apiece", "$52,000 each": a price of one piece, with no unit word after it; not an amount in millions
        // ("two plants will cost $5 million each"), which is a cost of each, not a price.
        // "R474 per 50-kg bag": the package's size before its unit; "paid R$1,910 for a 60-kg bag": the price of one.
        var perUnit = $@"(?:(?:\s*/\s*|\s+(?:per|a|an|each|for\s+an?)\s+(?:\d+(?:\.\d+)?[\s-]?(?i:kg|kilo|kilogram|lb|litre|liter)\s+)?)(?<unit>(?i:{unitAnyCase}))(?![A-Za-z])|(?(s)(?!)|\s+(?<unit>apiece|each)(?![A-Za-z])))?";
        // Form 1: currency before the number ($5, USD 610, US$3,400); form 2: after it (500 million yuan).
        var currencyFirst = $@"(?:(?<![A-Za-z0-9])(?<b>between\s+)?(?<pre>{pre})\s?(?<n>{NumberPattern})(?<f>{FractionPattern})?(?<s>{ScalePattern})?{range}(?:\s+(?:{suf}))?{perUnit})";
        // "thirty dollars": a number in words only before a currency word. A glued sub-unit ("398c/lb", "95p/therm") only
        // right before the slash of its unit: alone, "c" and "p" are no currency.
        var currencyAfter = $@"(?:(?<![A-Za-z0-9.,$€£¥])(?<b>between\s+)?(?<n>{NumberPattern}|{NumberParser.WordsPattern})(?<f>{FractionPattern})?(?<s>{ScalePattern})?{range}(?:(?:\s+|(?=¢))(?<suf>{suf})(?![A-Za-z])|(?<suf>{Alternation(glued)})(?=/)){perUnit})";
        var pattern = currencyFirst + "|" + currencyAfter;
        // Built from the lexicons at run time, so not source-generated. The money patterns are interpreted, not compiled:
        // compiled, each became one method too large for the JIT to optimize (90,000 and 171,000 bytes of IL, run
        // unoptimized), which matched the 64,753 sentences of the bench corpus in 1.5x (currency first) and 3.2x (both
        // forms) the interpreter's time. The small cue and unit patterns stay compiled.
        var options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        var compiled = options | RegexOptions.Compiled;
        return new Tables(
            new Regex(pattern, options),
            new Regex(currencyFirst, options),
            CurrencyAfterCue(suffixes, glued, compiled),
            new Regex($"^(?:{pattern})$", options),
            new Regex($@"\G\s*\)(?:\s*/\s*|\s+(?:per|a|an|each)\s+)(?<unit>{unit})(?![A-Za-z])", compiled),
            currencies.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            scales.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            units.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>What a currency written after its number needs: the last word of its form, after a word boundary (the
    /// form follows white space) unless the word starts with a sign (<c>¢</c>), and no letter after it. Literal words
    /// are searched for much faster than the forms, whose spaces match any white space; and the words alone faster
    /// still (a sentence without one, most of them, is read once by a vectorized search: 5x faster than the regex).</summary>
    private static (SearchValues<string> Words, Regex Cue) CurrencyAfterCue(IEnumerable<string> suffixes, IReadOnlyList<string> glued, RegexOptions options)
    {
        var last = suffixes.Select(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]).Distinct(StringComparer.Ordinal).ToList();
        var branches = new List<string>();
        if (last.Where(w => char.IsLetter(w[0])).ToList() is { Count: > 0 } words)
            branches.Add($@"\b(?:{Alternation(words)})");
        if (last.Where(w => !char.IsLetter(w[0])).ToList() is { Count: > 0 } signs)
            branches.Add($"(?:{Alternation(signs)})");
        // A glued sub-unit is searched for with its slash ("c/"): the letter alone is in every sentence.
        var cue = $@"(?:{string.Join('|', branches)})(?![A-Za-z])";
        if (glued.Count > 0)
            cue += $"|(?:{Alternation(glued)})/";
        return (SearchValues.Create([.. last, .. glued.Select(g => g + "/")], StringComparison.Ordinal), new Regex(cue, options));
    }

    private static string Alternation(IEnumerable<string> forms) => Lexicons.Alternation.Of(forms, ignoreCase: false);
}
