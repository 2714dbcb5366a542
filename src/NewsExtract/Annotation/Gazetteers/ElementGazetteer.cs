using System.Collections.Frozen;
using NewsExtract.Lexicons;

namespace NewsExtract.Annotation.Gazetteers;

/// <summary>A chemical element: canonical lower-case name (<c>dysprosium</c>) and symbol (<c>Dy</c>).</summary>
/// <param name="NameNeedsContext">The name is also an ordinary word (<c>lead</c>, <c>iron</c>, <c>tin</c>).</param>
/// <param name="SymbolIsWord">The symbol is also an ordinary word, pronoun, surname or abbreviation (<c>In</c>, <c>He</c>, <c>Li</c>).</param>
public sealed record ChemicalElement(string Name, string Symbol, bool NameNeedsContext, bool SymbolIsWord, int Number = 0)
{
    /// <summary>Whether <paramref name="mass"/> can be the mass number of an isotope of this element met in trade
    /// ("Mo-99", "U-235"): between twice the atomic number and 2.6 times it plus four; "S-30" sugar, "U-100" insulin
    /// and the "F-35" are no isotopes.</summary>
    public bool CanHaveMass(int mass) => Number > 0 && mass >= 2 * Number && mass * 5 <= 13 * Number + 20;
}

/// <summary>The 118 elements from the embedded <c>elements.txt</c>: names (with British spellings) and symbols.
/// Immutable and thread-safe.</summary>
public sealed class ElementGazetteer
{
    private readonly FrozenDictionary<string, ChemicalElement> _byName;
    private readonly FrozenDictionary<string, ChemicalElement> _bySymbol;

    private ElementGazetteer(FrozenDictionary<string, ChemicalElement> byName, FrozenDictionary<string, ChemicalElement> bySymbol)
    {
        _byName = byName;
        _bySymbol = bySymbol;
    }

    public static ElementGazetteer Default => LazyDefault.Value;

    private static readonly Lazy<ElementGazetteer> LazyDefault = new(() => From(Lexicon.Load("elements")));

    /// <summary>All elements, one each.</summary>
    public IEnumerable<ChemicalElement> Elements => _bySymbol.Values;

    /// <summary>An element by a written name, case-insensitive: <c>Dysprosium</c>, <c>aluminium</c>.</summary>
    public bool TryGetByName(string name, out ChemicalElement element) => _byName.TryGetValue(name, out element!);

    /// <summary>An element by its symbol, case-exact: <c>Dy</c> (not <c>DY</c> or <c>dy</c>).</summary>
    public bool TryGetBySymbol(string symbol, out ChemicalElement element) => _bySymbol.TryGetValue(symbol, out element!);

    /// <summary>Builds the gazetteer from a lexicon in the <c>elements.txt</c> format.</summary>
    public static ElementGazetteer From(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var rows = lexicon.Entries
            .Select(e => (Key: e.Key, Parts: e.Value.Split('\t', StringSplitOptions.TrimEntries)))
            .Where(r => r.Parts.Length >= 2)
            .ToList();
        var symbolRows = rows.Where(r => r.Key == r.Parts[1]).ToDictionary(r => r.Parts[1], StringComparer.Ordinal);
        var nameRows = rows.Where(r => r.Key != r.Parts[1]).ToList();
        var contextNames = nameRows.Where(r => r.Parts.Contains("context")).Select(r => r.Parts[0]).ToHashSet(StringComparer.Ordinal);
        var elements = symbolRows.Values.ToDictionary(
            r => r.Parts[1],
            r => new ChemicalElement(r.Parts[0], r.Parts[1], contextNames.Contains(r.Parts[0]), r.Parts.Contains("word"), AtomicNumber(r.Parts)),
            StringComparer.Ordinal);
        var byName = nameRows
            .Where(r => elements.ContainsKey(r.Parts[1]))
            // A name row may keep its own spelling as the canonical name (aluminium), so the element carries the row's.
            .ToDictionary(r => r.Key, r => elements[r.Parts[1]] with { Name = r.Parts[0] }, StringComparer.OrdinalIgnoreCase);
        return new ElementGazetteer(byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), elements.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static int AtomicNumber(string[] parts)
    {
        foreach (var p in parts)
        {
            if (p.Length > 1 && p[0] == 'z' && int.TryParse(p.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                return n;
        }
        return 0;
    }
}
