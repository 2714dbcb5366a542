using System.Text.RegularExpressions;

namespace NewsExtract.Annotation.Tokenization;

/// <summary>A rule tokenizer for English news text with exact character offsets.</summary>
/// <remarks>
/// Keeps together: initialisms (<c>U.S.</c>), known abbreviations (<c>Mr.</c>, <c>Inc.</c>, <c>Jan.</c>),
/// initials (<c>J.</c>), decimals and grouped numbers (<c>1.2</c>, <c>3,125</c>), ordinals (<c>9th</c>),
/// hyphenated words (<c>90-day</c>, <c>Jean-Luc</c>), currency prefixes (<c>US$</c>), URLs and e-mails.
/// Splits: possessive <c>'s</c>/<c>’s</c>, <c>U.S.-China</c> (U.S. - China), numeric ranges (<c>610-640</c>),
/// number+multiplier (<c>2bn</c> -> 2 bn), every dash, quote, bracket and symbol (<c>$</c>, <c>%</c>).
/// Immutable and thread-safe; never throws for any input string.
/// </remarks>
public sealed partial class Tokenizer : ITokenizer
{
    private readonly Abbreviations _abbreviations;

    public Tokenizer() : this(Abbreviations.Default)
    {
    }

    public Tokenizer(Abbreviations abbreviations) => _abbreviations = abbreviations;

    /// <summary>A shared instance using the embedded abbreviation list.</summary>
    public static Tokenizer Default => LazyDefault.Value;

    private static readonly Lazy<Tokenizer> LazyDefault = new(() => new Tokenizer());

    /// <summary>Tokens of the whole <paramref name="text"/>.</summary>
    public IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <inheritdoc />
    public IReadOnlyList<Token> Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        // About one token in five characters, so a long line's list is not copied as it grows.
        var tokens = new List<Token>((end - start) / 5 + 1);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (IsWordChar(c))
            {
                var link = MatchLink(text, i, end);
                if (link > 0)
                {
                    tokens.Add(new Token(text.Substring(i, link), i, i + link, TokenKind.Word));
                    i += link;
                    continue;
                }
                i = ReadWord(text, i, end, tokens);
                continue;
            }
            var length = 1;
            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
                length = 3;
            else if (IsApostrophe(c) && i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !IsWordChar(text[i + 2]))
                     && i > start && IsWordChar(text[i - 1]))
                length = 2; // possessive 's
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                length = 2;
            var kind = length == 2 && IsApostrophe(c) ? TokenKind.Word : KindOfSymbol(text, i);
            tokens.Add(new Token(text.Substring(i, length), i, i + length, kind));
            i += length;
        }
        return tokens;
    }

    private int ReadWord(string text, int start, int end, List<Token> tokens)
    {
        var initialism = MatchInitialism(text, start, end);
        if (initialism > 0)
        {
            tokens.Add(new Token(text.Substring(start, initialism), start, start + initialism, TokenKind.Word));
            return start + initialism;
        }

        var j = start;
        while (true)
        {
            while (j < end && IsWordChar(text[j]))
                j++;
            if (j >= end)
                break;
            var c = text[j];
            var next = j + 1 < end ? text[j + 1] : '\0';
            var nextIsWord = j + 1 < end && IsWordChar(next);
            var numericSoFar = IsNumeric(text, start, j);
            if (c == '.' && numericSoFar && char.IsAsciiDigit(next))
            {
                j++;
                continue;
            }
            if (c == ',' && numericSoFar && IsThousandsGroup(text, j + 1, end))
            {
                j++;
                continue;
            }
            if (IsHyphen(c) && nextIsWord)
            {
                if (char.IsAsciiDigit(text[j - 1]) && char.IsAsciiDigit(next))
                    break; // 610-640: a range
                if (MatchInitialism(text, j + 1, end) > 0)
                    break; // China-U.S.
                j++;
                continue;
            }
            if (IsApostrophe(c) && nextIsWord)
            {
                if ((next == 's' || next == 'S') && (j + 2 >= end || !IsWordChar(text[j + 2])))
                    break; // possessive: China's -> China 's
                j++;
                continue;
            }
            if (c == '$' && j - start <= 3 && IsAllUpper(text, start, j))
            {
                j++;
                tokens.Add(new Token(text[start..j], start, j, TokenKind.Symbol));
                return j;
            }
            break;
        }

        var word = text[start..j];
        if (char.IsAsciiDigit(word[0]))
        {
            var split = NumberSuffix().Match(word);
            if (split.Success)
            {
                var numberEnd = start + split.Groups[1].Length;
                tokens.Add(new Token(text[start..numberEnd], start, numberEnd, TokenKind.Number));
                tokens.Add(new Token(text[numberEnd..j], numberEnd, j, TokenKind.Word));
                return j;
            }
        }

        if (j < end && text[j] == '.' && (_abbreviations.IsAbbreviation(word) || (word.Length == 1 && char.IsUpper(word[0]))))
            j++;
        var kind = IsNumeric(text, start, j) ? TokenKind.Number : TokenKind.Word;
        tokens.Add(new Token(text[start..j], start, j, kind));
        return j;
    }

    /// <summary>Length of an initialism (<c>U.S.</c>, <c>e.g.</c>: two or more letter-period pairs) at <paramref name="i"/>, else 0.</summary>
    private static int MatchInitialism(string text, int i, int end)
    {
        var j = i;
        var pairs = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j == i || text[j - 1] == '.'))
        {
            j += 2;
            pairs++;
        }
        if (pairs < 2 || (j < end && IsWordChar(text[j])))
            return 0;
        return j - i;
    }

    private static int MatchLink(string text, int i, int end)
    {
        if (i > 0 && (IsWordChar(text[i - 1]) || text[i - 1] == '@') || !MayStartLink(text, i, end))
            return 0;
        var m = Link().Match(text, i, end - i);
        if (!m.Success)
            return 0;
        var length = m.Length;
        while (length > 0 && ".,;:!?)]}'\"’”".Contains(text[i + length - 1], StringComparison.Ordinal))
            length--;
        return length;
    }

    /// <summary>Whether a link can start at <paramref name="i"/>, read from the run of address characters
    /// (<c>[A-Za-z0-9._%+-]</c>) there: every branch of <see cref="Link"/> needs that run to stop at the <c>:</c> of a
    /// scheme or the <c>@</c> of an e-mail, to open with <c>www.</c>, or to hold a dot before a letter (a domain). Most
    /// words are none of these, and the regex is not run for them.</summary>
    internal static bool MayStartLink(string text, int i, int end)
    {
        if (text.AsSpan(i, end - i).StartsWith("www.", StringComparison.Ordinal))
            return true;
        var j = i;
        for (; j < end && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '_' or '%' or '+' or '-'); j++)
        {
            if (text[j] == '.' && j + 1 < end && char.IsAsciiLetter(text[j + 1]))
                return true;
        }
        return j < end && text[j] is ':' or '@';
    }

    private static bool IsThousandsGroup(string text, int i, int end) =>
        i + 3 <= end
        && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && (i + 3 == end || !char.IsAsciiDigit(text[i + 3]));

    private static bool IsNumeric(string text, int start, int end)
    {
        if (end <= start || !char.IsAsciiDigit(text[start]))
            return false;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (!char.IsAsciiDigit(c) && c != ',' && c != '.')
                return false;
        }
        return char.IsAsciiDigit(text[end - 1]);
    }

    private static bool IsAllUpper(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsAsciiLetterUpper(text[k]))
                return false;
        }
        return end > start;
    }

    internal static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static TokenKind KindOfSymbol(string text, int i) =>
        text[i] is '%' or '&' or '@' or '#' or '+' or '*' or '/' or '\\' or '°' or '§'
            ? TokenKind.Symbol
            : char.GetUnicodeCategory(text, i) switch
            {
                System.Globalization.UnicodeCategory.CurrencySymbol
                    or System.Globalization.UnicodeCategory.MathSymbol
                    or System.Globalization.UnicodeCategory.ModifierSymbol
                    or System.Globalization.UnicodeCategory.OtherSymbol
                    or System.Globalization.UnicodeCategory.Surrogate => TokenKind.Symbol,
                _ => TokenKind.Punctuation,
            };

    // A number glued to a multiplier or unit: 2bn, 1.5m, 300kg.
    [GeneratedRegex(@"^([0-9][0-9.,]*[0-9]|[0-9])(bn|mn|mln|m|k|tn|trn|kg|kgs|t|g|lb|lbs|oz|km|mt)$")]
    private static partial Regex NumberSuffix();

    [GeneratedRegex(@"\G(?:(?:https?|ftp)://[^\s<>""]+|www\.[^\s<>""]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|io|int|info|cn|uk|eu|jp)(?![A-Za-z0-9])(?:/[^\s<>""]*)?)", RegexOptions.CultureInvariant)]
    internal static partial Regex Link();
}
