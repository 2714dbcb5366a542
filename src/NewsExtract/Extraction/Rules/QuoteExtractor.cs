using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Ingestion;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// quote: words in double quotation marks (at least three) attributed to a speaker by a verb of saying. The
/// speaker is a person in the sentence, else the person a pronoun ("he said") points back to, else an
/// organization a description points back to ("the ministry said" -> the last "Ministry of ..." named), else an
/// organization in the sentence or the one before ("the statement reads"), else a country. A quote that stands alone
/// right after an attributed one in the same paragraph ("..." she said. "...") continues the same speaker.
/// </summary>
public sealed partial class QuoteExtractor : IFactExtractor
{
    private readonly ExtractionLexicons _lexicons;
    private readonly Regex _speech;

    public QuoteExtractor(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _speech = Patterns.StemAlternation(lexicons.SpeechVerbs.Keys
            .Concat(["stating", "saying", "predicting", "warning", "adding", "noting", "arguing", "insisting", "reads", "read", "telling", "calling", "described", "describing", "wrote", "writing"]), wholeWord: true);
    }

    public string Name => "rule:quote";

    [GeneratedRegex(@"""(?<q>[^""]{3,1000}?)""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:he|she)\s+(?:said|says|added|adds|told|noted|warned|explained|argued)\b|\b(?:said|says|added)\s+(?:he|she)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounSpeaker();

    [GeneratedRegex(@"\b(?:statement|release|communique|notice|announcement|spokesperson|spokesman|spokeswoman|ministry|report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InstitutionalCue();

    public IEnumerable<Fact> Extract(AnnotatedDocument document)
    {
        var views = SentenceView.All(document).ToList();
        var folded = MatchText.Fold(document.Text);
        (string Speaker, int End)? last = null;
        foreach (Match m in Quoted().Matches(folded))
        {
            var group = m.Groups["q"];
            var words = Regex.Matches(group.Value, @"[\p{L}\p{N}]+").Count;
            if (words < 3 || group.Value.Contains('\n'))
                continue;
            var view = views.FirstOrDefault(v => v.Sentence.Start <= m.Index && m.Index < v.Sentence.End + 1);
            if (view is null)
                continue;
            var outside = Outside(view, m.Index, m.Index + m.Length);
            var speaker = _speech.IsMatch(outside) ? Speaker(views, view, m.Index, m.Index + m.Length) : null;
            var confidence = 0.75;
            if (speaker is null && last is { } previous && ContinuesQuote(folded, view, previous.End, m.Index, outside))
            {
                speaker = previous.Speaker;
                confidence = 0.65;
            }
            if (speaker is null)
                continue;
            last = (speaker, m.Index + m.Length);
            var quote = document.Text.Substring(group.Index, group.Length).Trim().TrimEnd(',', '.', ';', ':').Trim();
            yield return RuleFacts.Create(view, FactTypes.Quote, Name, speaker, "said", quote, confidence: confidence);
        }
    }

    /// <summary>A quote that makes up its whole sentence, in the same paragraph as the attributed quote before it.</summary>
    private static bool ContinuesQuote(string folded, SentenceView view, int previousEnd, int quoteStart, string outside) =>
        previousEnd <= quoteStart
        && !folded.AsSpan(previousEnd, quoteStart - previousEnd).Contains('\n')
        && string.IsNullOrWhiteSpace(folded[view.Sentence.Start..quoteStart])
        && !Regex.IsMatch(outside, @"[\p{L}\p{N}]");

    // A speaker named by a description of an organization: "the ministry said", "the commission added".
    [GeneratedRegex(@"\b[Tt]he\s+(?<noun>ministry|department|commission|agency|bureau|council|committee|office|authority|regulator|exchange|bank|chamber|association|institute|alliance|federation)\b")]
    private static partial Regex OrgDescription();

    /// <summary>The last organization named before <paramref name="before"/> whose name holds the described noun.</summary>
    private static string? DescribedOrg(SentenceView view, string outside, int before)
    {
        var m = OrgDescription().Match(outside);
        if (!m.Success)
            return null;
        var noun = m.Groups["noun"].Value;
        return view.Document.Entities
            .Where(e => e.Label == EntityLabel.ORG && e.End <= before
                        && Regex.IsMatch(e.Normalized, $@"\b{noun}\b", RegexOptions.IgnoreCase))
            .LastOrDefault()?.Normalized;
    }

    private static string Outside(SentenceView view, int quoteStart, int quoteEnd)
    {
        var s = view.Sentence;
        var left = view.Folded[..Math.Clamp(quoteStart - s.Start, 0, view.Folded.Length)];
        var right = view.Folded[Math.Clamp(quoteEnd - s.Start, 0, view.Folded.Length)..];
        return Regex.Replace(left + " " + right, @"""[^""]*""", " ");
    }

    private string? Speaker(IReadOnlyList<SentenceView> views, SentenceView view, int quoteStart, int quoteEnd)
    {
        var outsideQuotes = view.Entities.Where(e => e.End <= quoteStart || e.Start >= quoteEnd).ToList();
        var person = outsideQuotes.Where(e => e.Label == EntityLabel.PERSON)
            .OrderBy(e => Math.Min(Math.Abs(e.Start - quoteEnd), Math.Abs(quoteStart - e.End))).FirstOrDefault();
        if (person is not null)
            return person.Normalized;
        if (PronounSpeaker().IsMatch(view.Folded))
        {
            var previous = views.Take(view.Index).Reverse().SelectMany(v => v.Of(EntityLabel.PERSON).Reverse()).FirstOrDefault();
            if (previous is not null)
                return previous.Normalized;
        }
        if (DescribedOrg(view, Outside(view, quoteStart, quoteEnd), quoteStart) is { } described)
            return described;
        var org = outsideQuotes.FirstOrDefault(e => e.Label == EntityLabel.ORG);
        if (org is not null)
            return org.Normalized;
        if (InstitutionalCue().IsMatch(view.Folded) && view.Index > 0)
        {
            var prior = views[view.Index - 1];
            var priorOrg = prior.Of(EntityLabel.ORG).FirstOrDefault();
            if (priorOrg is not null && InstitutionalCue().IsMatch(prior.Folded))
                return priorOrg.Normalized;
        }
        var gpe = outsideQuotes.FirstOrDefault(e => e.Label == EntityLabel.GPE)?.Normalized;
        return gpe ?? _lexicons.Places.DemonymsIn(view.Text).Select(d => d.Country).FirstOrDefault();
    }
}
