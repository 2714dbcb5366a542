using NewsExtract.Annotation.Tokenization;
using NewsExtract.Lexicons;
using NewsExtract.Training;

namespace NewsExtract.Annotation.Names;

/// <summary>
/// The features of a name candidate, of the kind Catalyst's and spaCy's taggers use: the words and their shapes,
/// prefixes and suffixes, the neighbouring words, title and verb-of-saying cues, gazetteer and given-name hits,
/// what the rule spotters said, and how the same string is used elsewhere in the document.
/// </summary>
/// <remarks>Pure and thread-safe. Changing what it emits changes the models: bump <see cref="Version"/>.</remarks>
public sealed class NameFeatures(NameLexicons lexicons, Lexicon givenNames)
{
    public const string Version = "names-2";

    /// <summary>What the document says about its words, computed once per document.</summary>
    public sealed class DocumentContext
    {
        internal DocumentContext(SentenceWords sentenceWords, IReadOnlyList<NameCandidate> candidates)
        {
            var document = sentenceWords.Document;
            foreach (var candidate in candidates)
                Occurrences[candidate.Text] = Occurrences.GetValueOrDefault(candidate.Text) + 1;
            Text = document.Text;
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                var words = sentenceWords[s];
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

        /// <summary>Whether <paramref name="word"/> in lower case is written in lower case somewhere in the document
        /// (<paramref name="scratch"/> holds the lower-cased word, so no string is built).</summary>
        internal bool IsLowerElsewhere(string word, Span<char> scratch)
        {
            var lower = scratch[..word.AsSpan().ToLowerInvariant(scratch)];
            return LowerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
        }
        internal Dictionary<string, int> MidSentence { get; } = new(StringComparer.Ordinal);
        internal Dictionary<string, int> Occurrences { get; } = new(StringComparer.Ordinal);

        // The words of a candidate and of its two neighbours either side, scanned again for every candidate into
        // the same lists: a context serves one thread, and a list for each was most of what the features allocated.
        internal List<Word> Inside { get; } = [];
        internal List<Word> Before { get; } = [];
        internal List<Word> After { get; } = [];
    }

    /// <summary>The document-level context of a document's candidates. Build once per document and use from one thread.</summary>
    public static DocumentContext Context(Document document, IReadOnlyList<NameCandidate> candidates) => new(new SentenceWords(document), candidates);

    /// <summary>As the public overload, with the words the candidate finder read.</summary>
    internal static DocumentContext Context(SentenceWords sentenceWords, IReadOnlyList<NameCandidate> candidates) => new(sentenceWords, candidates);

    /// <summary>The features of <paramref name="candidate"/> by name (training, inspection).</summary>
    public IReadOnlyList<string> Of(NameCandidate candidate, Document document, DocumentContext context)
    {
        var features = new FeatureList();
        Write(candidate, document, context, features);
        return features.Features;
    }

    /// <summary>Writes the features of <paramref name="candidate"/> to <paramref name="f"/>; prediction passes
    /// <see cref="FeatureSlots"/>, so no feature string is built.</summary>
    public void Write(NameCandidate candidate, Document document, DocumentContext context, IFeatureSink f)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(f);
        var text = document.Text;
        var sentence = document.Sentences[Math.Max(0, candidate.SentenceIndex)];
        var words = context.Inside;
        WordScanner.ScanInto(text, candidate.Start, candidate.End, words);
        if (words.Count == 0)
        {
            f.Add("empty");
            return;
        }
        f.Add("bias");
        f.Add("rule=", candidate.RuleLabel?.ToString() ?? "none");
        f.Add("n=", Digits[Math.Min(words.Count, 5)]);
        foreach (var label in candidate.RuleCandidates)
            f.Add("cand=", label.ToString());
        var (longest, shapesLength) = (0, 0);
        foreach (var w in words)
            (longest, shapesLength) = (Math.Max(longest, w.Text.Length), shapesLength + w.Text.Length + 1);
        var scratch = longest <= 128 ? stackalloc char[128] : new char[longest];
        foreach (var w in words)
        {
            f.AddLower("w=", w.Text);
            f.Add("shape=", scratch[..Shape(w.Text, scratch)]);
        }
        var first = words[0].Text;
        var last = words[^1].Text;
        f.AddLower("first=", first);
        f.AddLower("last=", last);
        f.AddLower("lastsuf3=", last.AsSpan(Math.Max(0, last.Length - 3)));
        f.AddLower("lastsuf2=", last.AsSpan(Math.Max(0, last.Length - 2)));
        f.AddLower("firstpre3=", first.AsSpan(0, Math.Min(3, first.Length)));
        var shapes = new char[shapesLength];
        var length = 0;
        foreach (var w in words)
        {
            if (length > 0)
                shapes[length++] = '_';
            length += Shape(w.Text, shapes.AsSpan(length));
        }
        f.Add("shapes=", shapes.AsSpan(0, length));
        // One loop, not Any over method groups: each of those made a delegate for every candidate.
        var (givenInside, orgHead, title) = (false, false, false);
        for (var i = 0; i < words.Count; i++)
        {
            givenInside |= i > 0 && givenNames.Contains(words[i].Text);
            orgHead |= lexicons.OrgHeads.Contains(words[i].Text);
            title |= lexicons.IsTitleWord(words[i].Text);
        }
        if (givenNames.Contains(first))
            f.Add(words.Count > 1 ? "given-first+more" : "given-alone");
        if (givenInside)
            f.Add("given-inside");
        if (lexicons.OrgHeads.Contains(last))
            f.Add("orghead-last");
        if (orgHead)
            f.Add("orghead");
        if (title)
            f.Add(lexicons.IsTitleWord(first) ? "title-first" : "title-inside");
        if (lexicons.NonNameWords.Contains(first))
            f.Add("nonname-first");
        if (words.Exists(w => w.Text is "of" or "for" or "and" or "&"))
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
        var (before, after) = (context.Before, context.After);
        WordScanner.ScanInto(text, WordScanner.StartOfLast(text, sentence.Start, candidate.Start, 2), candidate.Start, before);
        WordScanner.ScanInto(text, candidate.End, WordScanner.EndOfFirst(text, candidate.End, sentence.End, 2), after);
        var p1 = before.Count > 0 ? before[^1].Text : "<s>";
        var p2 = before.Count > 1 ? before[^2].Text : "<s>";
        var n1 = after.Count > 0 ? after[0].Text : "</s>";
        var n2 = after.Count > 1 ? after[1].Text : "</s>";
        f.AddLower("p1=", p1);
        f.AddLower("p2=", p2);
        f.AddLower("n1=", n1);
        f.AddLower("n2=", n2);
        var neighbours = Math.Max(p1.Length, n1.Length) <= 128 ? stackalloc char[128] : new char[Math.Max(p1.Length, n1.Length)];
        f.Add("p1shape=", neighbours[..Shape(p1, neighbours)]);
        f.Add("n1shape=", neighbours[..Shape(n1, neighbours)]);
        if (lexicons.IsTitleWord(p1))
            f.Add("p1-title");
        if (lexicons.SpeechVerbs.Contains(n1) || lexicons.SpeechVerbs.Contains(n2))
            f.Add("next-speech");
        if (lexicons.SpeechVerbs.Contains(p1))
            f.Add("prev-speech");
        var gapAfter = text.AsSpan(candidate.End, Math.Min(sentence.End, candidate.End + 3) - candidate.End);
        var gapBefore = text.AsSpan(Math.Max(sentence.Start, candidate.Start - 2), candidate.Start - Math.Max(sentence.Start, candidate.Start - 2));
        if (gapAfter.StartsWith(",") && n1 is "a" or "an" or "the" or "who" or "which" or "its" or "chief" or "head" or "senior")
            f.Add("apposition-after");
        // "Ana Vale Souza, Chief Executive Officer:", "- Ana Vale Souza — Chief Financial Officer": a title set off after
        // the name, as speaker labels and participant lists write people.
        if ((gapAfter.StartsWith(",") || gapAfter.TrimStart().StartsWith("—") || gapAfter.TrimStart().StartsWith("–"))
            && (lexicons.IsTitleWord(n1) || lexicons.IsTitleWord(n2)))
            f.Add("title-after");
        if (gapAfter.StartsWith("'s", StringComparison.Ordinal) || gapAfter.StartsWith("’s", StringComparison.Ordinal))
            f.Add("possessive");
        if (gapAfter.StartsWith(" (", StringComparison.Ordinal))
            f.Add("paren-after");
        if (gapBefore.EndsWith("(") || gapBefore.EndsWith("“") || gapBefore.EndsWith("\""))
            f.Add("open-before=", gapBefore[^1..]);
        if (p1.Equals("to", StringComparison.OrdinalIgnoreCase) && p2.Equals("according", StringComparison.OrdinalIgnoreCase))
            f.Add("according-to");

        // The document: is the first word used in lower case too, does the name recur, does its last word recur alone.
        if (context.IsLowerElsewhere(first, scratch))
            f.Add("first-lower-elsewhere");
        if (context.IsLowerElsewhere(last, scratch))
            f.Add("last-lower-elsewhere");
        var recurs = CountOf(context, candidate.Text);
        f.Add(recurs <= 1 ? "occurs=1" : recurs <= 3 ? "occurs=2-3" : "occurs=4+");
        if (words.Count > 1 && context.MidSentence.GetValueOrDefault(last) > 1)
            f.Add("last-recurs");
        if (words.Count == 1 && context.MidSentence.GetValueOrDefault(first) == 0)
            f.Add("never-mid-sentence");
    }

    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5"];

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

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && Chars.Count(word, char.IsUpper) >= 2 && !Chars.Any(word, char.IsLower);

    /// <summary>Word shape with runs collapsed: "Kalmex" → "Xx", "U.S." → "X.X.", "O'Neill" → "X'Xx", "2026" → "d".</summary>
    public static string Shape(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var shape = new char[word.Length];
        return new string(shape, 0, Shape(word, shape));
    }

    /// <summary>Writes the shape of <paramref name="word"/> to <paramref name="into"/> (at least as long as the word)
    /// and returns its length.</summary>
    private static int Shape(ReadOnlySpan<char> word, Span<char> into)
    {
        var length = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length == 0 || into[length - 1] != s)
                into[length++] = s;
        }
        return length;
    }
}
