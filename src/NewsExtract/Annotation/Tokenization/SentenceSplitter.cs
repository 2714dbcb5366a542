using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Tokenization;

/// <summary>A rule sentence splitter for news text: every non-empty line is at least one sentence
/// (headlines, bullets), and lines split further at sentence-final punctuation.</summary>
/// <remarks>
/// Does not split after titles (<c>Mr.</c>), initials (<c>J. R. Smith</c>), <c>No. 5</c>, <c>Jan. 9</c>,
/// decimals, or before a lower-case word. After <c>U.S.</c>, <c>Inc.</c> and similar it splits only before
/// a sentence-starter word (<c>The</c>, <c>But</c>...). Closing quotes and brackets after the final
/// punctuation stay in the sentence, and so do emoji after it. Emoji also end a sentence on their own
/// (<c>Prices soared 🚀 Traders cheered.</c>) when a capitalized word follows after a space. A bullet marker (<c>•</c>, <c>-</c>, <c>*</c>, <c>1.</c>, <c>1)</c>)
/// at the start of a line is left out of the sentence span. Spans are trimmed and
/// <see cref="Sentence.Text"/> equals <c>text[Start..End]</c>. Immutable and thread-safe; never throws.
/// </remarks>
public sealed partial class SentenceSplitter : ISentenceSplitter
{
    private readonly Tokenizer _tokenizer;
    private readonly Abbreviations _abbreviations;

    public SentenceSplitter() : this(Tokenizer.Default, Abbreviations.Default)
    {
    }

    public SentenceSplitter(Tokenizer tokenizer, Abbreviations abbreviations)
    {
        _tokenizer = tokenizer;
        _abbreviations = abbreviations;
    }

    /// <summary>A shared instance using the default tokenizer.</summary>
    public static SentenceSplitter Default => LazyDefault.Value;

    private static readonly Lazy<SentenceSplitter> LazyDefault = new(() => new SentenceSplitter());

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = lineStart;
            while (lineEnd < text.Length && !IsLineBreak(text[lineEnd]))
                lineEnd++;
            SplitLine(text, SkipBullet(text, lineStart, lineEnd), lineEnd, sentences);
            if (lineEnd >= text.Length)
                break;
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void SplitLine(string text, int start, int end, List<Sentence> sentences)
    {
        var tokens = _tokenizer.Tokenize(text, start, end);
        var first = 0;
        var emoji = (From: 0, To: -1);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > first && tokens[i].End - tokens[first].Start > MaxLength)
            {
                var cut = CutBefore(tokens, first, i);
                sentences.Add(Make(text, tokens, first, cut));
                first = cut + 1;
            }
            var last = EndsSentenceAt(tokens, first, i, ref emoji);
            if (last < 0)
                continue;
            sentences.Add(Make(text, tokens, first, last));
            first = last + 1;
            i = last;
        }
        if (first < tokens.Count)
            sentences.Add(Make(text, tokens, first, tokens.Count - 1));
    }

    /// <summary>The longest sentence, in UTF-16 code units. A longer run without a sentence end (a flattened table, a
    /// list without stops, a wall of repeated text) is cut into pieces no longer than this. Annotators and extractors
    /// work a sentence at a time and some of their work grows with the square of its length, so this bound is what
    /// keeps a document's time linear in its length. News sentences stay far below it (the longest in the seeds and
    /// the development corpus are under 400).</summary>
    public const int MaxLength = 1000;

    /// <summary>The last token of a piece cut from the run that starts at <paramref name="first"/> and is too long
    /// once token <paramref name="next"/> is added: at the last clause mark (<c>, ; : —</c>) in the second half of
    /// the piece, or else just before <paramref name="next"/>.</summary>
    private static int CutBefore(IReadOnlyList<Token> tokens, int first, int next)
    {
        for (var j = next - 1; j > first && tokens[j].End - tokens[first].Start >= MaxLength / 2; j--)
        {
            if (tokens[j].Text is "," or ";" or ":" or "—" or "–")
                return j;
        }
        return next - 1;
    }

    /// <summary>When a sentence ends at token <paramref name="i"/>, the index of its last token
    /// (closing quotes included); otherwise -1. <paramref name="emoji"/> is the last run of emoji tokens found.</summary>
    private int EndsSentenceAt(IReadOnlyList<Token> tokens, int first, int i, ref (int From, int To) emoji)
    {
        var token = tokens[i];
        var abbreviation = _abbreviations.KindOf(token.Text);
        // An emoji ends a sentence only after some text: a leading one is decoration, like a bullet.
        var terminal = token.Text is "." or "!" or "?" or "…" or "..." or "?!" || abbreviation != AbbreviationKind.None
            || (i > first && IsEmoji(token.Text));
        if (!terminal)
            return -1;

        var last = i;
        while (last + 1 < tokens.Count && IsCloser(tokens[last + 1].Text) && tokens[last + 1].Start == tokens[last].End)
            last++;
        // "Prices soared! 🚀 Traders cheered.": the emoji close the first sentence, spaced or not.
        last = EmojiRunEnd(tokens, last, ref emoji);
        if (last + 1 >= tokens.Count)
            return -1; // the line end closes the sentence anyway
        var next = tokens[last + 1];
        if (next.Start == tokens[last].End)
            return -1; // no space: "3.5", "U.S.-China", "e.g.," ...

        var word = next;
        if (IsOpener(next.Text) && last + 2 < tokens.Count)
            word = tokens[last + 2];
        var startsUpper = word.Text.Length > 0 && (char.IsUpper(word.Text[0]) || char.IsAsciiDigit(word.Text[0]));
        if (!startsUpper)
            return -1;

        switch (abbreviation)
        {
            case AbbreviationKind.None:
                return last;
            case AbbreviationKind.Title:
                return -1;
            case AbbreviationKind.Month:
            case AbbreviationKind.Number:
                return word.Kind == TokenKind.Number || !_abbreviations.IsSentenceStarter(word.Text) ? -1 : last;
            default:
                // "J. R. Smith", "the U.S. Treasury": split only before a clear sentence opener.
                if (token.Text.Length == 2)
                    return -1;
                return _abbreviations.IsSentenceStarter(word.Text) ? last : -1;
        }
    }

    /// <summary>The last token of the run of emoji tokens that follows <paramref name="last"/> (itself when none
    /// follows). Every emoji in a run ends a sentence and asks for the same run's end; <paramref name="known"/> keeps the
    /// run found last, so that a line of emoji is not walked again from each of them (the square of its length).</summary>
    private static int EmojiRunEnd(IReadOnlyList<Token> tokens, int last, ref (int From, int To) known)
    {
        if (last + 1 >= known.From && last + 1 <= known.To)
            return known.To;
        var end = last;
        while (end + 1 < tokens.Count && IsEmoji(tokens[end + 1].Text))
            end++;
        if (end > last)
            known = (last + 1, end);
        return end;
    }

    private static Sentence Make(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        var start = tokens[first].Start;
        var end = tokens[last].End;
        var sentenceTokens = new Token[last - first + 1];
        for (var k = first; k <= last; k++)
            sentenceTokens[k - first] = tokens[k];
        return new Sentence(start, end, text[start..end], sentenceTokens);
    }

    private static int SkipBullet(string text, int start, int end)
    {
        var m = Bullet().Match(text, start, end - start);
        return m.Success ? m.Index + m.Length : start;
    }

    /// <summary>Whether a token is all emoji: pictographs, dingbats, flags, and the joiners, variation selector,
    /// keycap and tag characters that build sequences of them (the tokenizer keeps each surrogate pair whole).</summary>
    internal static bool IsEmoji(string token)
    {
        if (token.Length == 0)
            return false;
        foreach (var rune in token.EnumerateRunes())
        {
            var v = rune.Value;
            var emoji = v is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2300 and <= 0x23FF)
                or (>= 0x2B00 and <= 0x2BFF) or 0xFE0F or 0x200D or 0x20E3 or (>= 0xE0020 and <= 0xE007F);
            if (!emoji)
                return false;
        }
        return true;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    private static bool IsCloser(string t) => t is "\"" or "”" or "’" or "'" or ")" or "]" or "»";

    private static bool IsOpener(string t) => t is "\"" or "“" or "‘" or "'" or "(" or "[" or "«";

    [GeneratedRegex(@"\G[ \t\u00A0]*(?:[•·▪◦‣►■□●○*\-–—]|\(?[0-9]{1,2}[.)]|\(?[a-z][)])(?:[ \t\u00A0]+|$)")]
    private static partial Regex Bullet();
}
