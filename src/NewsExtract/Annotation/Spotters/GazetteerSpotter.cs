using System.Collections.Frozen;
using NewsExtract.Annotation.Gazetteers;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Annotation.Spotters;

/// <summary>Spots ELEMENT and GPE mentions from the embedded lexicons.</summary>
/// <remarks>
/// <para>ELEMENT: names case-insensitively, also inside hyphenated words (<c>neodymium-praseodymium</c> gives two);
/// names that are ordinary words (<c>lead</c>, <c>iron</c>) only next to another element or before an element
/// word (<c>ore</c>, <c>prices</c>...). Symbols case-exact, as a whole token, only in an element context: in
/// parentheses after a name (<c>dysprosium (Dy)</c>), in a list with other elements (<c>Dy, Tb and Y</c>),
/// before an element word (<c>Nd oxide</c>), or glued (<c>NdPr</c>). Symbols that are also words, pronouns or
/// surnames (<c>In</c>, <c>He</c>, <c>Li</c>, <c>No</c>) need the parentheses or a list with other symbols.</para>
/// <para>GPE: longest match, case-sensitive (see <see cref="GeoGazetteer"/>), never inside a demonym
/// (<c>South Korean</c>). Capitals that can stand for a government (<c>Beijing</c>, <c>Washington</c>)
/// normalize to the country unless used as a place: after <c>in</c>/<c>at</c>/<c>near</c>/<c>visit</c>..., after
/// <c>to</c>/<c>from</c> in a sentence about a meeting or visit, before a hyphen (<c>Beijing-based</c>)
/// before a meeting word (<c>the London talks</c>) or before another capitalized word.</para>
/// Offsets point into <see cref="Document.Text"/>; Source is <c>gazetteer</c>. Immutable and thread-safe.
/// </remarks>
public sealed class GazetteerSpotter : IEntitySpotter
{
    public const string SourceName = "gazetteer";

    private static readonly FrozenSet<string> ElementWords = FrozenSet.ToFrozenSet(
    [
        "oxide", "oxides", "metal", "metals", "price", "prices", "content", "alloy", "alloys", "concentrate", "concentrates",
        "ore", "ores", "magnet", "magnets", "compounds", "carbonate", "hydroxide", "powder", "ingot", "ingots", "output",
        "production", "exports", "imports", "mine", "mines", "mining", "smelter", "smelters", "smelting", "refining",
        "reserves", "deposits", "futures", "acid", "battery", "batteries", "market", "supply", "supplies", "isotope", "isotopes",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ListSeparators = FrozenSet.ToFrozenSet([",", "/", "-", "and", "or", "&", ";", "+"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
    [
        "in", "at", "near", "outside", "inside", "into", "via", "around", "across", "throughout", "visit", "visits", "visited",
        "visiting", "arrived", "landed", "toured", "based", "headquartered",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MeetingWords = FrozenSet.ToFrozenSet(
    [
        "talks", "meeting", "meetings", "meet", "met", "meets", "visit", "visits", "visited", "trip", "travel", "travels",
        "traveled", "travelled", "flew", "fly", "summit", "delegation", "delegations", "arrived", "hosted", "host", "negotiations",
        "returned", "headed", "roundtable", "conference", "forum",
    ], StringComparer.OrdinalIgnoreCase);

    private readonly ElementGazetteer _elements;
    private readonly GeoGazetteer _geo;

    public GazetteerSpotter() : this(ElementGazetteer.Default, GeoGazetteer.Default)
    {
    }

    public GazetteerSpotter(ElementGazetteer elements, GeoGazetteer geo)
    {
        _elements = elements;
        _geo = geo;
    }

    /// <summary>A span of text the matcher works on: a token, or a part of a hyphenated token.</summary>
    private readonly record struct Unit(string Text, int Start, int End);

    /// <inheritdoc />
    public IEnumerable<Entity> Spot(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<Entity>();
        // One set of buffers a document, not a set a sentence: every sentence is read, and most name no element.
        var units = new List<Unit>();
        var marks = new ElementMarks();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Units(sentence.Tokens, units);
            SpotPlaces(document.Text, units, found);
            SpotElements(units, marks, found);
        }
        return found.OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
    }

    /// <summary>Fills <paramref name="units"/> with the units of a sentence's tokens.</summary>
    private static void Units(IReadOnlyList<Token> tokens, List<Unit> units)
    {
        units.Clear();
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word || t.Text.Length < 3 || !Chars.Any(t.Text, Tokenizer.IsHyphen))
            {
                units.Add(new Unit(t.Text, t.Start, t.End));
                continue;
            }
            var partStart = 0;
            for (var k = 0; k <= t.Text.Length; k++)
            {
                if (k < t.Text.Length && !Tokenizer.IsHyphen(t.Text[k]))
                    continue;
                if (k > partStart)
                    units.Add(new Unit(t.Text[partStart..k], t.Start + partStart, t.Start + k));
                if (k < t.Text.Length)
                    units.Add(new Unit(t.Text[k..(k + 1)], t.Start + k, t.Start + k + 1));
                partStart = k + 1;
            }
        }
    }

    /// <summary>What <see cref="SpotElements"/> marks on a sentence's units, kept for the next sentence of the document.</summary>
    private sealed class ElementMarks
    {
        public ChemicalElement?[] Names { get; private set; } = [];
        public ChemicalElement?[] Symbols { get; private set; } = [];
        public bool[] Accepted { get; private set; } = [];

        /// <summary>Clears the marks of the first <paramref name="count"/> units, growing the arrays when needed.</summary>
        public void Reset(int count)
        {
            if (Names.Length < count)
            {
                var size = Math.Max(count, 2 * Names.Length);
                (Names, Symbols, Accepted) = (new ChemicalElement?[size], new ChemicalElement?[size], new bool[size]);
                return;
            }
            Array.Clear(Names, 0, count);
            Array.Clear(Symbols, 0, count);
            Array.Clear(Accepted, 0, count);
        }
    }

    // The units as written, one space where the text had any: made in one allocation (a builder took three), since
    // every capitalized word of an article is looked up this way.
    private static string Join(List<Unit> units, int first, int count)
    {
        if (count == 1)
            return units[first].Text;
        var length = units[first].Text.Length;
        for (var k = first + 1; k < first + count; k++)
            length += units[k].Text.Length + (units[k].Start > units[k - 1].End ? 1 : 0);
        return string.Create(length, (units, first, count), static (span, state) =>
        {
            var (all, from, n) = state;
            var at = 0;
            for (var k = from; k < from + n; k++)
            {
                if (k > from && all[k].Start > all[k - 1].End)
                    span[at++] = ' ';
                all[k].Text.CopyTo(span[at..]);
                at += all[k].Text.Length;
            }
        });
    }

    private void SpotPlaces(string text, List<Unit> units, List<Entity> found)
    {
        var i = 0;
        while (i < units.Count)
        {
            if (!char.IsLetter(units[i].Text[0]) || !char.IsUpper(units[i].Text[0]) && !char.IsLower(units[i].Text[0]))
            {
                i++;
                continue;
            }
            var matched = 0;
            GeoPlace? place = null;
            // Longest match first, but only over spans some form begins with: most words begin none.
            var maxCount = Math.Min(_geo.MaxWords * 3, units.Count - i);
            var reach = 0;
            while (reach < maxCount && _geo.MayBeginForm(Join(units, i, reach + 1)))
                reach++;
            for (var n = reach; n >= 1 && matched == 0; n--)
            {
                var written = Join(units, i, n);
                if (_geo.TryGetDemonym(written, out _))
                    matched = -n;
                else if (_geo.TryGetPlace(written, out var p))
                {
                    matched = n;
                    place = p;
                }
            }
            if (matched < 0)
            {
                i += -matched;
                continue;
            }
            if (matched == 0 || place is null)
            {
                i++;
                continue;
            }
            var start = units[i].Start;
            var end = units[i + matched - 1].End;
            var normalized = place.GovernmentOf is { } government && !UsedAsPlace(units, i, i + matched)
                ? government
                : place.Canonical;
            found.Add(new Entity(EntityLabel.GPE, text[start..end], start, end, normalized, SourceName));
            i += matched;
        }
    }

    // People and firms of a city's market, written after its name: "a Tokyo trader", "Seoul dealers".
    private static readonly FrozenSet<string> MarketPeople = FrozenSet.ToFrozenSet(
    [
        "trader", "traders", "dealer", "dealers", "broker", "brokers", "analyst", "analysts", "buyer", "buyers", "importer",
        "importers", "exporter", "exporters", "merchant", "merchants", "wholesaler", "wholesalers", "retailer", "retailers",
        "consultancy", "consultant", "consultants", "fund", "funds", "investor", "investors", "bank", "banks", "lawyer", "lawyers",
    ], StringComparer.OrdinalIgnoreCase);

    private static bool UsedAsPlace(List<Unit> units, int first, int afterLast)
    {
        var previous = first > 0 ? units[first - 1].Text : "";
        if (PlacePrepositions.Contains(previous))
            return true;
        // "bound for Amman", "destined for Riyadh": where goods go.
        if (previous is "for" && first > 1 && units[first - 2].Text is "bound" or "destined" or "headed")
            return true;
        // "importers in Dubai and Riyadh", "in Lima, Quito or Bogota": the preposition before the list places its last
        // member too (not "In March, Beijing extended", where a comma ends a phrase).
        if (previous is "and" or "or")
        {
            for (var j = first - 2; j >= 0 && j >= first - 12; j--)
            {
                var t = units[j].Text;
                if (PlacePrepositions.Contains(t))
                    return true;
                if (!(t is "," or "and" or "or" || char.IsUpper(t[0])))
                    break;
            }
        }
        if (previous is "to" or "from" or "To" or "From" && units.Any(u => MeetingWords.Contains(u.Text)))
            return true;
        if (afterLast < units.Count)
        {
            var next = units[afterLast];
            if (MeetingWords.Contains(next.Text) || MarketPeople.Contains(next.Text))
                return true; // the Geneva talks, a Tokyo trader
            if (next.Start == units[afterLast - 1].End && next.Text.Length == 1 && Tokenizer.IsHyphen(next.Text[0]))
                return true; // Beijing-based
            if (char.IsUpper(next.Text[0]) && char.IsLetter(next.Text[0]) && Chars.Any(next.Text.AsSpan(1), char.IsLower))
                return true; // London Metal Exchange, Beijing Capital Airport
        }
        return false;
    }

    private void SpotElements(List<Unit> units, ElementMarks marks, List<Entity> found)
    {
        // First pass: which units are names or symbols at all; second pass: context rules.
        marks.Reset(units.Count);
        var (names, symbols, accepted) = (marks.Names, marks.Symbols, marks.Accepted);
        for (var k = 0; k < units.Count; k++)
        {
            var t = units[k].Text;
            if (t.Length >= 3 && _elements.TryGetByName(t, out var byName))
                names[k] = byName;
            else if (t.Length <= 2 && _elements.TryGetBySymbol(t, out var bySymbol))
                symbols[k] = bySymbol;
        }

        // Symbols that are also words are accepted next to accepted symbols, so "Tb, Ho and Y" grows to a fixpoint.
        for (var changed = true; changed;)
        {
            changed = false;
            for (var k = 0; k < units.Count; k++)
            {
                if (accepted[k] || symbols[k] is not { } symbol)
                    continue;
                var parenthesized = k >= 2 && units[k - 1].Text == "(" && k + 1 < units.Count && units[k + 1].Text == ")" && names[k - 2] is not null;
                accepted[k] = parenthesized || IsotopeAfter(units, k, symbol)
                    || (symbol.SymbolIsWord
                        ? HasListNeighbour(units, names, symbols, accepted, k, symbolsOnly: true)
                        : HasListNeighbour(units, names, symbols, accepted, k, symbolsOnly: false) || NextIsElementWord(units, k));
                changed |= accepted[k];
            }
        }

        for (var k = 0; k < units.Count; k++)
        {
            var u = units[k];
            if (names[k] is { } name)
            {
                if (!name.NameNeedsContext || NextIsElementWord(units, k) || IsotopeAfter(units, k, name) || HasListNeighbour(units, names, symbols, accepted, k, symbolsOnly: false))
                    found.Add(new Entity(EntityLabel.ELEMENT, u.Text, u.Start, u.End, name.Name, SourceName));
            }
            else if (symbols[k] is { } symbol)
            {
                if (accepted[k])
                    found.Add(new Entity(EntityLabel.ELEMENT, u.Text, u.Start, u.End, symbol.Name, SourceName));
            }
            else if (u.Text.Length is 4 or 6)
            {
                SpotGluedSymbols(u, found);
            }
        }
    }

    // NdPr, TbDy: two or three glued two-letter symbols, at least one of them not an ordinary word.
    private void SpotGluedSymbols(Unit u, List<Entity> found)
    {
        // The shape first, with nothing allocated: most words of four or six letters are not capital-small pairs.
        for (var p = 0; p < u.Text.Length; p += 2)
        {
            if (!char.IsAsciiLetterUpper(u.Text[p]) || !char.IsAsciiLetterLower(u.Text[p + 1]))
                return;
        }
        var parts = new List<ChemicalElement>();
        for (var p = 0; p < u.Text.Length; p += 2)
        {
            if (!char.IsAsciiLetterUpper(u.Text[p]) || !char.IsAsciiLetterLower(u.Text[p + 1]) || !_elements.TryGetBySymbol(u.Text.Substring(p, 2), out var e))
                return;
            parts.Add(e);
        }
        if (parts.All(e => e.SymbolIsWord))
            return;
        for (var p = 0; p < parts.Count; p++)
            found.Add(new Entity(EntityLabel.ELEMENT, u.Text.Substring(p * 2, 2), u.Start + (p * 2), u.Start + (p * 2) + 2, parts[p].Name, SourceName));
    }

    /// <summary>"Mo-99", "Tc-99m", "cobalt-60": a mass number the element can have, glued to it by a hyphen, names an
    /// isotope of it.</summary>
    private static bool IsotopeAfter(List<Unit> units, int k, ChemicalElement element) =>
        k + 2 < units.Count && units[k + 1].Start == units[k].End && units[k + 1].Text.Length == 1 && Tokenizer.IsHyphen(units[k + 1].Text[0])
        && units[k + 2].Start == units[k + 1].End && MassNumber(units[k + 2].Text) is { } mass && element.CanHaveMass(mass);

    private static int? MassNumber(string t)
    {
        var digits = t.EndsWith('m') ? t.AsSpan(0, t.Length - 1) : t.AsSpan();
        return digits.Length is >= 1 and <= 3 && Chars.All(digits, char.IsAsciiDigit) ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static bool NextIsElementWord(List<Unit> units, int k) =>
        k + 1 < units.Count && ElementWords.Contains(units[k + 1].Text)
        || (k + 2 < units.Count && units[k + 1].Text == "-" && ElementWords.Contains(units[k + 2].Text));

    /// <summary>True when an element sits next to unit <paramref name="k"/> across one list separator
    /// (<c>Dy, Tb</c>; <c>Nd-Pr</c>; <c>lead and zinc</c>), or directly for glued hyphen parts.</summary>
    private static bool HasListNeighbour(List<Unit> units, ChemicalElement?[] names, ChemicalElement?[] symbols, bool[] accepted, int k, bool symbolsOnly)
    {
        bool IsElement(int j) =>
            j >= 0 && j < units.Count
            && (symbols[j] is { } s && (!symbolsOnly || !s.SymbolIsWord || accepted[j]) || (!symbolsOnly && names[j] is { NameNeedsContext: false }));

        foreach (var direction in (int[])[-1, 1])
        {
            var sep = k + direction;
            if (sep < 0 || sep >= units.Count || !ListSeparators.Contains(units[sep].Text))
                continue;
            if (IsElement(sep + direction))
                return true;
            // "Dy, Tb, and Y": a comma before the conjunction.
            var sep2 = sep + direction;
            if (sep2 >= 0 && sep2 < units.Count && ListSeparators.Contains(units[sep2].Text) && IsElement(sep2 + direction))
                return true;
        }
        return false;
    }
}
