using NewsExtract.Annotation;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>Quote attribution patterns on invented sentences: who speaks, with and without the tagger's help.</summary>
public sealed class QuoteAttributionTests
{
    /// <summary>Quotes from marked-up paragraphs split into sentences by the real splitter (lines are paragraphs).</summary>
    private static IReadOnlyList<Fact> Quotes(string markup)
    {
        var parsed = Markup.Parse(markup);
        var document = new Document(parsed.Document.Article, SentenceSplitter.Default.Split(parsed.Text));
        return new QuoteExtractor(Markup.Lexicons).Extract(new AnnotatedDocument(document, parsed.Entities)).ToList();
    }

    [Theory]
    // "...," X said. / "...," said X, a ... / X said: "..."
    [InlineData("\"Stocks are thinner than anyone admits,\" [Marta Quell|PERSON] said.", "Marta Quell", "Stocks are thinner than anyone admits")]
    [InlineData("“Stocks are thinner than anyone admits,” said [Marta Quell|PERSON], a broker at [Halden Ores|ORG].", "Marta Quell", "Stocks are thinner than anyone admits")]
    [InlineData("[Marta Quell|PERSON] said: \"Stocks are thinner than anyone admits.\"", "Marta Quell", "Stocks are thinner than anyone admits")]
    // An untagged name next to the verb, with an apposition, and the outlet after "told" is the listener.
    [InlineData("\"Buyers are paying any price for prompt cargoes,\" Ilse Varga, sales head at [Pellmar Trading|ORG], told [Ore Daily|ORG].", "Ilse Varga", "Buyers are paying any price for prompt cargoes")]
    [InlineData("\"Buyers are paying any price for prompt cargoes,\" Tomasz van der Berk told [Ore Daily|ORG].", "Tomasz van der Berk", "Buyers are paying any price for prompt cargoes")]
    // A title before the name, English or not, is not part of it; a short name resolves to the full name written before.
    [InlineData("[Aditi Raman|PERSON] chairs the board.\n\"The quota will be reviewed every quarter,\" Shri Raman said.", "Aditi Raman", "The quota will be reviewed every quarter")]
    [InlineData("Deputy Minister Lio Banda opened the talks.\n\"We want every tonne counted at the border,\" Lio said.", "Lio Banda", "We want every tonne counted at the border")]
    // A name inside the quote is who the speaker talks about: "he" is the person named before it.
    [InlineData("[Sulawa Denn|PERSON] runs the kelp desk at [Oskel Marine|ORG].\n\"We sold the lot to Velmar Ostrand last week,\" he said.", "Sulawa Denn", "We sold the lot to Velmar Ostrand last week")]
    [InlineData("[Sulawa Denn|PERSON] runs the kelp desk.\n\"We sold the lot to [Velmar Ostrand|PERSON] last week,\" he said.", "Sulawa Denn", "We sold the lot to Velmar Ostrand last week")]
    // Capitalized words inside a longer organization the tagger read are its name, not a person.
    [InlineData("In its submission, the [Viet Nam Association of Kelp Traders|ORG] stated: \"Exporters need six months to adjust.\"", "Viet Nam Association of Kelp Traders", "Exporters need six months to adjust")]
    [InlineData("\"Exporters need six months to adjust,\" the [Oskel Guild of Kelp Traders|ORG] said.", "Oskel Guild of Kelp Traders", "Exporters need six months to adjust")]
    // A person is preferred over an organization or a country in reach.
    [InlineData("\"Nobody will ship before the licences arrive,\" said Oren Patel of [Kestrel Alloys|ORG] in [Peru|GPE].", "Oren Patel", "Nobody will ship before the licences arrive")]
    // A ministry's statement with no person names the organization.
    [InlineData("[Peru|GPE]'s [Ministry of Mines|ORG] said in a statement that the rules would \"protect small producers from sudden shocks\".", "Ministry of Mines", "protect small producers from sudden shocks")]
    [InlineData("\"Supply is tight and buyers are nervous,\" according to [Benchmark Metals|ORG].", "Benchmark Metals", "Supply is tight and buyers are nervous")]
    // A quote across a sentence boundary keeps its attribution after the marks.
    [InlineData("\"The plant is full. We cannot take more ore this year,\" Rhea Castell, a plant manager, said.", "Rhea Castell", "The plant is full. We cannot take more ore this year")]
    // Another verb introducing the quote: its subject speaks (a looser pattern).
    [InlineData("[Jonas Wirth|PERSON], the group's treasurer, called the levy \"a tax on every battery we make\".", "Jonas Wirth", "a tax on every battery we make")]
    // "said the <title of a ministry of two names>, <person>": the tagged person, not the capitalized words before it.
    [InlineData("\"Our exporters are safe,\" said the Minister of Fisheries and Coastal Development, [Piotr Kowal|PERSON].", "Piotr Kowal", "Our exporters are safe")]
    // "said <company> <title> <person>": the person, whatever the company before the title was tagged as.
    [InlineData("\"The licence is not the problem,\" said [Kraemer-Vogt|PERSON] chief executive [Mattis Eberlin|PERSON].", "Mattis Eberlin", "The licence is not the problem")]
    // A quote after its speaker's verb, then a comma that opens another clause: the speaker before it, not a place after.
    [InlineData("[Marta Quell|PERSON], president of the [Oskel Kelp Guild|ORG], said the floor was \"long overdue and still too low\", while a [Velmar|GPE] trader said buyers would go.", "Marta Quell", "long overdue and still too low")]
    [InlineData("Its chairman, [Jonas Wirth|PERSON], said on Friday that the floor \"can be met by most of our members\", but warned that kelp mills in [Velmar|GPE] would suffer.", "Jonas Wirth", "can be met by most of our members")]
    public void The_speaker_is_read_from_the_attribution(string markup, string speaker, string words)
    {
        var fact = Assert.Single(Quotes(markup), f => f.Object == words);
        Assert.Equal((speaker, "said"), (fact.Subject, fact.Relation));
    }

    [Theory]
    [InlineData("Nadia Korr, an analyst at [Brightwell Research|ORG], tracks the market.\n\"Prices will not come down before spring,\" she added.", "Nadia Korr")]
    [InlineData("[Yusuf Daro|PERSON] met buyers on Monday. Later, [Lena Pohl|PERSON] spoke.\n\"We are not leaving this market,\" she said.", "Lena Pohl")]
    [InlineData("Minister [Amara Eze|PERSON|Amara Eze] toured the port.\nSpeaking at the port, the Minister said: \"Every container will be inspected twice.\"", "Amara Eze")]
    // The title names whom it points back to, when a person of another title was named since.
    [InlineData("Minister of Trade [Sipho Dlamini|PERSON] signed the notice.\nThe association's chairman, [Piet Wessels|PERSON], opposed it.\n\"Every metre of cable ends up at our ports,\" the Minister said.", "Sipho Dlamini")]
    public void A_pronoun_or_a_title_points_back_to_the_last_person(string markup, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Quotes(markup)).Subject);

    [Theory]
    [InlineData("[Ministry of Mines|ORG] officials met [Ministry of Trade|ORG] staff.\n\"Exports will resume in May,\" the ministry said.\nLater the [Ministry of Energy|ORG] spoke.", "Ministry of Trade")]
    [InlineData("[Ministry of Trade|ORG] staff met buyers.\n\"Exports will resume in May,\" the ministry said.\n[Ministry of Mines|ORG] staff left.\n\"Quotas will stay in place,\" the ministry added.", "Ministry of Trade|Ministry of Mines")]
    [InlineData("[Harbour Bank|ORG] and the [Ministry of Trade|ORG] met.\n\"Rates will hold,\" the bank said.", "Harbour Bank")]
    public void A_description_points_back_to_the_last_organization_it_describes(string markup, string speakers) =>
        Assert.Equal(speakers, string.Join("|", Quotes(markup).Select(q => q.Subject)));

    [Fact]
    public void A_quote_split_around_its_attribution_gives_two_rows()
    {
        var facts = Quotes("“We accept the new quota,” [Pavel Renn|PERSON] said, “but the permits must come on time.”");
        Assert.Equal(["We accept the new quota", "but the permits must come on time"], facts.Select(f => f.Object));
        Assert.All(facts, f => Assert.Equal("Pavel Renn", f.Subject));
    }

    [Fact]
    public void A_quote_in_the_paragraph_after_the_person_was_introduced_is_a_weaker_guess()
    {
        var facts = Quotes("[Ines Moro|PERSON], who runs a smelter near the coast, has cut output twice.\n\"We cannot sell at these prices.\"");
        var fact = Assert.Single(facts);
        Assert.Equal("Ines Moro", fact.Subject);
        Assert.True(fact.Confidence < 0.5);
    }

    [Theory]
    [InlineData("[Ines Moro|PERSON] runs a smelter near the coast.\nOutput fell twice. Prices are low.\n\"We cannot sell at these prices.\"", "Ines Moro")]
    [InlineData("[Yusuf Daro|PERSON] runs a mine. [Ines Moro|PERSON] runs a smelter.\nOutput fell twice. Prices are low.\n\"We cannot sell at these prices.\"", "Ines Moro")]
    [InlineData("[Ines Moro|PERSON] runs a smelter.\n\"We cannot sell at these prices.\"\nOutput fell twice.\n[Yusuf Daro|PERSON] runs a mine.\nPrices are low. Stocks are high.\n\"We will not sell below cost.\"", "Yusuf Daro")]
    public void A_quote_standing_alone_takes_the_last_person_named_sentences_before(string markup, string speaker)
    {
        var fact = Quotes(markup).Last();
        Assert.Equal(speaker, fact.Subject);
        Assert.Equal(0.35, fact.Confidence);
    }

    [Fact]
    public void A_quote_standing_alone_with_no_person_named_before_it_has_no_speaker() =>
        Assert.Empty(Quotes("Output fell twice. Prices are low.\n\"We cannot sell at these prices.\"\n[Ines Moro|PERSON] runs a smelter."));

    [Theory]
    [InlineData("\"The licences decide everything\": a trader on the new rules\nBy Ana Lutz\n[Olek Brandt|PERSON] runs a trading desk.")]
    [InlineData("Markets\nInterview: \"The licences decide everything\"\nBy Ana Lutz\n[Olek Brandt|PERSON] runs a trading desk.")]
    public void A_headline_quote_takes_the_person_introduced_under_it(string markup) =>
        Assert.Equal("Olek Brandt", Assert.Single(Quotes(markup)).Subject);

    [Theory]
    [InlineData("Officials called it a “green lane” for approvals.")]
    [InlineData("[Hana Sato|PERSON] described the “new normal” in the market.")]
    // a hyphenated compound is one word, not three
    [InlineData("[Velmar|GPE] and [Oskel|GPE] held their first “two-plus-two” dialogue in [Lima|GPE].")]
    public void Scare_quotes_are_not_quotes(string markup) => Assert.Empty(Quotes(markup));

    // An anonymous official names no speaker; a place in the quote is what the speaker talks about.
    [Theory]
    [InlineData("\"Shipments to [Oskel|GPE] will be stopped at once,\" a government official said on condition of anonymity.")]
    [InlineData("\"Kelp bound for [Oskel|GPE] will wait,\" an official said.")]
    public void A_place_inside_the_quote_is_no_speaker(string markup) =>
        Assert.DoesNotContain(Quotes(markup), q => q.Subject == "Oskel");

    // One unnamed person of a country does not speak for it; its readout does.
    [Fact]
    public void An_unnamed_trader_of_a_country_is_no_speaker_but_its_readout_is()
    {
        Assert.DoesNotContain(Quotes("\"Everyone will dig for kelp now,\" a Japanese kelp trader commented."), q => q.Subject == "Japan");
        Assert.Equal("Japan", Assert.Single(Quotes("According to a Japanese readout, the two discussed \"long-term kelp supply and security\".")).Subject);
    }

    // "replied" and "responded" attach a quote; whom someone urged is not who speaks.
    [Fact]
    public void A_reply_is_a_quote() =>
        Assert.Equal("Oskar Velmann", Assert.Single(Quotes("\"We will not lift the ban on raw nuts this season,\" [Oskar Velmann|PERSON], the trade minister, replied.")).Subject);

    [Fact]
    public void Whom_a_speaker_urged_does_not_speak() =>
        Assert.Equal("Ilse Varga", Assert.Single(Quotes("[Ilse Varga|PERSON], a spokeswoman, said [China|GPE] would act and urged [Velmar|GPE] to refrain from \"abusing trade remedy measures\".")).Subject);

    // A briefing's question label names the reporter who asks, not the speaker of the words the question cites.
    [Fact]
    public void A_reporter_who_cites_a_quote_in_a_question_is_not_its_speaker() =>
        Assert.Equal("Velmar Kelp Exporters' Union", Assert.Single(Quotes("Q ([Ilse Varga|PERSON], [Kelp Daily|ORG]): The [Velmar Kelp Exporters' Union|ORG] says \"a floor without stocks is a floor made of paper.\" Will the state buy kelp?")).Subject);

    // A transcript's speaker who reports another's words is no speaker of them; alone, her label speaks.
    [Fact]
    public void A_transcript_speaker_who_reports_a_quote_is_not_its_speaker()
    {
        Assert.Equal("Ana Velmar", Assert.Single(Quotes("[KALVER-OSTRAND|PERSON]: The trade minister, [Ana Velmar|PERSON], said on Tuesday: \"We will not let a few traders spoil the name of our kelp.\"")).Subject);
        Assert.Equal("Jane Kalver-Ostrand", Assert.Single(Quotes("[Jane Kalver-Ostrand|PERSON] chairs the growers.\n[KALVER-OSTRAND|PERSON|Jane Kalver-Ostrand]: \"We will not let a few traders spoil the name of our kelp,\" she said.")).Subject);
    }
}
