using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

/// <summary>Paragraphs hard-wrapped at a fixed width (a report converted from PDF) are one line each again; text whose
/// paragraphs are lines already is left as it was (invented text).</summary>
public sealed class HardWrappedLinesTests
{
    private static string Clean(string text) => new TextCleaner().Clean(text);

    // Ten lines wrapped near 72 characters, a bullet list, a pipe row and a heading in capitals.
    private const string Report =
        "Velmar Kelp Research | Weekly Kelp Report | Page 1 of 3\n\n"
        + "KEY POINTS\n\n"
        + "- Dried kelp prices rise for a third week as storms keep the Oskel fleet\n"
        + "  in port for most of the month\n"
        + "- Kelp meal steady\n\n"
        + "Dried kelp was assessed at $1,955 a tonne FOB Velmar on 3 June, up from\n"
        + "$1,880 a week earlier, as storms kept harvesting boats in port along the\n"
        + "northern coast for a fourth day, according to the exchange's own veter-\n"
        + "inary and harvest data published on Tuesday afternoon in the capital.\n\n"
        + "\"The fleet has not been out since Friday and buyers know it,\" said Jane\n"
        + "Roe, head of research at Velmar Kelp Research, \"and they are paying for\n"
        + "it.\" She expects prices to ease once the weather clears over the coast.\n\n"
        + "Kelp meal held at $610 a tonne, unchanged on the week, while kelp ash for\n"
        + "fertiliser blends slipped 1.5% to $402 a tonne ex-works in the south.";

    [Fact]
    public void A_wrapped_paragraph_is_one_line_again_with_a_broken_word_whole()
    {
        var lines = Clean(Report).Split('\n');
        Assert.Contains("Dried kelp was assessed at $1,955 a tonne FOB Velmar on 3 June, up from $1,880 a week earlier, as storms kept harvesting boats in port along the northern coast for a fourth day, according to the exchange's own veterinary and harvest data published on Tuesday afternoon in the capital.", lines);
        Assert.Contains("\"The fleet has not been out since Friday and buyers know it,\" said Jane Roe, head of research at Velmar Kelp Research, \"and they are paying for it.\" She expects prices to ease once the weather clears over the coast.", lines);
    }

    [Fact]
    public void List_items_a_table_row_and_a_heading_keep_their_own_lines()
    {
        var lines = Clean(Report).Split('\n');
        Assert.Equal("Velmar Kelp Research | Weekly Kelp Report | Page 1 of 3", lines[0]);
        Assert.Contains("KEY POINTS", lines);
        Assert.Contains("- Dried kelp prices rise for a third week as storms keep the Oskel fleet in port for most of the month", lines);
        Assert.Contains("- Kelp meal steady", lines);
    }

    // Paragraphs written as single long lines, as most articles are, are not hard-wrapped.
    [Fact]
    public void Text_whose_paragraphs_are_lines_is_left_alone()
    {
        var paragraph = "Dried kelp was assessed at $1,955 a tonne FOB Velmar on 3 June, up from $1,880 a week earlier, as storms kept boats in port.";
        var text = string.Join("\n", Enumerable.Repeat(paragraph, 12));
        Assert.Equal(text, Clean(text));
    }

    // A list of short lines under the width of prose is no wrapped paragraph either.
    [Fact]
    public void A_column_of_short_lines_is_left_alone()
    {
        var text = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"Kelp lot {i} sold at auction in Velmar port today"));
        Assert.Equal(text, Clean(text));
    }
}
