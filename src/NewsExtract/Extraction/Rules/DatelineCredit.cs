using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// "LONDON, Oct 14 (Acme Wire) -", "BRUSSELS (Acme) -": the outlet a dateline credits for the story. It is an
/// organization mention, but never a party to what the story reports: not who a figure is about, nor who speaks.
/// </summary>
public static class DatelineCredit
{
    // A dateline opens its line: the city and date before the credit take a few words at most.
    private const int MaxLead = 60;

    /// <summary>Whether <paramref name="entity"/> is the whole of a parenthesis that a dash follows, near the start of its line.</summary>
    public static bool Is(string text, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Label != EntityLabel.ORG || entity.End > text.Length)
            return false;
        var open = entity.Start - 1;
        while (open >= 0 && text[open] == ' ')
            open--;
        if (open < 0 || text[open] != '(')
            return false;
        var close = entity.End;
        while (close < text.Length && text[close] == ' ')
            close++;
        if (close >= text.Length || text[close] != ')')
            return false;
        var after = close + 1;
        while (after < text.Length && text[after] == ' ')
            after++;
        if (after >= text.Length || text[after] is not ('-' or '\u2013' or '\u2014'))
            return false;
        // A line break or the text's start within the lead; read no further back, so a long line costs no more.
        for (var i = open - 1; i >= open - MaxLead - 1; i--)
        {
            if (i < 0 || text[i] == '\n')
                return true;
        }
        return false;
    }
}
