namespace NewsExtract.Annotation;

public interface ISentenceSplitter
{
    /// <summary>Sentences of <paramref name="text"/> in order, each with its tokens; offsets into <paramref name="text"/>.</summary>
    IReadOnlyList<Sentence> Split(string text);
}
