using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>The relation of strict export-control candidates (LABELLING.md): goods added to a list tighten a regime,
/// an extension for more time keeps it, an extension to more goods or places widens it, and a history told beside
/// a change keeps the measure's target. Invented sentences.</summary>
public sealed class ExportControlRelationTests
{
    private static List<(string, string, string, string)> Facts(string markup) =>
        new ExportControlExtractor(Markup.Lexicons).Candidates(new DocumentLookups(Markup.Parse(markup)))
            .Where(c => c.Fact.Confidence >= 0.5)
            .Select(c => (c.Fact.Subject, c.Fact.Relation, c.Fact.Object, c.Fact.Place)).ToList();

    [Theory]
    [InlineData("[Chile|GPE] will add kelp pellets and fish oil to its export control list from [May|DATE|2031-05].", "Chile", "tightens", "kelp pellets", "")]
    [InlineData("On [May 2|DATE|2031-05-02] the ministry of [Peru|GPE] went further, adding [indium|ELEMENT] and [bismuth|ELEMENT] to the list.", "Peru", "tightens", "indium", "")]
    [InlineData("In [May 2029|DATE|2029-05], [Chile|GPE] had added kelp pellets to its export control list.", "Chile", "imposes", "kelp pellets", "")]
    [InlineData("[Chile|GPE] has extended its ban on kelp exports for another year, traders said, and sellers must offer kelp to local mills first.", "Chile", "maintains", "kelp", "")]
    [InlineData("[Chile|GPE] extended its ban on kelp exports to fish oil.", "Chile", "tightens", "kelp", "")]
    [InlineData("[Chile|GPE] has kept in place its ban on kelp exports to [Peru|GPE], imposed in [May 2029|DATE|2029-05].", "Chile", "imposes", "kelp", "Peru")]
    // licences for more types of goods widen a regime
    [InlineData("[Chile|GPE] will require exporters to obtain licences for 14 more types of kelp products.", "Chile", "tightens", "kelp products", "")]
    [InlineData("[Chile|GPE] will require licences for additional categories of kelp products from [May|DATE|2031-05].", "Chile", "tightens", "kelp products", "")]
    // a revoked or withdrawn licence tightens; an authorisation grants; goods that "remain subject to" licensing are kept
    [InlineData("[Chile|GPE] has revoked two export licences for kelp pellets.", "Chile", "tightens", "kelp pellets", "")]
    [InlineData("[Chile|GPE] withdrew a licence for kelp exports to [Peru|GPE].", "Chile", "tightens", "kelp", "Peru")]
    [InlineData("[Chile|GPE] has authorised licences for kelp pellet exports to [Peru|GPE].", "Chile", "grants_license", "kelp pellet", "Peru")]
    [InlineData("In [Chile|GPE], exports of kelp will remain subject to licensing until the new harvest.", "Chile", "maintains", "kelp", "")]
    public void Strict_candidates_have_the_labelled_relation(string markup, string subject, string relation, string obj, string place)
    {
        var facts = Facts(markup);
        Assert.True(facts.Contains((subject, relation, obj, place)), "Candidates: " + string.Join("; ", facts));
    }

    // An ore not named after its metal is a control on the metal, spelled as the article spells it.
    [Theory]
    [InlineData("[Chile|GPE] banned bauxite exports.", "aluminium")]
    [InlineData("[Chile|GPE] banned bauxite exports.\nUS aluminum smelters buy the ore.", "aluminum")]
    [InlineData("[Chile|GPE] banned bauxite exports.\nUS aluminum and European aluminium smelters buy the ore.", "aluminium")]
    public void An_ore_is_a_control_on_its_metal_as_the_article_spells_it(string markup, string metal)
    {
        Assert.Contains(Facts(markup), f => f.Item3 == metal);
    }

    // A tax on exports is a statistic (its rate), not an export control, unless the clause names a control too.
    [Theory]
    [InlineData("[Chile|GPE] keeps its kelp export duty at [9.5%|PERCENT|9.5] for July.", false)]
    [InlineData("[Chile|GPE] will raise the export levy on kelp to [12%|PERCENT|12] from [May|DATE|2031-05].", false)]
    [InlineData("[Chile|GPE] banned kelp exports and raised the export tax on fish oil to [10%|PERCENT|10].", true)]
    public void A_tax_on_exports_alone_is_no_export_control(string markup, bool control)
    {
        Assert.Equal(control, Facts(markup).Count > 0);
    }

    // Words that a short trigger stem starts are no trigger: "Bangladesh" and "Bangkok" ("ban"), "eastern" ("eas"),
    // "additional" ("add"); nor is "lift" of an amount.
    [Theory]
    [InlineData("[Kesland|GPE]'s cotton exports to [Bangladesh|GPE] were steady in May.", false)]
    [InlineData("Traders in [Bangkok|GPE] said rubber exports from [Kesland|GPE] were steady.", false)]
    [InlineData("[Kesland|GPE] sent additional cotton exports to eastern markets.", false)]
    [InlineData("[Kesland|GPE] banned cotton exports to [Bangladesh|GPE].", true)]
    [InlineData("[Kesland|GPE] is easing its ban on cotton exports.", true)]
    [InlineData("Curbs on cotton exports by [Kesland|GPE] would lift refined premiums in Asia.", false)]
    [InlineData("[Kesland|GPE] lifted its ban on cotton exports.", true)]
    public void A_word_that_only_looks_like_a_trigger_is_none(string markup, bool control)
    {
        Assert.Equal(control, Facts(markup).Count > 0);
    }

    // A clause that states no measure but names goods lends them to a measure later in the sentence that names none:
    // the nearest such clause before it.
    [Theory]
    [InlineData("[Indium|ELEMENT] is mined in the north; [Chile|GPE] suspended exports to [Peru|GPE] on [May 2|DATE|2031-05-02].", "indium")]
    [InlineData("[Indium|ELEMENT] is mined in the north; [bismuth|ELEMENT] comes from the south; [Chile|GPE] suspended exports to [Peru|GPE] on [May 2|DATE|2031-05-02].", "bismuth")]
    [InlineData("[Indium|ELEMENT] is mined in the north; the mines are old; [Chile|GPE] suspended exports to [Peru|GPE] on [May 2|DATE|2031-05-02].", "indium")]
    public void A_measure_without_goods_takes_those_of_the_nearest_clause_before_it(string markup, string obj)
    {
        var candidates = new ExportControlExtractor(Markup.Lexicons).Candidates(new DocumentLookups(Markup.Parse(markup))).ToList();
        Assert.Equal([(obj, "carried", "imposes")], candidates.Select(c => (c.Fact.Object, c.Pattern, c.Fact.Relation)).Distinct());
    }
}
