namespace NewsExtract.Annotation;

/// <summary>An entity mention: label, text as written, span in the clean text (end exclusive) and normalized value.</summary>
/// <param name="Source">Which spotter or model produced it, for debugging and review.</param>
public sealed record Entity(EntityLabel Label, string Text, int Start, int End, string Normalized, string Source)
{
    public bool Overlaps(Entity other) => Start < other.End && other.Start < End;
}
