using System.Text;
using NewsExtract.Extraction;

namespace NewsExtract.Scoring;

/// <summary>How one field of one fact type is compared (FACT_SCHEMA.md section 5).</summary>
public enum FieldRule
{
    /// <summary>Names and labels: lower-cased, punctuation, a leading "the" and a plural "s" removed, then equal.</summary>
    Name,

    /// <summary>Codes (units, ISO dates, modality): trimmed and case-insensitive, otherwise exact.</summary>
    Code,

    /// <summary>Numbers: within 1% of the gold value; both blank also matches.</summary>
    Number,

    /// <summary>A person: as <see cref="Name"/>, or the same last name when neither side reads as an organization.</summary>
    Person,

    /// <summary>Free text (a title, a quote, what a statistic measures): token-set F1 of at least 0.5.</summary>
    FreeText,

    /// <summary>The object of an export control: an element compares as a name, an item class as free text.</summary>
    ControlledItem,
}

/// <summary>The field comparisons of scoring. Pure and thread-safe.</summary>
public static class FieldMatcher
{
    public const double NumberTolerance = 0.01;
    public const double FreeTextThreshold = 0.5;

    // Words that make a name an organization, so that "Ministry of Commerce" and "Department of Commerce"
    // do not match on a shared "last name". Compared after normalization (plural "s" removed).
    private static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "of", "for", "and", "ministry", "department", "commission", "council", "committee", "office", "agency",
        "bureau", "administration", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "group", "media",
        "new", "time", "association", "chamber", "university", "institute", "exchange", "bank", "fund",
        "government", "house", "parliament", "congress", "senate", "court", "material", "industrie", "holding",
    };

    public static FieldRule RuleFor(string factType, FactField field) => (factType, field) switch
    {
        (_, FactField.Amount) => FieldRule.Number,
        (_, FactField.Unit or FactField.Date or FactField.Modality) => FieldRule.Code,
        (FactTypes.OfficialRole or FactTypes.Quote, FactField.Subject) => FieldRule.Person,
        (FactTypes.OfficialRole or FactTypes.Quote, FactField.Object) => FieldRule.FreeText,
        (FactTypes.ExportControl, FactField.Object) => FieldRule.ControlledItem,
        (FactTypes.Statistic, FactField.Relation) => FieldRule.FreeText,
        _ => FieldRule.Name,
    };

    /// <summary>How well the predicted field matches the gold one: 0 for no match, otherwise in (0, 1], 1 for equal.</summary>
    public static double Similarity(FieldRule rule, string predicted, string gold) => rule switch
    {
        FieldRule.Name => NamesMatch(predicted, gold) ? 1 : 0,
        FieldRule.Code => CodesMatch(predicted, gold) ? 1 : 0,
        FieldRule.Person => NamesMatch(predicted, gold) ? 1 : PersonsMatch(predicted, gold) ? 0.9 : 0,
        FieldRule.FreeText => FreeTextSimilarity(predicted, gold),
        FieldRule.ControlledItem => Tokens(predicted).Count <= 1 && Tokens(gold).Count <= 1
            ? (NamesMatch(predicted, gold) ? 1 : 0)
            : FreeTextSimilarity(predicted, gold),
        FieldRule.Number => throw new ArgumentException("numbers compare with NumberSimilarity", nameof(rule)),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    /// <summary>Similarity of one field of two facts of <paramref name="factType"/>.</summary>
    public static double Similarity(string factType, FactField field, FactFields predicted, FactFields gold)
    {
        var rule = RuleFor(factType, field);
        return rule == FieldRule.Number
            ? NumberSimilarity(predicted.Amount, gold.Amount)
            : Similarity(rule, predicted.Get(field), gold.Get(field));
    }

    public static bool Matches(string factType, FactField field, FactFields predicted, FactFields gold) =>
        Similarity(factType, field, predicted, gold) > 0;

    /// <summary>Lower-case; apostrophes and periods dropped (<c>U.S.</c> → <c>us</c>); other punctuation a space; a leading "the" and each word's plural "s" removed.</summary>
    public static string NormalizeName(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            if (c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words.Select(Singular));
    }

    public static bool NamesMatch(string? predicted, string? gold) =>
        string.Equals(NormalizeName(predicted), NormalizeName(gold), StringComparison.Ordinal);

    public static bool CodesMatch(string? predicted, string? gold) =>
        string.Equals((predicted ?? "").Trim(), (gold ?? "").Trim(), StringComparison.OrdinalIgnoreCase);

    public static bool NumbersMatch(double? predicted, double? gold) => NumberSimilarity(predicted, gold) > 0;

    /// <summary>1 for equal, falling to just above 0 at 1% relative difference, 0 beyond it or when only one is blank.</summary>
    public static double NumberSimilarity(double? predicted, double? gold)
    {
        if (predicted is null || gold is null)
        {
            return predicted is null && gold is null ? 1 : 0;
        }

        var difference = Math.Abs(predicted.Value - gold.Value);
        if (gold.Value == 0)
        {
            return difference == 0 ? 1 : 0;
        }

        var relative = difference / Math.Abs(gold.Value);
        return relative <= NumberTolerance ? 1 - (relative / NumberTolerance * 0.5) : 0;
    }

    /// <summary>Same normalized name, or the same last name when both read as people (not organizations).</summary>
    public static bool PersonsMatch(string? predicted, string? gold)
    {
        if (NamesMatch(predicted, gold))
        {
            return true;
        }

        var p = Tokens(predicted);
        var g = Tokens(gold);
        return p.Count > 0 && g.Count > 0 && p[^1] == g[^1] && LooksLikePerson(p) && LooksLikePerson(g);
    }

    /// <summary>2·|P∩G| / (|P|+|G|) over the sets of normalized words; 1 when both are blank.</summary>
    public static double TokenSetF1(string? predicted, string? gold)
    {
        var p = Tokens(predicted).ToHashSet(StringComparer.Ordinal);
        var g = Tokens(gold).ToHashSet(StringComparer.Ordinal);
        if (p.Count == 0 && g.Count == 0)
        {
            return 1;
        }

        var common = p.Count(g.Contains);
        return 2.0 * common / (p.Count + g.Count);
    }

    public static bool FreeTextMatch(string? predicted, string? gold) => TokenSetF1(predicted, gold) >= FreeTextThreshold;

    private static double FreeTextSimilarity(string predicted, string gold)
    {
        var f1 = TokenSetF1(predicted, gold);
        return f1 >= FreeTextThreshold ? f1 : 0;
    }

    private static List<string> Tokens(string? text) =>
        [.. NormalizeName(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static bool LooksLikePerson(List<string> tokens) =>
        tokens.Count <= 4 && !tokens.Any(OrganizationWords.Contains);

    // "magnets" → "magnet", "tools" → "tool"; not "us", "gas" or "ss" endings ("press", "class").
    private static string Singular(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
