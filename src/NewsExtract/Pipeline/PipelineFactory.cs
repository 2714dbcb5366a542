using NewsExtract.Annotation;
using NewsExtract.Annotation.Gazetteers;
using NewsExtract.Annotation.Names;
using NewsExtract.Annotation.Spotters;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Decisions;
using NewsExtract.Extraction.Rules;
using NewsExtract.Ingestion;
using NewsExtract.Lexicons;
using NewsExtract.Training;

namespace NewsExtract.Pipeline;

/// <summary>The stages of the pipeline, built once (every lexicon is loaded here) and shared by extraction and training.</summary>
public sealed record PipelineParts(
    IArticleReader Reader,
    ISentenceSplitter Splitter,
    IReadOnlyList<IEntitySpotter> Spotters,
    NameResolver Resolver,
    NameCandidateFinder NameFinder,
    NameFeatures NameFeatures,
    IReadOnlyList<IFactExtractor> Extractors,
    FactMerger Merger)
{
    /// <summary>The rule tagger without models; with them, the trained name tagger.</summary>
    public IEntityTagger Tagger(ModelSet? models) => models is null
        ? new RuleEntityTagger(Spotters, Resolver)
        : new TrainedNameTagger(Spotters, Resolver, NameFinder, NameFeatures, models.Names);

    public IFactDecider Decider(ModelSet? models) => models is null
        ? new RuleDecider()
        : new TrainedFactDecider(models.FactScorer, models.ExportRelations, models.Manifest.KeepThresholds);

    /// <summary>The pipeline: rules only when <paramref name="models"/> is null (<c>--no-ml</c>), else rules plus ML.</summary>
    public NewsPipeline Pipeline(ModelSet? models) => new(Reader, Splitter, Tagger(models), Extractors, Merger, Decider(models));

    /// <summary>Everything up to the rule candidates of one document, for training: annotation with the given tagger, merged candidates.</summary>
    public (AnnotatedDocument Document, IReadOnlyList<Fact> Candidates) Candidates(Document document, IEntityTagger tagger)
    {
        var annotated = new AnnotatedDocument(document, tagger.Tag(document));
        var lookups = new DocumentLookups(annotated);
        return (annotated, Merger.Merge(Extractors.SelectMany(x => x.Extract(lookups))));
    }

    /// <summary>Entities and decided facts of one document, as <see cref="NewsPipeline"/> produces them after ingestion.</summary>
    public (AnnotatedDocument Document, IReadOnlyList<Fact> Facts) Extract(Document document, ModelSet? models) =>
        Pipeline(models).Extract(document);
}

/// <summary>Wires the default pipeline.</summary>
public static class PipelineFactory
{
    /// <summary>Rules only; see <see cref="PipelineParts.Pipeline"/> for rules plus ML.</summary>
    public static NewsPipeline CreateDefault() => Parts().Pipeline(null);

    public static NewsPipeline Create(IArticleReader reader) => Parts(reader).Pipeline(null);

    public static PipelineParts Parts(IArticleReader? reader = null)
    {
        var places = PlaceLexicon.Default;
        var nameLexicons = NameLexicons.Load(places.IsPlaceWord);
        var lexicons = ExtractionLexicons.Load(new PlaceKnowledge(places.CountryOfDemonym, places.IsCity, places.IsState, places.Canonical, places.GovernmentOf, places.IsRegion));
        var moves = MoveReaders.Of(lexicons);
        return new PipelineParts(
            reader ?? new ArticleReader(),
            SentenceSplitter.Default,
            [new NumericSpotter(), new PlacePatternSpotter(GeoGazetteer.Default), new GazetteerSpotter(), new NameSpotter(nameLexicons)],
            new NameResolver(nameLexicons),
            new NameCandidateFinder(nameLexicons),
            new NameFeatures(nameLexicons, lexicons.GivenNames),
            [
                new ExportControlExtractor(lexicons),
                new PriceExtractor(lexicons),
                new PriceChangeExtractor(lexicons, moves),
                new OfficialRoleExtractor(lexicons),
                new MeetingExtractor(lexicons),
                new StatisticExtractor(lexicons, moves),
                new QuoteExtractor(lexicons),
            ],
            new FactMerger());
    }
}
