using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Extraction.Rules;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Extraction;

/// <summary>
/// Builds an annotated document from marked-up text, so extractor tests do not depend on the tagger:
/// <c>[Beijing|GPE|China] banned exports of [gallium|ELEMENT]</c>; one sentence per line.
/// </summary>
internal static partial class Markup
{
    [GeneratedRegex(@"\[(?<text>[^|\]]+)\|(?<label>[A-Z]+)(?:\|(?<norm>[^\]]*))?\]")]
    private static partial Regex Mention();

    public static AnnotatedDocument Parse(string markup, string docId = "doc")
    {
        var text = new StringBuilder();
        var entities = new List<Entity>();
        var last = 0;
        foreach (Match m in Mention().Matches(markup))
        {
            text.Append(markup, last, m.Index - last);
            var surface = m.Groups["text"].Value;
            var start = text.Length;
            text.Append(surface);
            var label = Enum.Parse<EntityLabel>(m.Groups["label"].Value);
            var normalized = m.Groups["norm"].Success ? m.Groups["norm"].Value : label == EntityLabel.ELEMENT ? surface.ToLowerInvariant() : surface;
            entities.Add(new Entity(label, surface, start, text.Length, normalized, "test"));
            last = m.Index + m.Length;
        }
        text.Append(markup, last, markup.Length - last);
        var clean = text.ToString();
        var sentences = new List<Sentence>();
        var offset = 0;
        foreach (var line in clean.Split('\n'))
        {
            if (line.Length > 0)
                sentences.Add(new Sentence(offset, offset + line.Length, line, []));
            offset += line.Length + 1;
        }
        var article = new Article(docId, docId + ".txt", clean, null, null, null, null);
        return new AnnotatedDocument(new Document(article, sentences), entities);
    }

    public static readonly PlaceKnowledge Places = new(
        demonym => demonym switch
        {
            "Chinese" => "China",
            "American" => "United States",
            "Japanese" => "Japan",
            "Dutch" => "Netherlands",
            "European" => "European Union",
            "Korean" or "South Korean" => "South Korea",
            "Indonesian" => "Indonesia",
            "South African" => "South Africa",
            "African" => "Africa",
            _ => null,
        },
        IsCity,
        // Sulawa is a province: a place the gazetteer knows that is no state.
        name => !IsCity(name) && name is not ("Europe" or "Asia" or "Africa" or "Sulawa"),
        written => written switch { "U.S." or "US" => "United States", "Japan" => "Japan", "China" => "China", "Europe" or "Asia" or "Africa" or "Sulawa" => written, _ => null },
        written => written switch { "Lima" => "Peru", "Santiago" => "Chile", _ => null },
        name => name is "Sulawa");

    private static bool IsCity(string name) =>
        name is "London" or "Geneva" or "Beijing" or "Tokyo" or "Jakarta" or "Brussels" or "Washington" or "Seoul" or "Paris" or "Lima" or "Santiago";

    public static ExtractionLexicons Lexicons { get; } = ExtractionLexicons.Load(Places);
}
