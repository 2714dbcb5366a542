using System.Text.RegularExpressions;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Lexicons;

namespace NewsExtract.Annotation.Normalization;

/// <summary>
/// "27.50 Egyptian pounds a kilogram, up from 9.75 pounds", "Norwegian salmon fell to 79.60 kroner per kg": a currency
/// written by its bare name ("pounds", "pesos", "kroner", "francs") that several currencies share. The currency
/// lexicon's qualified forms ("Egyptian pounds", "Mexican pesos", "CFA francs") say which ones; the document says which
/// it means: the qualified form written nearest before (else after) the amount, or, for a name that is no unit of
/// weight, the one currency whose qualifier the document writes ("Norwegian"). A bare name the document does not
/// resolve is left alone: "pounds" is also a weight.
/// </summary>
/// <remarks>Pure and thread-safe; <see cref="In"/> reads one document.</remarks>
public static class BareCurrencies
{
    private sealed record Qualified(string Form, string Qualifier, string Code);

    private static readonly Lazy<(Dictionary<string, List<Qualified>> ByName, Regex Mention)> Data = new(Build);

    /// <summary>The bare names <paramref name="text"/> resolves, with where each qualified form is written; null when it
    /// resolves none (most documents), so the caller skips the search.</summary>
    public static InDocument? In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Dictionary<string, List<(int At, string Code)>>? written = null;
        Dictionary<string, string>? byQualifier = null;
        foreach (var (name, forms) in Data.Value.ByName)
        {
            foreach (var form in forms)
            {
                for (var at = text.IndexOf(form.Form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form.Form, at + 1, StringComparison.Ordinal))
                {
                    written ??= [];
                    if (!written.TryGetValue(name, out var list))
                        written[name] = list = [];
                    list.Add((at, form.Code));
                }
            }
            if (written?.ContainsKey(name) == true || IsWeight(name))
                continue;
            // No qualified form: the one currency of this name whose qualifier the document writes as a word.
            var codes = forms.Where(f => WrittenAsWord(text, f.Qualifier)).Select(f => f.Code).Distinct().ToList();
            if (codes.Count == 1)
                (byQualifier ??= [])[name] = codes[0];
        }
        if (written is not null)
        {
            foreach (var list in written.Values)
                list.Sort((a, b) => a.At.CompareTo(b.At));
        }
        return written is null && byQualifier is null ? null : new InDocument(written ?? [], byQualifier ?? []);
    }

    /// <summary>The bare names one document resolves.</summary>
    public sealed class InDocument
    {
        private readonly Dictionary<string, List<(int At, string Code)>> _written;
        private readonly Dictionary<string, string> _byQualifier;

        internal InDocument(Dictionary<string, List<(int At, string Code)>> written, Dictionary<string, string> byQualifier) =>
            (_written, _byQualifier) = (written, byQualifier);

        /// <summary>Money written with a bare name in text[start..end): its span and value, with the per-unit written
        /// after it ("per kilogram").</summary>
        public IEnumerable<(int Start, int End, MoneyValue Value)> Mentions(string text, int start, int end)
        {
            ArgumentNullException.ThrowIfNull(text);
            // Matched on the range in place: a copy of the text up to each sentence made a long document quadratic.
            for (var m = Data.Value.Mention.Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                var name = m.Groups["name"].Value;
                if (Code(name, m.Index) is not { } code)
                    continue;
                var qualified = Data.Value.ByName[name].First(f => f.Code == code).Form;
                // The longest reading that parses: with the per-unit words after the name, then without.
                var amount = text[m.Index..m.Groups["name"].Index];
                var unitWords = m.Groups["unit"].Success ? m.Groups["unit"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                for (var words = unitWords.Length; words >= 0; words--)
                {
                    var unit = words == 0 ? "" : m.Groups["per"].Value + string.Join(' ', unitWords[..words]);
                    if (MoneyNormalizer.Parse(amount + qualified + unit) is { RangeHigh: null } value)
                    {
                        var mentionEnd = words == 0 ? m.Groups["name"].Index + name.Length
                            : m.Groups["unit"].Index + string.Join(' ', unitWords[..words]).Length;
                        yield return (m.Index, mentionEnd, value);
                        break;
                    }
                }
            }
        }

        private string? Code(string name, int at)
        {
            if (_written.TryGetValue(name, out var forms))
            {
                // The qualified form written nearest before the amount, else the first after it.
                var code = forms[0].Code;
                foreach (var (formAt, formCode) in forms)
                {
                    if (formAt < at)
                        code = formCode;
                }
                return code;
            }
            return _byQualifier.GetValueOrDefault(name);
        }
    }

    private static bool IsWeight(string name) => name is "pounds" or "pound";

    private static bool WrittenAsWord(string text, string word) => Chars.WholeWordsAt(text, word).Any();

    private static (Dictionary<string, List<Qualified>>, Regex) Build()
    {
        var entries = Lexicon.Load("currencies").Entries.ToList();
        var forms = entries.Select(e => e.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, List<Qualified>>(StringComparer.Ordinal);
        foreach (var (form, value) in entries)
        {
            var parts = value.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var space = form.LastIndexOf(' ');
            // A name of its own in the lexicon ("rand", "won", "dollars") is read as it is; scaled sub-units are not names.
            if (space < 0 || parts.Length > 2 || parts.Length > 1 && parts[1] == "prefix" || forms.Contains(form[(space + 1)..]))
                continue;
            var name = form[(space + 1)..];
            if (!byName.TryGetValue(name, out var list))
                byName[name] = list = [];
            list.Add(new Qualified(form, form[..space], parts[0]));
        }
        var names = Alternation.Of(byName.Keys, ignoreCase: false);
        // A number, then the bare name, not "pounds of copper" (a weight), then the per-unit words a price may have.
        var mention = new Regex(
            $@"(?<![\p{{L}}\p{{N}}.,$€£¥])(?:{MoneyNormalizer.NumberPattern})(?:{MoneyNormalizer.ScalePattern})?\s+(?<name>{names})(?![\p{{L}}])(?!\s+of\b)(?:(?<per>\s*/\s*|\s+(?:per|a|an|each)\s+)(?<unit>\p{{L}}+(?:\s\p{{L}}+){{0,3}}))?",
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        return (byName, mention);
    }
}
