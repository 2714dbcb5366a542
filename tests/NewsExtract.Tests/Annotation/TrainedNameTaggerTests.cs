using NewsExtract.Annotation;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Training;

namespace NewsExtract.Tests.Annotation;

/// <summary>
/// The committed name model on invented sentences: people with no title word before them, from many languages,
/// and one-word organizations, which the rule spotters alone missed on other outlets' articles.
/// </summary>
public sealed class TrainedNameTaggerTests
{
    private static readonly Lazy<(PipelineParts Parts, ModelSet Models)> Loaded = new(() =>
    {
        var (models, problem) = ModelSet.Load(Path.Combine(RepoPaths.Root, "models"));
        return (PipelineFactory.Parts(), models ?? throw new InvalidOperationException(problem));
    });

    private static IReadOnlyList<Entity> Tag(string text)
    {
        var (parts, models) = Loaded.Value;
        var article = new Article("t", "t.txt", text, null, null, null, null);
        return parts.Tagger(models).Tag(new Document(article, parts.Splitter.Split(text)));
    }

    [Theory]
    [InlineData("\"We cannot plan shipments like this,\" said Wiremu Tane, who runs a grain terminal in Auckland.", "Wiremu Tane")]
    [InlineData("Budi Hartono told reporters on Tuesday that smelters would cut output.", "Budi Hartono")]
    [InlineData("\"Buyers are waiting,\" Oksana Melnyk said in a note to clients.", "Oksana Melnyk")]
    [InlineData("According to Chukwuemeka Obi, freight rates have doubled since the summer.", "Chukwuemeka Obi")]
    [InlineData("Traders were cautious, said Pieter van Dijk, head of metals at a Rotterdam brokerage.", "Pieter van Dijk")]
    // a person "of" a place is the words before "of"; a rank is a title, not part of the name
    [InlineData("\"We cannot wait,\" said Ximena Olavarte Ruiz of Tarnvik.", "Ximena Olavarte Ruiz")]
    [InlineData("Captain Ilse Marvandi, the harbour master, closed the berth.", "Ilse Marvandi")]
    public void Finds_people_without_a_title_before_the_name(string sentence, string person)
    {
        var people = Tag(sentence).Where(e => e.Label == EntityLabel.PERSON).Select(e => e.Text).ToList();
        Assert.Contains(person, people);
    }

    [Theory]
    [InlineData("The Pentagon said the contract would be reviewed.", "Pentagon")]
    [InlineData("Analysts at Drummel expect a deficit.", "Drummel")]
    public void Finds_one_word_organizations(string sentence, string organization)
    {
        var orgs = Tag(sentence).Where(e => e.Label == EntityLabel.ORG).Select(e => e.Normalized).ToList();
        Assert.Contains(organization, orgs);
    }

    // A place inside an organization's name is part of it when the rules and the model both read the whole as one.
    [Theory]
    [InlineData("The Canada Mining Council welcomed the rule on Tuesday.", "Canada Mining Council")]
    [InlineData("The Korea Battery Industry Association said exports rose in May.", "Korea Battery Industry Association")]
    [InlineData("Exporters wrote to the Chile Fruit Growers Federation last week.", "Chile Fruit Growers Federation")]
    public void A_place_inside_an_organization_name_is_part_of_it(string sentence, string organization)
    {
        var orgs = Tag(sentence).Where(e => e.Label == EntityLabel.ORG).Select(e => e.Normalized).ToList();
        Assert.Contains(organization, orgs);
    }

    [Theory]
    [InlineData("Prices rose sharply on Monday as buyers returned.")]
    [InlineData("Exports fell for a third month, data showed.")]
    public void Sentence_initial_capitals_are_not_names(string sentence)
    {
        Assert.DoesNotContain(Tag(sentence), e => e.Label is EntityLabel.PERSON or EntityLabel.ORG);
    }

    // A lone surname opening a sentence, with its role set off after it: a person whatever the model makes of a capitalized
    // first word.
    [Theory]
    [InlineData("Graphite curbs widened. Kowalczyk, a battery materials expert at the University of Leeds, pointed out that most grades go to car makers.", "Kowalczyk")]
    [InlineData("Prices held. Okonkwo, an analyst with Harbour Metals Research, said they could climb.", "Okonkwo")]
    [InlineData("Brennholt, the chief strategist at a Zurich bank, expects the curbs to last.", "Brennholt")]
    public void A_surname_with_a_role_set_off_after_it_is_a_person(string text, string person)
    {
        var people = Tag(text).Where(e => e.Label == EntityLabel.PERSON).Select(e => e.Text).ToList();
        Assert.Contains(person, people);
    }

    // "..., a city official said" is who said it, not an apposition to the place before it.
    [Theory]
    [InlineData("The ministers met at the steel museum in Parque Norteño, a Mexican official said.", "Parque Norteño")]
    [InlineData("Talks resumed in Vale Escuro, a senior trade official told reporters.", "Vale Escuro")]
    public void A_place_before_a_reporting_clause_is_no_person(string text, string place)
    {
        Assert.DoesNotContain(Tag(text), e => e.Label == EntityLabel.PERSON && e.Text == place);
    }

    [Fact]
    public void A_surname_later_in_the_article_normalizes_to_the_full_name()
    {
        var entities = Tag("\"Demand is firm,\" said Ayumi Sasaki of a Tokyo trading house. Sasaki expects prices to rise.");
        var people = entities.Where(e => e.Label == EntityLabel.PERSON).ToList();
        Assert.Equal(2, people.Count);
        Assert.All(people, p => Assert.Equal("Ayumi Sasaki", p.Normalized));
    }
}
