namespace NewsExtract.Annotation;

public interface ITokenizer
{
    /// <summary>Tokens of <paramref name="text"/>[start..end) with offsets into <paramref name="text"/>.</summary>
    IReadOnlyList<Token> Tokenize(string text, int start, int end);
}
