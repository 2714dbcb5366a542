using System.Text;
using NewsExtract.Lexicons;

namespace NewsExtract.Annotation.Names;

/// <summary>
/// The features of a name candidate, of the kind Catalyst's and spaCy's taggers use: the words and their shapes,
/// prefixes and suffixes, the neighbouring words, title and verb-of-saying cues, gazetteer and given-name hits,
/// what the rule spotters said, and how the same string is used elsewhere in the document.
/// </summary>
/// <remarks>Pure and thread-safe. Changing what it emits changes the models: bump <see cref="Version"/>.</remarks>
public sealed class NameFeatures(NameLexicons lexicons, Lexicon givenNames)
{
    public const string Version = "names-1";

    /// <summary>What the document says about its words, computed once per document.</summary>
    public sealed class DocumentContext
    {
        internal DocumentContext(Document document, IReadOnlyList<NameCandidate> candidates)
        {
            foreach (var candidate in candidates)
                Occurrences[candidate.Text] = Occurrences.GetValueOrDefault(candidate.Text) + 1;
            Text = document.Text;
            foreach (var sentence in document.Sentences)
            {
                var words = WordScanner.Scan(Text, sentence.Start, sentence.End);
                for (var i = 0; i < words.Count; i++)
                {
                    var w = words[i].Bare.Text;
                    if (!words[i].IsCapitalized)
                        LowerWords.Add(w);
                    else if (i > 0)
                        MidSentence[w] = MidSentence.GetValueOrDefault(w) + 1;
                }
            }
        }

        public string Text { get; }
        internal HashSet<string> LowerWords { get; } = new(StringComparer.Ordinal);
        internal Dictionary<string, int> MidSentence { get; } = new(StringComparer.Ordinal);
        internal Dictionary<string, int> Occurrences { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The document-level context of a document's candidates. Build once per document and use from one thread.</summary>
    public static DocumentContext Context(Document document, IReadOnlyList<NameCandidate> candidates) => new(document, candidates);

    public IReadOnlyList<string> Of(NameCandidate candidate, Document document, DocumentContext context)
    {
        var text = document.Text;
        var sentence = document.Sentences[Math.Max(0, candidate.SentenceIndex)];
        var words = WordScanner.Scan(text, candidate.Start, candidate.End).Select(w => w.Text).ToList();
        if (words.Count == 0)
            return ["empty"];
        var f = new List<string>(64)
        {
            "bias",
            "rule=" + (candidate.RuleLabel?.ToString() ?? "none"),
            "n=" + Math.Min(words.Count, 5),
        };
        foreach (var label in candidate.RuleCandidates)
            f.Add("cand=" + label);
        foreach (var w in words)
        {
            f.Add("w=" + w.ToLowerInvariant());
            f.Add("shape=" + Shape(w));
        }
        var first = words[0];
        var last = words[^1];
        f.Add("first=" + first.ToLowerInvariant());
        f.Add("last=" + last.ToLowerInvariant());
        f.Add("lastsuf3=" + Suffix(last, 3));
        f.Add("lastsuf2=" + Suffix(last, 2));
        f.Add("firstpre3=" + Prefix(first, 3));
        f.Add("shapes=" + string.Join('_', words.Select(Shape)));
        if (givenNames.Contains(first))
            f.Add(words.Count > 1 ? "given-first+more" : "given-alone");
        if (words.Skip(1).Any(givenNames.Contains))
            f.Add("given-inside");
        if (lexicons.OrgHeads.Contains(last))
            f.Add("orghead-last");
        if (words.Any(lexicons.OrgHeads.Contains))
            f.Add("orghead");
        if (words.Any(lexicons.IsTitleWord))
            f.Add(lexicons.IsTitleWord(first) ? "title-first" : "title-inside");
        if (lexicons.NonNameWords.Contains(first))
            f.Add("nonname-first");
        if (words.Any(w => w is "of" or "for" or "and" or "&"))
            f.Add("connector");
        if (words.Count == 1 && IsAcronym(first))
            f.Add("acronym");
        if (lexicons.IsPlaceName(candidate.Text))
            f.Add("place-whole");
        if (lexicons.IsPlaceWord(first))
            f.Add("place-first");
        if (words.Count > 1 && lexicons.IsPlaceWord(last))
            f.Add("place-last");
        if (candidate.Start == sentence.Start || IsOnlyPunctuation(text, sentence.Start, candidate.Start))
            f.Add("initial");
        if (candidate.SentenceIndex == 0)
            f.Add("first-sentence");

        // Context: two words either side, as words and as cues.
        var before = WordScanner.Scan(text, WordScanner.StartOfLast(text, sentence.Start, candidate.Start, 2), candidate.Start);
        var after = WordScanner.Scan(text, candidate.End, WordScanner.EndOfFirst(text, candidate.End, sentence.End, 2));
        var p1 = before.Count > 0 ? before[^1].Text : "<s>";
        var p2 = before.Count > 1 ? before[^2].Text : "<s>";
        var n1 = after.Count > 0 ? after[0].Text : "</s>";
        var n2 = after.Count > 1 ? after[1].Text : "</s>";
        f.Add("p1=" + p1.ToLowerInvariant());
        f.Add("p2=" + p2.ToLowerInvariant());
        f.Add("n1=" + n1.ToLowerInvariant());
        f.Add("n2=" + n2.ToLowerInvariant());
        f.Add("p1shape=" + Shape(p1));
        f.Add("n1shape=" + Shape(n1));
        if (lexicons.IsTitleWord(p1))
            f.Add("p1-title");
        if (lexicons.SpeechVerbs.Contains(n1) || lexicons.SpeechVerbs.Contains(n2))
            f.Add("next-speech");
        if (lexicons.SpeechVerbs.Contains(p1))
            f.Add("prev-speech");
        var gapAfter = text[candidate.End..Math.Min(sentence.End, candidate.End + 3)];
        var gapBefore = text[Math.Max(sentence.Start, candidate.Start - 2)..candidate.Start];
        if (gapAfter.StartsWith(',') && n1 is "a" or "an" or "the" or "who" or "which" or "its" or "chief" or "head" or "senior")
            f.Add("apposition-after");
        if (gapAfter.StartsWith("'s", StringComparison.Ordinal) || gapAfter.StartsWith("’s", StringComparison.Ordinal))
            f.Add("possessive");
        if (gapAfter.StartsWith(" (", StringComparison.Ordinal))
            f.Add("paren-after");
        if (gapBefore.EndsWith('(') || gapBefore.EndsWith('“') || gapBefore.EndsWith('"'))
            f.Add("open-before=" + gapBefore[^1]);
        if (p1.Equals("to", StringComparison.OrdinalIgnoreCase) && p2.Equals("according", StringComparison.OrdinalIgnoreCase))
            f.Add("according-to");

        // The document: is the first word used in lower case too, does the name recur, does its last word recur alone.
        if (context.LowerWords.Contains(first.ToLowerInvariant()))
            f.Add("first-lower-elsewhere");
        if (context.LowerWords.Contains(last.ToLowerInvariant()))
            f.Add("last-lower-elsewhere");
        var recurs = CountOf(context, candidate.Text);
        f.Add("occurs=" + (recurs <= 1 ? "1" : recurs <= 3 ? "2-3" : "4+"));
        if (words.Count > 1 && context.MidSentence.GetValueOrDefault(last) > 1)
            f.Add("last-recurs");
        if (words.Count == 1 && context.MidSentence.GetValueOrDefault(first) == 0)
            f.Add("never-mid-sentence");
        return f;
    }

    private static int CountOf(DocumentContext context, string name) => context.Occurrences.GetValueOrDefault(name);

    private static bool IsOnlyPunctuation(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
                return false;
        }
        return true;
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.Count(char.IsUpper) >= 2 && !word.Any(char.IsLower);

    /// <summary>Word shape with runs collapsed: "Kalmex" → "Xx", "U.S." → "X.X.", "O'Neill" → "X'Xx", "2026" → "d".</summary>
    public static string Shape(string word)
    {
        var builder = new StringBuilder();
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (builder.Length == 0 || builder[^1] != s)
                builder.Append(s);
        }
        return builder.ToString();
    }

    private static string Suffix(string word, int n) => word.Length <= n ? word.ToLowerInvariant() : word[^n..].ToLowerInvariant();

    private static string Prefix(string word, int n) => word.Length <= n ? word.ToLowerInvariant() : word[..n].ToLowerInvariant();
}
