namespace NewsExtract.Ingestion;

/// <summary>Turns one input file into clean article text. Never throws for a bad file: it returns a failed outcome.</summary>
public interface IArticleReader
{
    IngestOutcome Read(string path, CancellationToken cancellationToken = default);
}
