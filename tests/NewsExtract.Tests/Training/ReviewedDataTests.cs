using NewsExtract.Review;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;
using NewsExtract.Training;

namespace NewsExtract.Tests.Training;

/// <summary>Review folders (<c>train --reviews</c>) read beside label folders.</summary>
public sealed class ReviewedDataTests : IDisposable
{
    private const string Article = "Ruritania halts exports of tin ore to Freedonia.";
    private const string Fact = """{ "fact_type": "export_control", "subject": "Ruritania", "relation": "imposes", "object": "tin", "place": "Freedonia" }""";

    private readonly TemporaryDirectory _dir = new();

    public ReviewedDataTests()
    {
        _dir.WriteFile("labels/d1.txt", Article);
        _dir.WriteFile("labels/d1.gold.json", """{ "doc_id": "d1", "entities": [ { "label": "GPE", "text": "Ruritania", "normalized": "Ruritania" } ], "facts": [] }""");
        _dir.WriteFile("reviews/d1.txt", Article);
        _dir.WriteFile("reviews/d1.gold.json", $$"""{ "doc_id": "d1", "source": "review", "facts": [ {{Fact}} ] }""");
        _dir.WriteFile("reviews/d1.review.json", $$"""{ "doc_id": "d1", "source": "review", "rows": [ { "verdict": "accept", "file": "facts.csv", "line": 2, "fact": {{Fact}} } ] }""");
        // Every row rejected or not reviewed: no gold file, the review file alone.
        _dir.WriteFile("reviews/d2.txt", Article);
        _dir.WriteFile("reviews/d2.review.json", $$"""{ "doc_id": "d2", "source": "review", "rows": [ { "verdict": "Reject ", "file": "facts.csv", "line": 2, "fact": {{Fact}} }, { "verdict": "", "file": "facts.csv", "line": 3, "fact": {{Fact}} } ] }""");
        // A broken review file keeps its document out, gold and all.
        _dir.WriteFile("reviews/d3.txt", Article);
        _dir.WriteFile("reviews/d3.gold.json", $$"""{ "doc_id": "d3", "source": "review", "facts": [ {{Fact}} ] }""");
        _dir.WriteFile("reviews/d3.review.json", """{ "doc_id": "d3", "rows": [ { "verdict": "accept", "fact": { "fact_type": "rumour" } } ] }""");
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_document_in_both_takes_entities_from_the_labels_and_facts_from_the_review()
    {
        var data = LabelledData.Load([_dir.Combine("labels")], [_dir.Combine("reviews")], PipelineFactory.Parts());

        Assert.Equal(["d1", "d2"], data.Documents.Select(d => d.Gold.DocId));
        var both = data.Documents[0];
        Assert.True(both.Gold.EntitiesLabelled);
        Assert.Equal("Ruritania", Assert.Single(both.Gold.Entities).Normalized);
        Assert.Equal("tin", Assert.Single(both.Gold.Facts).Object);
        Assert.NotNull(both.Review);
        var reviewed = data.Documents[1];
        Assert.False(reviewed.Gold.EntitiesLabelled);
        Assert.Empty(reviewed.Gold.Facts);
        Assert.Single(reviewed.Review!.Rejected);
        Assert.Single(reviewed.Review.Rows, r => r.Verdict == Verdict.None);
        Assert.Contains(data.Problems, p => p.Contains("d3.review.json", StringComparison.Ordinal) && p.Contains("rumour", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_files_are_covered_by_the_data_hash_and_label_folders_alone_hash_as_before()
    {
        var parts = PipelineFactory.Parts();
        var labelsOnly = LabelledData.Load([_dir.Combine("labels")], parts);
        var withReviews = LabelledData.Load([_dir.Combine("labels")], [_dir.Combine("reviews")], parts);
        _dir.WriteFile("reviews/d2.review.json", File.ReadAllText(_dir.Combine("reviews", "d2.review.json")).Replace("\"line\": 3", "\"line\": 4", StringComparison.Ordinal));
        var edited = LabelledData.Load([_dir.Combine("labels")], [_dir.Combine("reviews")], parts);

        Assert.Equal(labelsOnly.DataHash, LabelledData.Load([_dir.Combine("labels")], [], parts).DataHash);
        Assert.NotEqual(labelsOnly.DataHash, withReviews.DataHash);
        Assert.NotEqual(withReviews.DataHash, edited.DataHash);
    }

    [Fact]
    public void A_review_document_gives_no_name_tagger_rows()
    {
        var parts = PipelineFactory.Parts();
        var data = LabelledData.Load([], [_dir.Combine("reviews")], parts);
        var labelled = LabelledData.Load([_dir.Combine("labels")], parts);

        var rows = new ModelTrainer(parts, new TrainerSettings()).NameRows(data.Documents);

        Assert.Equal([false, false], data.Documents.Select(d => d.Gold.EntitiesLabelled));
        Assert.Equal([0, 0], rows.Select(r => r.Count));
        Assert.NotEmpty(Assert.Single(new ModelTrainer(parts, new TrainerSettings()).NameRows(labelled.Documents)));
    }
}
