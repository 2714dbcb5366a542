using NewsExtract.Annotation;
using NewsExtract.Annotation.Gazetteers;
using NewsExtract.Annotation.Names;
using NewsExtract.Annotation.Spotters;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;
using NewsExtract.Ingestion;
using NewsExtract.Lexicons;

namespace NewsExtract.Pipeline;

/// <summary>Wires the default pipeline: every lexicon is loaded once here and shared by the stages.</summary>
public static class PipelineFactory
{
    public static NewsPipeline CreateDefault() => Create(new ArticleReader());

    public static NewsPipeline Create(IArticleReader reader)
    {
        var places = PlaceLexicon.Default;
        var nameLexicons = NameLexicons.Load(places.IsPlaceWord);
        var tagger = new RuleEntityTagger(
            [new NumericSpotter(), new PlacePatternSpotter(GeoGazetteer.Default), new GazetteerSpotter(), new NameSpotter(nameLexicons)],
            new NameResolver(nameLexicons));
        var lexicons = ExtractionLexicons.Load(new PlaceKnowledge(places.CountryOfDemonym, places.IsCity, places.IsState, places.Canonical));
        IReadOnlyList<IFactExtractor> extractors =
        [
            new ExportControlExtractor(lexicons),
            new PriceExtractor(lexicons),
            new PriceChangeExtractor(lexicons),
            new OfficialRoleExtractor(lexicons),
            new MeetingExtractor(lexicons),
            new StatisticExtractor(lexicons),
            new QuoteExtractor(lexicons),
        ];
        return new NewsPipeline(reader, SentenceSplitter.Default, tagger, extractors, new FactMerger());
    }
}
