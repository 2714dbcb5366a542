namespace NewsExtract.Output;

/// <summary>
/// Keeps spreadsheet programs from evaluating article text in a CSV (CSV or formula injection): a text cell that
/// begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is written with a leading
/// apostrophe, as OWASP recommends, and read back without it.
/// </summary>
/// <remarks>
/// The pair is lossless: text that already begins with an apostrophe before one of those characters gets one more,
/// so <see cref="Unprotect"/> (<see cref="Protect"/> (s)) is s for every s, and text that needs no protection is
/// written unchanged. Only text columns are protected; numbers (amount, confidence, offsets) are written as numbers.
/// </remarks>
public static class SpreadsheetText
{
    public static string Protect(string text) => NeedsApostrophe(text) ? "'" + text : text;

    public static string Unprotect(string text) =>
        text.Length > 1 && text[0] == '\'' && NeedsApostrophe(text.AsSpan(1)) ? text[1..] : text;

    /// <summary>Whether a spreadsheet would read <paramref name="text"/> as a formula, or whether it is an already protected text.</summary>
    public static bool NeedsApostrophe(ReadOnlySpan<char> text)
    {
        while (text.Length > 0 && text[0] == '\'')
        {
            text = text[1..];
        }

        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
