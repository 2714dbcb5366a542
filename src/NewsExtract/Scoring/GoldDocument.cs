using NewsExtract.Extraction;
using NewsExtract.Annotation;

namespace NewsExtract.Scoring;

/// <summary>A gold entity: one distinct (label, normalized) pair of a document; offsets are optional in gold and not kept.</summary>
public sealed record GoldEntity(EntityLabel Label, string Text, string Normalized);

/// <summary>One <c>&lt;doc_id&gt;.gold.json</c> file (FACT_SCHEMA.md section 4).</summary>
/// <param name="EntitiesLabelled">False when the file has no <c>entities</c> key (a facts-only gold written by
/// <c>review import</c>): its entities are unknown, not absent, so it is left out of entity scores and entity training.</param>
public sealed record GoldDocument(string DocId, string Path, IReadOnlyList<GoldEntity> Entities, IReadOnlyList<FactFields> Facts, bool EntitiesLabelled = true);

/// <summary>A gold file (or folder) that could not be used, and why.</summary>
public sealed record GoldProblem(string Path, string Problem)
{
    public override string ToString() => $"{Path}: {Problem}";
}

/// <summary>The gold documents that could be read, and a problem for every file that could not.</summary>
public sealed record GoldSet(IReadOnlyList<GoldDocument> Documents, IReadOnlyList<GoldProblem> Problems);
