namespace NewsExtract.Ingestion;

/// <summary>One ingested document: its clean article text and what is known about it.</summary>
/// <remarks>Immutable. All character offsets produced later in the pipeline point into <see cref="Text"/>.</remarks>
public sealed record Article(
    string DocId,
    string SourcePath,
    string Text,
    string? Title,
    DateOnly? Published,
    string? Url,
    string? Source,
    string? Byline = null);
