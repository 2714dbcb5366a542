using System.Globalization;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Training;

namespace NewsExtract.Extraction.Decisions;

/// <summary>
/// The features of a fact candidate for the fact scorer and the relation classifier: the rule and pattern that
/// proposed it (its confidence), how its fields are filled, the kind of entity its subject is, its rank among
/// alternatives for the same slot, where its sentence sits, how crowded the sentence is, and the clause's hedge
/// and negation cues, each crossed with the fact type so one model serves all seven. The sentence's words are
/// left out of scoring: cross-validation showed them overfitting (5-fold fact F1 0.777 with unigrams and
/// bigrams, 0.788 without).
/// </summary>
/// <remarks>Pure and thread-safe; a <see cref="DocumentContext"/> serves one document on one thread. Changing what it
/// emits changes the models: bump <see cref="Version"/>.</remarks>
public static class FactFeatures
{
    public const string Version = "facts-5";

    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase)
        { "may", "might", "could", "would", "considers", "considering", "weighing", "weighs", "plans", "planning", "reportedly", "expected", "likely", "proposed", "possible" };

    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase) { "not", "no", "never", "without", "denied", "rejected", "n't" };

    /// <summary>Per-document lookups shared by all candidates of a document.</summary>
    public sealed class DocumentContext
    {
        internal DocumentContext(AnnotatedDocument document, IReadOnlyList<Fact> candidates)
        {
            SentenceStarts = [.. document.Document.Sentences.Select(s => s.Start)];
            foreach (var entity in document.Entities)
                LabelsByName.TryAdd(entity.Normalized.ToLowerInvariant(), entity.Label.ToString());
            foreach (var group in candidates.GroupBy(c => (c.Start, c.FactType)))
                PerSentence[group.Key] = group.Count();
            // Alternatives for one slot (the same figure, quote or goods with other subjects, speakers or titles):
            // each candidate's rank among them by the rule's confidence lets the scorer learn to pick one.
            foreach (var slot in candidates.GroupBy(Slot))
            {
                var ranked = slot.OrderByDescending(c => c.Confidence).ToList();
                for (var i = 0; i < ranked.Count; i++)
                    SlotRank[ranked[i]] = (i, ranked.Count);
            }
        }

        // Candidates of one sentence share its evidence: its words are read once (the scorer asks for every candidate).
        private readonly Dictionary<string, List<string>> _words = new(StringComparer.Ordinal);

        internal int[] SentenceStarts { get; }

        /// <summary>The lower-cased words of <paramref name="evidence"/> (<see cref="Words"/>); do not change the list.</summary>
        internal List<string> WordsOf(string evidence)
        {
            if (!_words.TryGetValue(evidence, out var words))
                _words[evidence] = words = Words(evidence);
            return words;
        }

        private readonly Dictionary<string, WordSummary> _summaries = new(StringComparer.Ordinal);

        /// <summary>What every candidate's features read of its evidence's words (<see cref="Summarize"/>), once a sentence.</summary>
        internal WordSummary SummaryOf(string evidence)
        {
            if (!_summaries.TryGetValue(evidence, out var summary))
                _summaries[evidence] = summary = Summarize(evidence);
            return summary;
        }

        internal Dictionary<string, string> LabelsByName { get; } = new(StringComparer.Ordinal);
        internal Dictionary<(int, string), int> PerSentence { get; } = [];
        internal Dictionary<Fact, (int Rank, int Size)> SlotRank { get; } = new(ReferenceEqualityComparer.Instance);
    }

    public static DocumentContext Context(AnnotatedDocument document, IReadOnlyList<Fact> candidates) => new(document, candidates);

    private static string Slot(Fact fact) => fact.FactType switch
    {
        FactTypes.Quote => $"{fact.FactType}|{fact.Object}",
        FactTypes.OfficialRole => $"{fact.FactType}|{fact.Subject}",
        FactTypes.ExportControl => $"{fact.FactType}|{fact.Start}|{fact.Object}|{fact.Place}",
        _ => FormattableString.Invariant($"{fact.FactType}|{fact.Start}|{fact.Amount}|{fact.Unit}"),
    };

    /// <summary>Features for keep-or-drop (the relation is included).</summary>
    public static IReadOnlyList<string> ForScoring(Fact fact, DocumentContext context)
    {
        var features = new FeatureList();
        WriteScoring(fact, context, features);
        return features.Features;
    }

    /// <summary>Writes the features of <see cref="ForScoring"/> to <paramref name="f"/>; the decider passes
    /// <see cref="FeatureSlots"/>, so no feature string is built.</summary>
    public static void WriteScoring(Fact fact, DocumentContext context, IFeatureSink f)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(f);
        var t = fact.FactType;
        Span<char> number = stackalloc char[32];
        WriteCommon(fact, context, f);
        f.Add(t, "|rel=", fact.Relation);
        f.Add(t, "|extractor=", fact.Extractor);
        // Rules give each pattern its own confidence, so the value says which pattern fired.
        f.Add(t, "|rule-confidence=", Format(fact.Confidence, "0.00", number));
        f.Add(t, "|unit=", fact.Unit);
        f.Add(t, "|amount=", AmountBucket(fact.Amount));
        f.Add(t, "|date=", fact.Date.Length == 0 ? "blank" : fact.Date.StartsWith("XXXX", StringComparison.Ordinal) ? "noyear" : "full");
        f.Add(t, "|place=", fact.Place.Length == 0 ? "blank" : "set");
        f.Add(t, "|object=", WordsBucket(fact.Object));
        f.Add(t, "|subject=", WordsBucket(fact.Subject));
        f.Add(t, "|subject-label=", SubjectLabel(fact.Subject, context));
        f.Add(t, "|subject-in-evidence=", Bool(fact.Evidence.Contains(fact.Subject, StringComparison.OrdinalIgnoreCase)));
        f.Add(t, "|modality=", fact.Modality);
        if (context.SlotRank.TryGetValue(fact, out var slot))
        {
            f.Add(t, "|slot-rank=", Format(Math.Min(slot.Rank, 2), number));
            f.Add(t, "|slot-size=", Format(Math.Min(slot.Size, 3), number));
        }
        if (t == FactTypes.Meeting)
            f.Add(t, "|parties=", Format(Math.Min(3, fact.Subject.Split("; ").Length), number));
    }

    // Formatted as string interpolation formats them (invariant: the numbers here are never negative).
    private static ReadOnlySpan<char> Format(double value, string format, Span<char> into) =>
        value.TryFormat(into, out var written, format, CultureInfo.InvariantCulture) ? into[..written] : throw new InvalidOperationException("number too long");

    private static ReadOnlySpan<char> Format(int value, Span<char> into) =>
        value.TryFormat(into, out var written, default, CultureInfo.InvariantCulture) ? into[..written] : throw new InvalidOperationException("number too long");

    private static string Bool(bool value) => value ? bool.TrueString : bool.FalseString;

    /// <summary>Features for the export-control relation: the rule's own choice, and the words just before the
    /// controlled goods (where the verb or noun of the measure sits), with the sentence's hedge and negation cues.</summary>
    public static IReadOnlyList<string> ForRelation(Fact fact, DocumentContext context)
    {
        var words = context.WordsOf(fact.Evidence);
        var goods = Words(fact.Object);
        var at = goods.Count == 0 ? -1 : words.IndexOf(goods[0]);
        var f = new List<string>
        {
            "bias",
            "rule-rel=" + fact.Relation,
            "place=" + (fact.Place.Length == 0 ? "blank" : "set"),
            "date=" + (fact.Date.Length == 0 ? "blank" : "set"),
            "modality=" + fact.Modality,
        };
        if (AnyIn(words, Hedges))
            f.Add("hedge");
        if (AnyIn(words, Negations))
            f.Add("negation");
        var window = at < 0 ? words : words[Math.Max(0, at - 8)..at];
        foreach (var word in window)
        {
            f.Add("before=" + word);
            f.Add($"before={word}|rule={fact.Relation}");
        }
        return f;
    }

    private static void WriteCommon(Fact fact, DocumentContext context, IFeatureSink f)
    {
        var t = fact.FactType;
        var sentence = Array.BinarySearch(context.SentenceStarts, fact.Start);
        sentence = sentence >= 0 ? sentence : Math.Max(0, ~sentence - 1);
        var words = context.SummaryOf(fact.Evidence);
        Span<char> number = stackalloc char[16];
        f.Add("bias");
        f.Add(t, "|bias");
        f.Add(t, "|sentence=", sentence == 0 ? "0" : sentence < 3 ? "1-2" : sentence < 10 ? "3-9" : "10+");
        f.Add(t, "|length=", words.Count < 8 ? "short" : words.Count < 25 ? "mid" : words.Count < 45 ? "long" : "very-long");
        f.Add(t, "|crowd=", Format(Math.Min(4, context.PerSentence.GetValueOrDefault((fact.Start, t))), number));
        f.Add(t, "|quoted=", Bool(fact.Evidence.Contains('"') || fact.Evidence.Contains('“')));
        f.Add(t, "|ends-prose=", Bool(fact.Evidence.AsSpan().TrimEnd().EndsWith('.')));
        if (words.Hedge)
            f.Add(t, "|hedge");
        if (words.Negation)
            f.Add(t, "|negation");
    }

    // A loop, not Any over a method group: that was a delegate for every candidate scored.
    private static bool AnyIn(List<string> words, HashSet<string> set)
    {
        foreach (var w in words)
        {
            if (set.Contains(w))
                return true;
        }
        return false;
    }

    private static string SubjectLabel(string subject, DocumentContext context)
    {
        if (subject.Length == 0)
            return "blank";
        // Looked up in lower case without building the lower-case string (the same mapping as ToLowerInvariant).
        var lower = subject.Length <= 256 ? stackalloc char[subject.Length] : new char[subject.Length];
        subject.AsSpan().ToLowerInvariant(lower);
        return context.LabelsByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var label) ? label : "other";
    }

    private static string AmountBucket(double? amount) => amount switch
    {
        null => "none",
        < 1 => "<1",
        < 10 => "1-10",
        < 100 => "10-100",
        < 10_000 => "100-10k",
        < 1_000_000 => "10k-1m",
        _ => "1m+",
    };

    private static string WordsBucket(string text) =>
        Chars.Pieces(text, ' ') switch { 0 => "0", 1 => "1", <= 3 => "2-3", <= 8 => "4-8", _ => "9+" };

    /// <summary>How many words <paramref name="text"/> has and whether a hedge or a negation is one of them: what
    /// <see cref="Words"/> gives, read without making a string of each word (the scorer reads it for every sentence
    /// with a candidate).</summary>
    internal static WordSummary Summarize(string text)
    {
        var (count, hedge, negation) = (0, false, false);
        var hedges = Hedges.GetAlternateLookup<ReadOnlySpan<char>>();
        var negations = Negations.GetAlternateLookup<ReadOnlySpan<char>>();
        var lower = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        for (var at = 0; NextWord(text, ref at, out var start);)
        {
            var word = lower[..text.AsSpan(start, at - start).ToLowerInvariant(lower)];
            ReadOnlySpan<char> key = Chars.All(word, char.IsDigit) ? "<num>" : word;
            count++;
            hedge |= hedges.Contains(key);
            negation |= negations.Contains(key);
        }
        return new WordSummary(count, hedge, negation);
    }

    /// <summary>The summary of words already read (<see cref="Words"/>), which <see cref="Summarize"/> must equal.</summary>
    internal static WordSummary SummaryOfWords(List<string> words) => new(words.Count, AnyIn(words, Hedges), AnyIn(words, Negations));

    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        for (var at = 0; NextWord(text, ref at, out var start);)
        {
            var word = text[start..at].ToLowerInvariant();
            words.Add(Chars.All(word, char.IsDigit) ? "<num>" : word);
        }
        return words;
    }

    /// <summary>The next word of <paramref name="text"/> from <paramref name="at"/> on: a run of letters and digits, with
    /// apostrophes after its first character. True with the word in [<paramref name="start"/>, <paramref name="at"/>);
    /// false when no word is left.</summary>
    private static bool NextWord(string text, ref int at, out int start)
    {
        start = -1;
        for (; at <= text.Length; at++)
        {
            var inWord = at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] == '\'' && start >= 0);
            if (inWord && start < 0)
                start = at;
            else if (!inWord && start >= 0)
                return true;
        }
        return false;
    }
}

/// <summary>What the features of every candidate read of its sentence's words: how many, and whether a hedge or a
/// negation is one of them.</summary>
internal readonly record struct WordSummary(int Count, bool Hedge, bool Negation);
