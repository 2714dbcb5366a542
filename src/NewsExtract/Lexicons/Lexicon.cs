using System.Collections.Frozen;
using System.Reflection;

namespace NewsExtract.Lexicons;

/// <summary>A closed word list embedded in the library as <c>Lexicons/&lt;name&gt;.txt</c>.</summary>
/// <remarks>
/// File format: one entry a line; blank lines and lines starting with <c>#</c> are ignored;
/// an optional tab separates the entry from its value (a canonical name, a category...). In a lexicon of stems, an entry
/// <c>!word</c> names a false friend, a word a stem starts that is no match (see <c>Patterns.StemAlternation</c>).
/// Keys compare case-insensitively. Immutable and thread-safe once loaded.
/// </remarks>
public sealed class Lexicon
{
    private readonly FrozenDictionary<string, string> _entries;
    private readonly Lazy<(string LowerKey, string Value)[]> _longestFirst;

    private Lexicon(string name, FrozenDictionary<string, string> entries)
    {
        Name = name;
        _entries = entries;
        _longestFirst = new(() => [.. entries.OrderByDescending(e => e.Key.Length).Select(e => (e.Key.ToLowerInvariant(), e.Value))]);
    }

    public string Name { get; }

    public int Count => _entries.Count;

    public IEnumerable<string> Keys => _entries.Keys;

    public IEnumerable<KeyValuePair<string, string>> Entries => _entries;

    public bool Contains(string key) => _entries.ContainsKey(key);

    /// <summary>The entries with their keys lower-cased, longest key first (in <see cref="Entries"/> order among keys of one
    /// length): for finding the longest key a text starts with, without lower-casing every key each time.</summary>
    internal IReadOnlyList<(string LowerKey, string Value)> LongestFirst => _longestFirst.Value;

    /// <summary>The value after the tab, or the key itself when the line had no value.</summary>
    public bool TryGetValue(string key, out string value) => _entries.TryGetValue(key, out value!);

    public static Lexicon Load(string name)
    {
        var resource = $"NewsExtract.Lexicons.{name}.txt";
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Lexicon '{name}' is not embedded (looked for resource {resource}).");
        using var reader = new StreamReader(stream);
        return Parse(name, reader);
    }

    public static Lexicon Parse(string name, TextReader reader)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                continue;
            var tab = trimmed.IndexOf('\t');
            var key = tab < 0 ? trimmed : trimmed[..tab].Trim();
            var value = tab < 0 ? key : trimmed[(tab + 1)..].Trim();
            map.TryAdd(key, value);
        }
        return new Lexicon(name, map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}
