using NewsExtract.Lexicons;

namespace NewsExtract.Ingestion;

/// <summary>Reads class and id names as evidence for or against an element being the article body.</summary>
/// <remarks>Words come from the embedded <c>html_hints</c> lexicon. Immutable and thread-safe.</remarks>
internal sealed class ClassHints
{
    private readonly (string Word, HintKind Kind)[] _words;

    public ClassHints(Lexicon lexicon)
    {
        _words = lexicon.Entries
            .Select(e => (Word: e.Key.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal),
                          Kind: Enum.Parse<HintKind>(e.Value, ignoreCase: true)))
            .ToArray();
    }

    /// <summary>The names in a class or id attribute, lower-cased.</summary>
    public static string[] Names(string? names) =>
        string.IsNullOrWhiteSpace(names)
            ? []
            : names.ToLowerInvariant().Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What one lower-cased name says.</summary>
    public HintMatch MatchName(string name)
    {
        bool positive = false, negative = false, strong = false;
        var joined = name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        var parts = name.Split(['-', '_', ':', '.'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var (word, kind) in _words)
        {
            if (!Matches(word, joined, parts))
                continue;
            switch (kind)
            {
                case HintKind.Positive: positive = true; break;
                case HintKind.Negative: negative = true; break;
                default: strong = true; break;
            }
        }
        return new HintMatch(positive, negative, strong);
    }

    private static bool Matches(string word, string joined, string[] parts)
    {
        foreach (var part in parts)
        {
            if (part == word || part == word + "s" || (word.Length >= 4 && part.StartsWith(word, StringComparison.Ordinal)))
                return true;
        }
        return word.Length >= 6 && joined.Contains(word, StringComparison.Ordinal);
    }
}

internal enum HintKind { Positive, Negative, Strong }

/// <summary>The hints found on one element.</summary>
internal readonly record struct HintMatch(bool Positive, bool Negative, bool Strong)
{
    /// <summary>Furniture to remove: a strong negative, or a negative with nothing positive.</summary>
    public bool IsFurniture => Strong || (Negative && !Positive);

    public int Weight => (Positive ? 25 : 0) - (Negative || Strong ? 25 : 0);

    public HintMatch Or(HintMatch other) => new(Positive || other.Positive, Negative || other.Negative, Strong || other.Strong);
}
