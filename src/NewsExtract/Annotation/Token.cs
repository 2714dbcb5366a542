namespace NewsExtract.Annotation;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A token with its character span in the clean text (end exclusive).</summary>
public sealed record Token(string Text, int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}
