using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Ingestion;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// quote: words in double quotation marks (straight or curly, at least three) attributed to a speaker. The
/// attribution is read on the side of the quote that holds a verb of saying (the side after a quote that closes on a
/// comma first): a person there (tagged, or an untagged name run, or a short name resolved to the full name written
/// elsewhere: "Roe said" -> "Jane Roe"), else the person a pronoun points back to (the sentence before first), else
/// an organization that is not the listener after "told", else one a description points back to ("the ministry
/// said"), else a country. A quote may span sentences. Looser patterns propose with less confidence: a quote that
/// stands alone after an attributed one continues its speaker; a quote introduced by another verb ("Roe called it")
/// takes the clause's subject; a quote standing alone in its paragraph takes the last person named; a headline
/// quote ("...": an interview title) takes the person the article names most.
/// </summary>
public sealed partial class QuoteExtractor : IFactExtractor
{
    private readonly ExtractionLexicons _lexicons;
    private readonly LexiconPattern _speech;

    public QuoteExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _speech = Patterns.StemAlternation(lexicons.SpeechVerbs.Keys
            .Concat(["stating", "saying", "predicting", "warning", "adding", "noting", "arguing", "insisting", "reads", "read", "telling", "calling", "described", "describing", "wrote", "writing", "put it", "puts it"]), wholeWord: true);
    }

    public string Name => "rule:quote";

    // A quote never crosses a paragraph: a stray mark then pairs with nothing rather than shifting every pair after it.
    [GeneratedRegex(@"""(?<q>[^""\n]{3,1000}?)""")]
    private static partial Regex Quoted();

    // A headline quote: "...": a label, or Label: "..." on a short line of its own.
    [GeneratedRegex(@"^[^\n.]{0,40}:\s*$|^\s*:[^\n.]{0,160}$")]
    private static partial Regex HeadlineLabel();

    public IEnumerable<Fact> Extract(DocumentLookups lookups, CancellationToken cancellationToken = default)
    {
        var document = lookups.Document;
        var views = lookups.Sentences;
        var folded = MatchText.Fold(document.Text);
        var quotes = Quoted().Matches(folded).ToList();
        // Who speaks is read from the whole document (its quotes blanked): only when it has a quote to attribute.
        string? blanked = null;
        QuoteSpeakers? speakers = null;
        var facts = new List<Fact>();
        (string Speaker, int End)? last = null;
        List<int>? breaks = null;
        for (var i = 0; i < quotes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var m = quotes[i];
            var group = m.Groups["q"];
            if (!HasWords(folded.AsSpan(group.Index, group.Length), 3))
                continue;
            var first = SentenceHolding(views, m.Index);
            if (first is null)
                continue;
            var quoteStart = m.Index;
            var quoteEnd = m.Index + m.Length;
            var lastView = LastStartingBefore(views, quoteEnd - 1) ?? first;
            blanked ??= Blank(folded, quotes);
            speakers ??= new QuoteSpeakers(lookups, blanked, _lexicons, _speech);
            var (from, to) = (first.Sentence.Start, Math.Max(first.Sentence.End, lastView.Sentence.End));
            var left = (From: Math.Max(from, i > 0 ? quotes[i - 1].Index + quotes[i - 1].Length : 0), To: quoteStart);
            var right = (From: quoteEnd, To: Math.Max(quoteEnd, Math.Min(to, i + 1 < quotes.Count ? quotes[i + 1].Index : to)));
            var rightFirst = group.Value.TrimEnd().EndsWith(',') || CommaFirst().IsMatch(folded.AsSpan(right.From..right.To));
            var (near, far) = rightFirst ? (right, left) : (left, right);
            var speaker = speakers.InRegion(near.From, near.To, quoteStart)
                          ?? speakers.InRegion(far.From, far.To, quoteStart)
                          ?? speakers.InRegion(from, to, quoteStart);
            var alone = !AnyWordChar().IsMatch(blanked.AsSpan(from..to));
            if (speaker is null && alone && last is { } previous && ContinuesQuote(folded, previous.End, quoteStart))
                speaker = new SpeakerCandidate(previous.Speaker, 0.65);
            if (speaker is null && !alone && !_speech.IsMatch(blanked.AsSpan(from..to)))
                speaker = speakers.SubjectOf(left.From, left.To, quoteStart);
            if (speaker is null && IsHeadline(folded, breaks ??= LineBreaks(folded), quoteStart, quoteEnd) && speakers.FirstPersonAfter(quoteEnd) is { } interviewed)
                speaker = new SpeakerCandidate(interviewed, 0.3);
            if (speaker is null && alone && speakers.LastPersonBefore(quoteStart) is { } introduced)
                speaker = introduced with { Confidence = 0.35 };
            if (speaker is null)
                continue;
            last = (speaker.Speaker, quoteEnd);
            var quote = document.Text.Substring(group.Index, group.Length).Trim().TrimEnd(',', '.', ';', ':').Trim();
            var fact = RuleFacts.Create(first, FactTypes.Quote, Name, speaker.Speaker, "said", quote, confidence: speaker.Confidence);
            facts.Add(to > first.Sentence.End ? fact with { Evidence = document.Text[from..to], End = to } : fact);
        }
        // A guess is dropped when the same words are attributed with more evidence elsewhere (a headline repeating the body).
        var attributed = facts.Where(o => o.Confidence > 0.35).Select(o => o.Object).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return facts.Where(f => f.Confidence > 0.35 || !attributed.Contains(f.Object));
    }

    // Sentences are in document order and do not overlap, so both lookups are binary searches.

    /// <summary>The sentence that holds <paramref name="at"/> or ends right before it, or null.</summary>
    private static SentenceView? SentenceHolding(IReadOnlyList<SentenceView> views, int at)
    {
        var i = FirstWhere(views, v => v.Sentence.End + 1 > at);
        return i < views.Count && views[i].Sentence.Start <= at ? views[i] : null;
    }

    /// <summary>The last sentence that starts before <paramref name="at"/>, or null.</summary>
    private static SentenceView? LastStartingBefore(IReadOnlyList<SentenceView> views, int at)
    {
        var i = FirstWhere(views, v => v.Sentence.Start >= at);
        return i > 0 ? views[i - 1] : null;
    }

    /// <summary>The first index at which <paramref name="test"/>, false up to some index and true from there on, holds.</summary>
    private static int FirstWhere(IReadOnlyList<SentenceView> views, Func<SentenceView, bool> test)
    {
        int lo = 0, hi = views.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (test(views[mid]))
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

    /// <summary>Whether <paramref name="text"/> holds at least <paramref name="count"/> runs of letters and digits;
    /// counted in place and no further than needed: a quote's words were a copy of it and a match each.</summary>
    private static bool HasWords(ReadOnlySpan<char> text, int count)
    {
        if (count <= 0)
            return true;
        foreach (var _ in WordRun().EnumerateMatches(text))
        {
            if (--count == 0)
                return true;
        }
        return false;
    }

    /// <summary>The text with every quote's words blanked (same length), so that names and verbs are read outside quotes only.</summary>
    private static string Blank(string folded, List<Match> quotes) =>
        string.Create(folded.Length, (folded, quotes), static (chars, state) =>
        {
            state.folded.CopyTo(chars);
            foreach (var m in state.quotes)
                chars.Slice(m.Index + 1, m.Length - 2).Fill(' ');
        });

    /// <summary>A quote in the same paragraph as the attributed quote before it.</summary>
    private static bool ContinuesQuote(string folded, int previousEnd, int quoteStart) =>
        previousEnd <= quoteStart && !folded.AsSpan(previousEnd, quoteStart - previousEnd).Contains('\n');

    /// <summary>A quote that opens or closes a short line with a label after a colon: the title of an interview.
    /// <paramref name="breaks"/> holds the positions of the text's line breaks, in order.</summary>
    private static bool IsHeadline(string folded, List<int> breaks, int quoteStart, int quoteEnd)
    {
        // The quote's line is looked up and read as spans: searching and copying it for every quote on a long line
        // cost the square of that line's length.
        var previous = QuoteSpeakers.FirstAfter(breaks.Count, k => breaks[k], Math.Max(0, quoteStart - 1)) - 1;
        var next = QuoteSpeakers.FirstAfter(breaks.Count, k => breaks[k], quoteEnd - 1);
        var lineStart = previous >= 0 ? breaks[previous] + 1 : 0;
        var lineEnd = next < breaks.Count ? breaks[next] : folded.Length;
        var before = folded.AsSpan(lineStart..quoteStart);
        var after = folded.AsSpan(quoteEnd..lineEnd);
        return before.IsWhiteSpace() && HeadlineLabel().IsMatch(after) && after.Contains(':')
               || after.IsWhiteSpace() && HeadlineLabel().IsMatch(before);
    }

    private static List<int> LineBreaks(string text)
    {
        var breaks = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            breaks.Add(i);
        return breaks;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]")]
    private static partial Regex AnyWordChar();

    // '"...", she said': the speaker after the comma; not '..., while a trader said', ', but warned that': another clause.
    [GeneratedRegex(@"^\s*,(?!\s*(?:while|but|whereas|although|though|yet)\b)")]
    private static partial Regex CommaFirst();

    // A hyphenated compound is one word: a scare-quoted "two-plus-two" is no three-word quote.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordRun();
}
