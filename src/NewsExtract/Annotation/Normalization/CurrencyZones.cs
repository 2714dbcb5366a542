using NewsExtract.Annotation.Tokenization;
using NewsExtract.Lexicons;

namespace NewsExtract.Annotation.Normalization;

/// <summary>
/// "5,200 CFA francs a kilogram", "Rs 4,100 a maund": a currency name several states share. The currency lexicon reads
/// "CFA francs" as the West African franc (XOF) and "rupees" or "Rs" as the Indian rupee (INR); the places the document
/// names say which zone it means (lexicon <c>currency_zones</c>): the zone of the place written nearest before the
/// amount, else of the first after it. A mention that names its zone ("Pakistani rupees") keeps the lexicon's reading,
/// and a document that names no place of another zone changes nothing.
/// </summary>
/// <remarks>Pure and thread-safe; <see cref="In"/> reads one document.</remarks>
public static class CurrencyZones
{
    /// <summary>One shared name: the forms a bare mention writes, the places of its zones with their codes, and the code
    /// the currency lexicon reads it as.</summary>
    internal sealed record SharedName(string[] Forms, (string Place, string Code)[] Places, string Read);

    private static readonly Lazy<SharedName[]> Names = new(Build);

    /// <summary>Where <paramref name="text"/> names a place of each shared name's zones, in order; null when, for every
    /// shared name it writes, it names no place outside the lexicon's reading (most documents), so the caller changes
    /// nothing.</summary>
    public static InDocument? In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<(SharedName Name, List<(int At, string Code)> Places)>? zones = null;
        foreach (var name in Names.Value)
        {
            if (!Array.Exists(name.Forms, f => text.Contains(f, StringComparison.Ordinal)))
                continue;
            var found = new List<(int At, string Code)>();
            foreach (var (place, code) in name.Places)
            {
                foreach (var at in Chars.WholeWordsAt(text, place))
                    found.Add((at, code));
                // A dateline writes its city in capitals: "KARACHI, April 14 -".
                foreach (var at in Chars.WholeWordsAt(text, place.ToUpperInvariant()))
                    found.Add((at, code));
            }
            // The lexicon's own reading needs no change.
            if (!found.Exists(f => f.Code != name.Read))
                continue;
            found.Sort((a, b) => a.At.CompareTo(b.At));
            (zones ??= []).Add((name, found));
        }
        return zones is null ? null : new InDocument(zones);
    }

    /// <summary>The zone places of one document.</summary>
    public sealed class InDocument
    {
        private readonly List<(SharedName Name, List<(int At, string Code)> Places)> _zones;

        internal InDocument(List<(SharedName Name, List<(int At, string Code)> Places)> zones) => _zones = zones;

        /// <summary><paramref name="money"/> in the currency of the zone named nearest before <paramref name="at"/> (else
        /// first after) when its mention writes a shared name without its zone; else <paramref name="money"/> as it is.</summary>
        public MoneyValue Resolve(MoneyValue money, string mention, int at)
        {
            ArgumentNullException.ThrowIfNull(money);
            ArgumentNullException.ThrowIfNull(mention);
            foreach (var (name, places) in _zones)
            {
                if (!Array.Exists(name.Forms, f => mention.Contains(f, StringComparison.Ordinal))
                    || Array.Exists(name.Places, p => mention.Contains(p.Place, StringComparison.Ordinal))
                    || !Array.Exists(name.Places, p => p.Code == money.Currency))
                    continue;
                var code = places[0].Code;
                foreach (var (placeAt, placeCode) in places)
                {
                    if (placeAt < at)
                        code = placeCode;
                }
                return money with { Currency = code };
            }
            return money;
        }
    }

    private static SharedName[] Build()
    {
        // Value: "CFA XAF XOF", "rupee|Rupee|Rs PKR INR"; entries of one name share its forms and its reading.
        var byForms = new Dictionary<string, (List<(string Place, string Code)> Places, string Read)>(StringComparer.Ordinal);
        foreach (var (place, value) in Lexicon.Load("currency_zones").Entries)
        {
            var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!byForms.TryGetValue(parts[0], out var zone))
                byForms[parts[0]] = zone = ([], parts[2]);
            zone.Places.Add((place, parts[1]));
        }
        return [.. byForms.Select(kv => new SharedName(kv.Key.Split('|'), [.. kv.Value.Places], kv.Value.Read))];
    }
}
