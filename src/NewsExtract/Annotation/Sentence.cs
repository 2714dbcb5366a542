namespace NewsExtract.Annotation;

/// <summary>A sentence: its span in the clean text (end exclusive), its verbatim text and its tokens.</summary>
public sealed record Sentence(int Start, int End, string Text, IReadOnlyList<Token> Tokens);
