using NewsExtract.Annotation;
using NewsExtract.Annotation.Gazetteers;
using NewsExtract.Annotation.Names;
using NewsExtract.Annotation.Spotters;
using NewsExtract.Lexicons;

namespace NewsExtract.Tests.Annotation;

/// <summary>Every spotter stops inside its loop over a document when the token is cancelled (a document over its
/// time budget), rather than only between spotters.</summary>
public class SpotterCancellationTests
{
    private static readonly NameLexicons Lexicons = NameLexicons.Load(PlaceLexicon.Default.IsPlaceWord);

    public static TheoryData<string> Spotters => ["numeric", "gazetteer", "place-pattern", "name"];

    private static IEntitySpotter Make(string name) => name switch
    {
        "numeric" => new NumericSpotter(),
        "gazetteer" => new GazetteerSpotter(),
        "place-pattern" => new PlacePatternSpotter(GeoGazetteer.Default),
        _ => new NameSpotter(Lexicons),
    };

    private static readonly Document Article = TestDocuments.Make(
        "In Pellton province, Trade Minister Ana Vell said on June 9 that Qorvia will cap exports of dysprosium at $610 per kg.");

    [Theory]
    [MemberData(nameof(Spotters))]
    public void A_cancelled_token_stops_the_spotter(string name)
    {
        var spotter = Make(name);
        Assert.NotEmpty(spotter.Spot(Article, CancellationToken.None).ToList());
        Assert.Throws<OperationCanceledException>(() => spotter.Spot(Article, new CancellationToken(canceled: true)).ToList());
    }

    [Fact]
    public void A_cancelled_token_stops_the_name_resolver()
    {
        var resolver = new NameResolver(Lexicons);
        var entities = new[] { new Entity(EntityLabel.PERSON, "Ana Vell", 0, 8, "Ana Vell", "test") };
        Assert.Throws<OperationCanceledException>(() => resolver.Resolve("Ana Vell met Vell.", entities, new CancellationToken(canceled: true)));
    }
}
