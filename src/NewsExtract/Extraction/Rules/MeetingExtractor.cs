using System.Text.RegularExpressions;
using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// meeting: parties meet or hold talks, at a venue, in a city, on a date. A sentence needs a meeting word and a
/// city or a date. Parties are the countries, unions and organizations in the sentence (demonyms count:
/// "U.S. and Chinese officials"). Mentions of one meeting across the article merge into one row (see
/// <see cref="FactMerger"/>).
/// </summary>
public sealed partial class MeetingExtractor : IFactExtractor
{
    private readonly ExtractionLexicons _lexicons;
    private readonly Regex _cue;
    private readonly Regex _venue;

    public MeetingExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _cue = Patterns.Words(lexicons.MeetingCues);
        // A venue is a capitalized name and a venue word, which some outlets write in lower case ("the X building").
        var heads = string.Join('|', lexicons.VenueHeads.Keys.Select(k => $"(?i:{Regex.Escape(k)})"));
        _venue = new Regex($@"(?<venue>(?:\p{{Lu}}[\p{{L}}\-]+\s+){{1,3}}(?:{heads}))\b", RegexOptions.Compiled);
    }

    public string Name => "rule:meeting";

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        foreach (var view in SentenceView.All(document))
        {
            var cue = _cue.Match(view.Folded);
            if (!cue.Success)
                continue;
            var gpes = view.Of(EntityLabel.GPE).ToList();
            var city = gpes.FirstOrDefault(g => _lexicons.Places.IsCity(g.Normalized) && !IsPossessiveGovernment(view, g));
            // The meeting's date is the one written nearest its cue ("talks opened on November 19").
            // Validity dates ("licences from December 1") are not when anyone met.
            var dates = RuleFacts.DatesIn(view, 0, view.Text.Length)
                .Where(d => !Regex.IsMatch(view.Folded[..view.Rel(d)], @"\b(?:from|since|until|till|through|effective|starting|by)\s+$", RegexOptions.IgnoreCase))
                .OrderBy(d => Math.Abs(view.Rel(d) - cue.Index)).ToList();
            var date = dates.Count > 0 && (city is not null || Math.Abs(view.Rel(dates[0]) - cue.Index) < 40) ? dates[0].Normalized : "";
            if (city is null && date.Length == 0)
                continue;
            var parties = gpes.Where(g => g != city && !_lexicons.Places.IsCity(g.Normalized)).Select(g => g.Normalized)
                .Concat(_lexicons.Places.DemonymsIn(view.Text).Select(d => d.Country))
                .Concat(view.Of(EntityLabel.ORG).Where(o => Regex.IsMatch(o.Normalized, @"Chamber|Council|Ministry|Commission|Association|Union|Federation|Government", RegexOptions.IgnoreCase)).Select(o => o.Normalized))
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            var relation = Patterns.ValueOf(_lexicons.MeetingCues, cue.Value);
            if (Regex.IsMatch(view.Folded, @"\btalks\b|\bnegotiat", RegexOptions.IgnoreCase))
                relation = "talks";
            var venue = _venue.Match(view.Text) is { Success: true } v ? v.Groups["venue"].Value : "";
            yield return RuleFacts.Create(view, FactTypes.Meeting, Name, string.Join("; ", parties), relation, venue,
                date: date, place: city?.Normalized ?? "", modality: _lexicons.ModalityOf(view.Folded),
                confidence: city is not null && date.Length > 0 ? 0.8 : 0.6);
        }
    }

    // "Beijing's decision" is the government, not the city where people met.
    private static bool IsPossessiveGovernment(SentenceView view, Entity gpe)
    {
        var after = view.Folded[view.RelEnd(gpe)..];
        return after.StartsWith("'s ", StringComparison.Ordinal) && !Regex.IsMatch(after, @"^'s\s+(?:\p{Lu}[\p{L}]+\s+)*(?:House|Hall|Palace|Centre|Center|Hotel)\b");
    }
}
