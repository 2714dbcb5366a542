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
    private readonly LexiconPattern _cue;
    private readonly LexiconPattern _venue;

    public MeetingExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _cue = Patterns.Words(lexicons.MeetingCues);
        // A venue is a capitalized name and a venue word, which some outlets write in lower case ("the X building").
        var heads = string.Join('|', lexicons.VenueHeads.Keys.Select(k => $"(?i:{Regex.Escape(k)})"));
        _venue = new LexiconPattern(new Regex($@"(?<venue>(?:\p{{Lu}}[\p{{L}}\-]+\s+){{1,3}}(?:{heads}))\b", RegexOptions.Compiled), lexicons.VenueHeads.Keys);
    }

    public string Name => "rule:meeting";

    /// <summary>"There's talk in Kuala Lumpur of tightening", "talk of a ban": a singular "talk" of what may happen.</summary>
    private static bool IsRumour(string folded, Match cue) =>
        cue.Value.Equals("talk", StringComparison.OrdinalIgnoreCase)
        && (RumourBefore().IsMatch(folded.AsSpan(0, cue.Index)) || TalkOf().IsMatch(folded.AsSpan(cue.Index + cue.Length)));

    [GeneratedRegex(@"\b(?:there(?:'s|’s|\s+is|\s+was|\s+has\s+been)|amid|growing|much|some|loose|no)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RumourBefore();

    [GeneratedRegex(@"^\s+(?:(?:in|among|around)\s+[^,;]{1,30}?\s+)?(?:of|that|about)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TalkOf();

    public IEnumerable<Fact> Extract(DocumentLookups document, CancellationToken cancellationToken = default)
    {
        foreach (var view in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cue = _cue.Match(view.Folded);
            // "there's talk in Kuala Lumpur of tightening that further": talk of a plan is rumour, not a meeting.
            while (cue.Success && IsRumour(view.Folded, cue))
                cue = cue.NextMatch();
            if (!cue.Success)
                continue;
            var gpes = view.Of(EntityLabel.GPE).ToList();
            // A capital read as its government ("New Delhi" -> India) is still the city when people meet in it.
            var city = gpes.Where(g => !IsPossessiveGovernment(view, g)).Select(g => CityOf(view, g)).FirstOrDefault(c => c is not null);
            var published = document.Document.Document.Article.Published;
            // The meeting's date is the one written nearest its cue ("talks opened on November 19").
            // Validity dates ("licences from December 1") are not when anyone met.
            var dates = RuleFacts.DatesIn(view, 0, view.Text.Length).Select(d => (Entity: d, d.Normalized))
                .Concat(view.Of(EntityLabel.DATE).Where(d => d.Normalized.Length == 0).Select(d => (Entity: d, Normalized: Weekday(d.Text, published, view.Folded))))
                .Where(d => d.Normalized.Length > 0)
                .Where(d => !PeriodBefore().IsMatch(view.Folded.AsSpan(..view.Rel(d.Entity))))
                .OrderBy(d => Math.Abs(view.Rel(d.Entity) - cue.Index)).ToList();
            // Near: within 40 characters of the cue's words, before or after them (a cue of two words, "video call",
            // is no further from its date than "met" is).
            var near = dates.Count > 0 && Gap(view.Rel(dates[0].Entity), view.RelEnd(dates[0].Entity), cue.Index, cue.Index + cue.Length) < 40;
            var date = dates.Count > 0 ? dates[0].Normalized : "";
            var venue = _venue.Match(view.Text) is { Success: true } v ? v.Groups["venue"].Value : "";
            // "at the Arusha International Conference Centre": a venue named after its city is in that city.
            city ??= CityOfVenue(venue);
            if (city is null && date.Length == 0)
                continue;
            // Loose: a date far from the cue with no city ("On 9 March, X ... held a videoconference with ...").
            var confidence = city is not null && date.Length > 0 ? 0.8 : city is not null || near ? 0.6 : 0.4;
            // "... met in Lima amid worry over Velmar's tariff threats": who is named in the background after the meeting is
            // not at it.
            var background = Background().Match(view.Folded, cue.Index);
            var until = background.Success ? background.Index : view.Text.Length;
            var parties = gpes.Where(g => CityOf(view, g) is null && view.Rel(g) < until).Select(g => g.Normalized)
                .Concat(_lexicons.Places.DemonymsIn(view.Text, 0, until).Select(d => d.Country))
                .Concat(view.Of(EntityLabel.ORG).Where(o => CollectiveBody().IsMatch(o.Normalized) && view.Rel(o) < until).Select(o => o.Normalized))
                .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            var relation = Patterns.ValueOf(_lexicons.MeetingCues, cue.Value);
            if (TalksWord().IsMatch(view.Folded))
                relation = "talks";
            yield return RuleFacts.Create(view, FactTypes.Meeting, Name, string.Join("; ", parties), relation, venue,
                date: date, place: city ?? "", modality: _lexicons.ModalityOf(view.Folded), confidence: confidence);
        }
    }

    /// <summary>The city a venue's name opens with ("Arusha International Conference Centre"), or null.</summary>
    private string? CityOfVenue(string venue)
    {
        var words = venue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            if (_lexicons.Places.Canonical(string.Join(' ', words[..n])) is { } place && _lexicons.Places.IsCity(place))
                return place;
        }
        return null;
    }

    /// <summary>The characters between two spans, 0 when they touch or overlap.</summary>
    private static int Gap(int start, int end, int otherStart, int otherEnd) =>
        Math.Max(0, Math.Max(start - otherEnd, otherStart - end));

    /// <summary>The city a GPE mention names: a city, or a capital the tagger read as its country when it is written
    /// as a place ("in New Delhi", a dateline "Abuja, Monday:").</summary>
    private string? CityOf(SentenceView view, Entity gpe)
    {
        if (_lexicons.Places.IsCity(gpe.Normalized))
            return gpe.Normalized;
        var before = view.Folded[..view.Rel(gpe)];
        var written = _lexicons.Places.Canonical(gpe.Text);
        // "meet in Peshawar": a place the gazetteer does not know, where people meet, is a town, not a party.
        if (written is null && !_lexicons.Places.IsState(gpe.Normalized) && InOrAtBefore().IsMatch(before))
            return gpe.Normalized;
        if (written is null || !_lexicons.Places.IsCity(written))
            return null;
        var after = view.Folded[view.RelEnd(gpe)..];
        var listed = ListPosition().IsMatch(before) && after.StartsWith(',');
        // "from Tbilisi, where ministers meet today": the place the clause after it happens in.
        return listed || InOrAtBefore().IsMatch(before) || WhereAfter().IsMatch(after) ? written : null;
    }

    /// <summary>A weekday alone ("on Monday"), which the date tagger leaves blank, read against the published date:
    /// the one before it, or the one after when the sentence looks ahead (will, due to, is to, scheduled).</summary>
    private static string Weekday(string text, DateOnly? published, string sentence)
    {
        if (published is not { } day || !Enum.TryParse<DayOfWeek>(text.Trim(), ignoreCase: true, out var weekday) || !Enum.IsDefined(weekday))
            return "";
        var ahead = Ahead().IsMatch(sentence);
        var shift = ahead ? ((int)weekday - (int)day.DayOfWeek + 7) % 7 : -(((int)day.DayOfWeek - (int)weekday + 7) % 7);
        return day.AddDays(shift).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    // "Beijing's decision" is the government, not the city where people met.
    private static bool IsPossessiveGovernment(SentenceView view, Entity gpe)
    {
        var after = view.Folded[view.RelEnd(gpe)..];
        return after.StartsWith("'s ", StringComparison.Ordinal) && !VenueAfter().IsMatch(after);
    }

    [GeneratedRegex(@"\b(?:amid(?:st)?|in\s+the\s+wake\s+of|against\s+(?:a|the)\s+backdrop\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Background();

    [GeneratedRegex(@"\b(?:will|due\s+to|is\s+to|are\s+to|scheduled|next)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ahead();

    [GeneratedRegex(@"Chamber|Council|Ministry|Commission|Association|Union|Federation|Government", RegexOptions.IgnoreCase)]
    private static partial Regex CollectiveBody();

    [GeneratedRegex(@"\b(?:in|at)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex InOrAtBefore();

    [GeneratedRegex(@"(?:^\W*|,\s+)$")]
    private static partial Regex ListPosition();

    [GeneratedRegex(@"\b(?:from|since|until|till|through|effective|starting|by)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodBefore();

    [GeneratedRegex(@"\btalks\b|\bnegotiat", RegexOptions.IgnoreCase)]
    private static partial Regex TalksWord();

    [GeneratedRegex(@"^,?\s+where\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhereAfter();

    [GeneratedRegex(@"^'s\s+(?:\p{Lu}[\p{L}]+\s+)*(?:House|Hall|Palace|Centre|Center|Hotel)\b")]
    private static partial Regex VenueAfter();
}
