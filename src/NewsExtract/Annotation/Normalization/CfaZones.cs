using NewsExtract.Annotation.Tokenization;
using NewsExtract.Lexicons;

namespace NewsExtract.Annotation.Normalization;

/// <summary>
/// "5,200 CFA francs a kilogram": two currencies share the name, the West African franc (XOF) and the Central African
/// franc (XAF). The currency lexicon reads the name as XOF; the places the document names say which zone it means
/// (lexicon <c>cfa_zones</c>): the zone of the place written nearest before the amount, else of the first after it.
/// A document that names no place of the Central African zone keeps XOF.
/// </summary>
/// <remarks>Pure and thread-safe; <see cref="In"/> reads one document.</remarks>
public static class CfaZones
{
    private static readonly Lazy<(string Place, string Code)[]> Places = new(() =>
        [.. Lexicon.Load("cfa_zones").Entries.Select(e => (e.Key, e.Value.Trim()))]);

    /// <summary>Where <paramref name="text"/> names a place of either zone, in order; null when it writes no "CFA" or
    /// names no place of the Central African zone (most documents), so the caller changes nothing.</summary>
    public static InDocument? In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("CFA", StringComparison.Ordinal))
            return null;
        var found = new List<(int At, string Code)>();
        foreach (var (place, code) in Places.Value)
        {
            foreach (var at in Chars.WholeWordsAt(text, place))
                found.Add((at, code));
        }
        if (!found.Exists(f => f.Code == "XAF"))
            return null;
        found.Sort((a, b) => a.At.CompareTo(b.At));
        return new InDocument(found);
    }

    /// <summary>The zone places of one document.</summary>
    public sealed class InDocument
    {
        private readonly List<(int At, string Code)> _places;

        internal InDocument(List<(int At, string Code)> places) => _places = places;

        /// <summary><paramref name="money"/> in the currency of the zone named nearest before <paramref name="at"/> (else
        /// first after) when its mention writes "CFA" without the zone; else <paramref name="money"/> as it is.</summary>
        public MoneyValue Resolve(MoneyValue money, string mention, int at)
        {
            ArgumentNullException.ThrowIfNull(money);
            ArgumentNullException.ThrowIfNull(mention);
            if (money.Currency != "XOF" || !mention.Contains("CFA", StringComparison.Ordinal) || mention.Contains("West African", StringComparison.Ordinal))
                return money;
            var code = _places[0].Code;
            foreach (var (placeAt, placeCode) in _places)
            {
                if (placeAt < at)
                    code = placeCode;
            }
            return money with { Currency = code };
        }
    }
}
