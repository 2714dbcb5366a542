namespace NewsExtract.Ingestion;

/// <summary>A collapsed text's length and hash (<see cref="TextStats.Hash"/>): equal texts have equal keys.</summary>
internal readonly record struct TextKey(int Length, ulong Hash);
