using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;
using NewsExtract.Annotation.Normalization;
using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Extraction.Rules;

/// <summary>One movement read from a clause: the direction, the amount (<c>%</c> or a factor <c>x</c>) and where
/// its figure stands in the sentence. <see cref="Percent"/> is the PERCENT mention it came from, if any.</summary>
public sealed record PriceMove(string Relation, double Amount, string Unit, int At, Entity? Percent);

/// <summary>
/// Finds movements in a clause: a percentage tied to a change word ("rose 9%", "up 14%", "a rise of 14 percent",
/// "a 5% drop", "20% higher") and multiples over time ("tripled", "roughly double its January level", "three times
/// higher than in 2024"). A multiple that compares two prices at one time ("three times the price inside China")
/// is no movement. Shared by the price_change extractor and by the statistic extractor, which leaves these
/// percentages to it.
/// </summary>
public sealed partial class PriceMoves
{
    private readonly ExtractionLexicons _lexicons;
    private readonly LexiconPattern _change;
    private readonly LexiconPattern _factorChange;

    /// <summary>The change words ("rose", "slump", "doubled"), as stems.</summary>
    internal LexiconPattern ChangeWords => _change;

    public PriceMoves(ExtractionLexicons lexicons)
    {
        _lexicons = lexicons;
        _change = Patterns.Stems(lexicons.PriceChanges);
        // The change words that carry a factor ("doubled"): a word that starts with one of these stems is where the
        // change pattern can find a factor, so a clause without one has no multiple verb.
        _factorChange = Patterns.StemAlternation(lexicons.PriceChanges.Entries.Where(e => e.Value.Contains('\t')).Select(e => e.Key));
    }

    // One of these is in every match of Multiple: one vectorized search for them passes over most clauses, where the
    // pattern is tried at many places (the factor words have the same kind of search, in LexiconPattern).
    private static readonly SearchValues<string> MultipleWords = SearchValues.Create(
        ["fold", "times", "twice", "double", "triple", "treble"], StringComparison.OrdinalIgnoreCase);

    // Direction adverbs are grammar, not a lexicon: "up 14%", "down 22%", "14% higher", "8% lower".
    [GeneratedRegex(@"\b(?<w>up|down|higher|lower)\s+(?:(?:by|some)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AdverbBefore();

    // "rose 9%", "fell by 4%", "a rise of 14 percent", "an increase of some 30%".
    [GeneratedRegex(@"\b(?<w>[a-z]+)\s+(?:(?:by|of|some)\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex WordBefore();

    // "a 14% rise", "5 per cent higher".
    [GeneratedRegex(@"^[\s-]*(?<w>[a-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"\b(?<num>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty)[\s-]?(?:fold|times)\b|\b(?<word>twice|double|triple|treble)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Multiple();

    // A multiple measured against an earlier level, not against another market.
    [GeneratedRegex(@"^\W*(?:(?:higher|more|greater|as\s+high|lower|less|cheaper)\s+)?(?:than\s+(?:in|at|on|a|last|before|the\s+start|the\s+beginning)\b|(?:its|their)\b|(?:the\s+)?(?:year|month|week)-?\s*(?:ago|earlier)|(?:a|one|two|three|six)\s+(?:years?|months?|weeks?)\s+(?:ago|earlier)|since\b|from\s+(?:a|last|the\s+start|the\s+beginning)\b|what\s+(?:it|they)\s+(?:cost|fetched|sold\s+for)\b|the\s+level\s+(?:of|in|at|after|before|a|last)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OverTime();

    [GeneratedRegex(@"\b(?:from|to)\s+(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelBefore();

    [GeneratedRegex(@"\bma(?:de|kes?|king)\s+up\s+(?:(?:about|around|roughly|nearly|almost|some|over|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MadeUpBefore();

    [GeneratedRegex(@"^\s+down\b", RegexOptions.IgnoreCase)]
    private static partial Regex DownAfter();

    [GeneratedRegex(@"(?:^|[\s|(])(?<s>[+\-\u2212])$")]
    private static partial Regex SignBefore();

    [GeneratedRegex(@"\b(?:lower|less|cheaper|below)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Downward();

    /// <summary>False when <see cref="Multiple"/> cannot match in <paramref name="clause"/>.</summary>
    internal static bool MayHoldMultiple(ReadOnlySpan<char> clause) => clause.ContainsAny(MultipleWords);

    /// <summary>The movements of one clause, in order of their figures.</summary>
    public IReadOnlyList<PriceMove> In(SentenceView view, Clause clause)
    {
        var moves = new List<PriceMove>();
        var text = view.Folded;
        foreach (var percent in view.Within(clause.Start, clause.End).Where(e => e.Label == EntityLabel.PERCENT))
        {
            if (RuleFacts.Number(percent.Normalized) is not { } amount)
                continue;
            var before = text[clause.Start..view.Rel(percent)];
            // "rises from 5% to 8%", "cut to 3% from 5%": levels before and after a change, not the change; "made up
            // about 31% of" is a share.
            if (LevelBefore().IsMatch(before) || MadeUpBefore().IsMatch(before))
                continue;
            var after = text[view.RelEnd(percent)..clause.End];
            var relation = SignOf(percent.Text) ?? DirectionOf(before, after) ?? VerbShortlyBefore(view, clause, percent);
            if (relation is not null)
                moves.Add(new PriceMove(relation, Math.Abs(amount), "%", view.Rel(percent), percent));
        }

        var span = text.AsSpan(clause.Start, clause.End - clause.Start);
        if (span.ContainsAny(FractionWords))
            AddFractions(text, clause, moves);

        // Most clauses hold no percentage, and then a move needs a multiple or a factor word: two quick searches
        // spare them the change words.
        if (moves.Count == 0 && !(MayHoldMultiple(span) && Multiple().IsMatch(span)) && !_factorChange.IsMatch(span))
            return moves;
        var clauseText = text[clause.Start..clause.End];
        var verbs = _change.Matches(clauseText).ToList();
        var verbRelation = verbs.Count > 0 ? Relation(verbs[0].Value) : null;
        // "doubles down on": an idiom, no multiple.
        var factorVerbs = verbs.Where(v => FactorOf(v.Value) is not null && !DownAfter().IsMatch(clauseText.AsSpan(v.Index + v.Length))).ToList();
        foreach (var verb in factorVerbs)
            moves.Add(new PriceMove(Relation(verb.Value) ?? "rose", FactorOf(verb.Value)!.Value, "x", clause.Start + verb.Index, null));
        if (factorVerbs.Count == 0)
        {
            foreach (Match m in Multiple().Matches(clauseText))
            {
                if (verbRelation is null && !OverTime().IsMatch(clauseText[(m.Index + m.Length)..])
                    || SizeBefore().IsMatch(clauseText.AsSpan(0, m.Index)))
                    continue;
                var key = m.Groups["num"].Success ? m.Groups["num"].Value : m.Groups["word"].Value;
                var amount = (double)(NumberParser.ParseNumber(key) ?? NumberParser.ParseFactor(key) ?? 0);
                if (amount <= 0)
                    continue;
                var tail = clauseText[(m.Index + m.Length)..];
                var direction = verbRelation ?? (Downward().IsMatch(tail[..Math.Min(tail.Length, 20)]) ? "fell" : "rose");
                moves.Add(new PriceMove(direction, amount, "x", clause.Start + m.Index, null));
            }
        }
        return moves.OrderBy(m => m.At).ToList();
    }

    // "a fine equal to twice its value", "penalties of up to three times the duty": a size, not a move.
    [GeneratedRegex(@"\b(?:equal\s+to|equivalent\s+to|amounting\s+to|fines?\s+of|penalt(?:y|ies)\s+of|up\s+to)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SizeBefore();

    /// <summary>"up a third since January", "about a fifth lower than a year ago", "has gained a quarter": a fraction
    /// written in words, with a change word before or after it as a percentage has. "A third of" is a share, not a
    /// move: no change word stands next to it.</summary>
    private void AddFractions(string text, Clause clause, List<PriceMove> moves)
    {
        foreach (var m in FractionMove().EnumerateMatches(text.AsSpan(clause.Start, clause.End - clause.Start)))
        {
            var (at, end) = (clause.Start + m.Index, clause.Start + m.Index + m.Length);
            var words = text.AsSpan(at, m.Length).TrimEnd();
            var amount = words[(Math.Max(words.LastIndexOf(' '), words.LastIndexOf('-')) + 1)..] switch
            {
                "thirds" => 66.7,
                "quarters" => 75,
                "third" => 33.3,
                "quarter" => 25,
                "fifth" => 20,
                "half" => 50,
                _ => 10,
            };
            var before = text[clause.Start..at];
            var hedge = Approximately().Match(before);
            var relation = DirectionOf(hedge.Success ? before[..hedge.Index] : before, text[end..clause.End]);
            if (relation is not null && !moves.Exists(x => x.At == at))
                moves.Add(new PriceMove(relation, amount, "%", at, null));
        }
    }

    private static readonly SearchValues<string> FractionWords = SearchValues.Create(["third", "quarter", "fifth", "tenth", "half"], StringComparison.OrdinalIgnoreCase);

    // "by about half", not "half of", "the first half", "a half-point".
    [GeneratedRegex(@"\b(?:(?:a|one)\s+(?:third|quarter|fifth|tenth)|two[\s-]thirds|three[\s-]quarters|(?<!\b(?:first|second|a|the|and)\s)half(?![\w-]|\s+(?:of|a|an|the|year|point|way)\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FractionMove();

    // "up roughly a third": the hedge between the change word and the fraction.
    [GeneratedRegex(@"\b(?:roughly|about|nearly|almost|around|some|over|more\s+than|just\s+over|close\s+to)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Approximately();

    /// <summary>"prices fell in March by 12%": a change verb a few words before the percentage, with no other figure
    /// between them.</summary>
    private string? VerbShortlyBefore(SentenceView view, Clause clause, Entity percent)
    {
        var before = view.Folded[clause.Start..view.Rel(percent)];
        var verb = _change.Matches(before).LastOrDefault();
        if (verb is null)
            return null;
        var gap = before.AsSpan((verb.Index + verb.Length)..);
        var figuresBetween = view.Within(clause.Start + verb.Index, view.Rel(percent))
            .Any(e => e.Label is EntityLabel.PERCENT or EntityLabel.MONEY);
        return !figuresBetween && Chars.Pieces(gap, ' ') <= 5 ? Relation(verb.Value) : null;
    }

    /// <summary>The direction of a percentage from the words next to it, or null when none is a change word.</summary>
    private string? DirectionOf(string before, string after)
    {
        // "| $72/t | -8% |": a signed change in a table cell or a bullet.
        if (SignBefore().Match(before) is { Success: true } sign)
            return sign.Groups["s"].Value == "+" ? "rose" : "fell";
        if (AdverbBefore().Match(before) is { Success: true } adverb)
            return PhraseEndingIn(before, adverb.Groups["w"]) ?? Adverb(adverb.Groups["w"].Value);
        if (WordBefore().Match(before) is { Success: true } word && ChangeWord(word.Groups["w"].Value) is { } r)
            return r;
        // "raised its prices for coil by 5%", "cut list prices of caustic soda by 3%": a seller set the price.
        if (PriceSetBefore().Match(before) is { Success: true } set)
            return set.Groups["up"].Success ? "rose" : "fell";
        // "added $96, or 1.8%", "fell 3 cents, or 0.7%": the percentage restates the amount the change word moved by.
        if (OrRestated().Match(before) is { Success: true } restated)
            return restated.Groups["w"].Value.ToLowerInvariant() is "up" or "down" ? Adverb(restated.Groups["w"].Value) : ChangeWord(restated.Groups["w"].Value);
        // "9% below its March peak", "60% above its level two years ago": a price against its own earlier level.
        if (AgainstEarlier().Match(after) is { Success: true } against)
            return against.Groups["w"].Value.Equals("above", StringComparison.OrdinalIgnoreCase) ? "rose" : "fell";
        // "18% dearer than a year ago": dearer or cheaper than its own earlier level.
        if (DearerThanEarlier().Match(after) is { Success: true } dearer)
            return dearer.Groups["w"].Value.Equals("cheaper", StringComparison.OrdinalIgnoreCase) ? "fell" : "rose";
        if (WordAfter().Match(after) is { Success: true } next)
            return next.Groups["w"].Value.ToLowerInvariant() is "higher" or "lower" ? Adverb(next.Groups["w"].Value) : ChangeWord(next.Groups["w"].Value);
        return null;
    }

    [GeneratedRegex(@"^\s*(?<w>dearer|cheaper|more\s+expensive)\s+than\s+(?:a\s+(?:year|month|week|fortnight)|last|it\s+was|they\s+were|in\b|at\s+the\s+(?:start|beginning|end)|before\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DearerThanEarlier();

    // The verb that sets a price (one that raises it in the "up" group), its object a price noun with the goods it
    // names ("prices for malt", "granular urea offers"), then "by": the figure is the move. Without the goods ("raised
    // that price by a third", "its list prices") the subject is a reference this rule does not resolve.
    [GeneratedRegex(@"\b(?:(?<up>rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|mark(?:s|ed|ing)?\s+up)|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|mark(?:s|ed|ing)?\s+down)\s+(?:(?:its|their|the|his|her|our|all)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:prices?|offers?|quotes?|quotations)\s+(?:for|of|on)\s+[^,;:%\d()]{1,60}?|(?:[\w-]+\s+){0,2}?(?!(?:that|this|those|these|list|posted|selling|official|export|domestic|retail|wholesale|average|all)\s)[\w-]+\s+(?:prices?|offers?|quotes?|quotations))\s+by\s+(?:(?:about|around|roughly|some|nearly|almost|up\s+to|as\s+much\s+as)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PriceSetBefore();

    [GeneratedRegex(@"\b(?<w>[a-z]+)\s+(?:by\s+)?[^\s,]*\d[^\s,]*(?:\s+\p{Ll}+)?,\s*or\s+(?:about\s+|nearly\s+|almost\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrRestated();

    [GeneratedRegex(@"^\s*(?<w>below|above)\s+(?:its|their|where|what|last|the\s+(?:previous|last|start|beginning|same|level)|a\s+(?:year|month|week))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgainstEarlier();

    /// <summary>"gave up 4%": the relation of a two-word phrase of the change lexicon that ends in the adverb, which then
    /// reads with its phrase, not on its own; null when there is none.</summary>
    private string? PhraseEndingIn(string before, Group adverb)
    {
        var phrase = WordScanner.LastChunks(before, 0, adverb.Index + adverb.Length, 2).ToString();
        return phrase.Contains(' ', StringComparison.Ordinal) && _change.Match(phrase) is { Success: true, Index: 0 } m && m.Length == phrase.Length
            ? Relation(m.Value)
            : null;
    }

    private static string? SignOf(string percent) => percent.TrimStart() switch
    {
        ['+', ..] => "rose",
        ['-' or '\u2212' or '\u2013', ..] => "fell",
        _ => null,
    };

    private static string Adverb(string word) => word.ToLowerInvariant() is "up" or "higher" ? "rose" : "fell";

    private string? ChangeWord(string word)
    {
        var m = _change.Match(word);
        return m.Success && m.Index == 0 && m.Length == word.Length ? Relation(word) : null;
    }

    private string? Relation(string matched) =>
        Patterns.ValueOf(_lexicons.PriceChanges, matched).Split('\t')[0] is { Length: > 0 } r ? r : null;

    private double? FactorOf(string verb)
    {
        // The lexicon value is "direction" or "direction<TAB>factor"; Lexicon keeps everything after the first tab.
        var parts = Patterns.ValueOf(_lexicons.PriceChanges, verb).Split('\t');
        return parts.Length > 1 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : null;
    }
}
