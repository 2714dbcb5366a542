using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// statistic: a percentage, multiple or money figure about a country or organization that is not a commodity
/// price ("nearly 60% of global refining comes from X", "X imports 45% of its ...", "Y reported revenue of
/// $60 million"). The relation is the measured thing in a few words, read from the words around the figure.
/// </summary>
public sealed partial class StatisticExtractor : IFactExtractor
{
    private readonly ExtractionLexicons _lexicons;
    private readonly LexiconPattern _moneyNoun;
    private readonly PriceMoves _moves;
    private readonly StatisticSubjects _subjects;
    private readonly MeasuredQuantity _measured;
    private readonly TradeShares _shares;

    public StatisticExtractor(ExtractionLexicons lexicons) : this(lexicons, MoveReaders.Of(lexicons))
    {
    }

    /// <param name="readers">The movement readers, built once for this extractor and the price_change one.</param>
    public StatisticExtractor(ExtractionLexicons lexicons, MoveReaders readers)
    {
        _lexicons = lexicons;
        _moneyNoun = Patterns.Words(lexicons.StatisticMoney);
        _moves = readers.Moves;
        _subjects = new StatisticSubjects(lexicons);
        _measured = readers.Measured;
        _shares = new TradeShares(lexicons);
    }

    // "99.99% min", "94 percent carbon content", "purity of 99.5%": a grade of a product, not a statistic.
    // "5% broken rice", "12.5% protein", "6% lithium oxide content": a quality of the product.
    [GeneratedRegex(@"^\s*(?:[a-z]+\s+){0,2}(?:content|purity|pure|grade|min|minimum|broken|protein|moisture)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GradeAfter();

    // "(44% Mn, CIF ...)", "(97% CaF2)", "| Cobalt hydroxide, 30% Co |": a chemical formula right after the figure.
    [GeneratedRegex(@"^\s*[A-Z][a-z]?(?:[A-Z][a-z]?|\d)*\s*(?:[,)|]|$)")]
    private static partial Regex FormulaAfter();

    // "$4.62 per lb", "$372 a tonne": a price per unit in the clause makes its percentages price moves more often than statistics.
    [GeneratedRegex(@"\b(?:per|a|an)\s+(?:metric\s+)?(?:tonne|ton|t|lb|pound|kg|kilogram|barrel|ounce|oz|bushel|mmbtu)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnit();

    [GeneratedRegex(@"\b(?:purity|grade)\s+(?:of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GradeBefore();

    public string Name => "rule:statistic";

    [GeneratedRegex(@"^\s*(?:of\s+)?(?<phrase>(?:(?!\b(?:comes?|came|is|are|was|were|from|to|in|by|despite|which|that|according|as|and|while|but|since|with|for|than|on|at)\b)[\p{L}\-’']+\s*){1,7})", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseAfter();

    [GeneratedRegex(@"^(?:its|their|the|a|an|his|her|our|global|total)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"\b(?<verb>[a-z]+)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|less\s+than\s+|some\s+|roughly\s+|up\s+to\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBefore();

    public IEnumerable<Fact> Extract(DocumentLookups document, CancellationToken cancellationToken = default)
    {
        var views = document.Sentences;
        foreach (var view in views)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A price move belongs to price_change when the sentence is about a commodity's price. Asked only of a
            // sentence with a figure: the commodity lookups it takes are the costly part, and most sentences have none.
            bool? pricedSentence = null;
            bool Priced() => pricedSentence ??= PriceChangeExtractor.IsAboutPrice(view)
                && (CommoditySubjects.Priced(view).Count > 0 || CommodityContext.Carried(view, views).Count > 0);
            TradeShares.Share? share = null;
            foreach (var clause in view.Clauses)
            {
                var text = view.Folded[clause.Start..clause.End];
                var perUnit = view.Within(clause.Start, clause.End).Any(e => e.Label == EntityLabel.MONEY && (RuleFacts.Money(e)?.Unit.Contains('/') ?? false))
                    || PerUnit().IsMatch(text);
                // Read once for every figure of the clause, and only for a clause with one.
                List<Growth>? growth = null;
                List<Growth> Moves() => growth ??= [.. _moves.In(view, clause).Select(m => new Growth(m, _measured.Before(view, clause, m.At)))];
                HashSet<Entity>? priceMoves = null;
                StatisticSubjects.InClause? subjects = null;
                string? modality = null;
                bool? moneyNoun = null;
                var taken = new List<(int Start, int End)>();
                IEnumerable<Fact> Rows(Entity figure, double amount, string unit, double confidenceOff, Func<string> relationOf, string? owner)
                {
                    subjects ??= _subjects.In(view, views, clause);
                    string? relation = null;
                    var candidates = subjects.Candidates(figure);
                    // The owner the measured phrase names ("Japanese magnet imports") comes first.
                    if (owner is not null)
                        candidates = [(owner, 0.6), .. candidates.Where(c => !c.Subject.Equals(owner, StringComparison.OrdinalIgnoreCase))];
                    foreach (var (subject, confidence) in candidates)
                    {
                        relation ??= relationOf();
                        // A relation that only repeats the subject says nothing.
                        if (relation.Length == 0 || relation.Equals(subject, StringComparison.OrdinalIgnoreCase))
                            continue;
                        yield return RuleFacts.Create(view, FactTypes.Statistic, Name, subject, relation, "",
                            amount: amount, unit: unit, modality: modality ??= _lexicons.ModalityOf(text), confidence: confidence - confidenceOff);
                    }
                }
                foreach (var (figure, value, looseness) in Figures(view, clause, Priced))
                {
                    taken.Add((view.Rel(figure), view.RelEnd(figure)));
                    // "exported kelp worth $212 million, about 87% of it to Chile": the partner's share of the trade.
                    if (figure.Label == EntityLabel.PERCENT && _shares.Read(view, figure, share) is { } read)
                    {
                        share = read;
                        yield return RuleFacts.Create(view, FactTypes.Statistic, Name, read.Partner, read.Relation, "",
                            amount: value.Amount, unit: value.Unit, modality: modality ??= _lexicons.ModalityOf(text), confidence: 0.75 - looseness);
                        continue;
                    }
                    // A move of a price belongs to price_change when the sentence is about one; a move of an amount
                    // ("exports rose 14%") stays here.
                    priceMoves ??= Priced() ? Moves().Where(g => g.Measured is null).Select(g => g.Move.Percent).OfType<Entity>().ToHashSet() : [];
                    if (priceMoves.Contains(figure) || IsGrade(view, figure)
                        || figure.Label == EntityLabel.MONEY && (MoneyRanges.IsHighEnd(view, figure) || MoneyRanges.IsPriceStep(view, figure))
                        || figure.Label == EntityLabel.PERCENT && IsPercentHighEnd(view, figure))
                        continue;
                    if (figure.Label == EntityLabel.MONEY && (value.Unit.Contains('/') ? !IsCharge(view, figure) : !(moneyNoun ??= _moneyNoun.IsMatch(text))))
                        continue;
                    // A percentage beside a price per unit (not a share "of" something): loose, for the model to judge.
                    // A rate a tax word names ("keeps its export duty at 9.5%") stays strict beside a reference price.
                    var demote = figure.Label == EntityLabel.PERCENT && perUnit && !OfAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(figure)..))
                        && !TaxBefore().IsMatch(WordScanner.LastChunks(view.Folded, clause.Start, view.Rel(figure), 8)) ? 0.2 : 0;
                    // A bare "up 5%" is a growth figure only beside a money noun ("revenue of $3.2 billion, up 14%").
                    // A figure in words ("by a fifth") is the move read at the same words.
                    var move = figure.Label == EntityLabel.PERCENT
                        ? Moves().FirstOrDefault(g => (g.Move.Percent == figure || g.Move.Percent is null && g.Move.At >= view.Rel(figure) && g.Move.At < view.RelEnd(figure))
                            && (g.Measured is not null || (moneyNoun ??= _moneyNoun.IsMatch(text))))
                        : null;
                    // "Exports fell 4% from a year earlier to $88.1 billion": the amount a measured move ends at is
                    // that amount's level.
                    var reached = figure.Label == EntityLabel.MONEY && LevelBefore().IsMatch(WordScanner.LastChunks(view.Folded, clause.Start, view.Rel(figure), 7))
                        ? Moves().LastOrDefault(g => g.Measured is not null && g.Move.At < view.Rel(figure))?.Measured
                        : null;
                    Func<string> relation = reached is not null ? () => reached.Phrase : () => GrowthRelation(move, view, clause, figure);
                    foreach (var row in Rows(figure, value.Amount, value.Unit, looseness + demote, relation, move?.Measured?.Owner))
                        yield return row;
                }
                // Growth told by a verb or a fraction ("its exports more than doubled", "imports fell by two-thirds"):
                // of an amount, or in a sentence about no price.
                foreach (var (move, measured) in Moves())
                {
                    if (move.Percent is not null || taken.Exists(t => move.At >= t.Start && move.At < t.End) || measured is null && Priced())
                        continue;
                    var end = move.At;
                    while (end < view.Text.Length && (char.IsLetterOrDigit(view.Text[end]) || view.Text[end] == '-'))
                        end++;
                    var start = view.Sentence.Start + move.At;
                    var figure = new Entity(EntityLabel.PERCENT, view.Text[move.At..end], start, view.Sentence.Start + end, "", Name);
                    foreach (var row in Rows(figure, move.Amount, move.Unit, 0.04, () => GrowthRelation(new Growth(move, measured), view, clause, figure), measured?.Owner))
                        yield return row;
                }
            }
        }
    }

    /// <summary>"The duty on cars will rise from 40% to 50%", "the export levy rises to 15% of declared value, from 8%":
    /// a rate that changes is the tax it names, and the rate it changes from is the previous one; null when the clause
    /// tells no change of a tax rate up to the figure.</summary>
    /// <remarks>The verb is matched on the last words before the figure and the tax looked for before the verb, each
    /// in a bounded stretch: one pattern over the whole stretch took time growing with the square of its length.</remarks>
    private static string? RateChange(SentenceView view, Clause clause, Entity figure)
    {
        var text = view.Folded;
        var at = view.Rel(figure);
        var tailFrom = WordScanner.StartOfChunks(text, clause.Start, at, 9);
        var change = RateChangeTail().Match(text, tailFrom, at - tailFrom);
        if (!change.Success)
            return null;
        var windowFrom = Math.Max(clause.Start, change.Index - 160);
        Match? tax = null;
        foreach (Match m in TaxNoun().Matches(text[..change.Index], windowFrom))
            tax = m;
        if (tax is null)
            return null;
        var phrase = new List<string>();
        // Up to three lower-case words before the tax ("additional customs duty"), none of them a function word.
        var words = text[windowFrom..tax.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0 && phrase.Count < 3; i--)
        {
            if (!LowerWord().IsMatch(words[i]) || RateStopWords.Contains(words[i]))
                break;
            phrase.Insert(0, words[i]);
        }
        phrase.Add(tax.Value);
        // What it is on: "on cars", "on imported steel bars", up to four words.
        var after = text[(tax.Index + tax.Length)..change.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (after.Length > 1 && after[0] is "on" or "for")
        {
            var on = new List<string> { after[0] };
            foreach (var word in after.Skip(1).Take(4))
            {
                if (!LowerWord().IsMatch(word) || RateStopWords.Contains(word))
                    break;
                on.Add(word);
            }
            if (on.Count > 1)
                phrase.AddRange(on);
        }
        var relation = string.Join(' ', phrase);
        return change.Groups["from"].Success ? "previous " + relation : relation;
    }

    private static readonly HashSet<string> RateStopWords = new(
        ["the", "a", "an", "its", "their", "said", "says", "that", "which", "will", "would", "is", "are", "was", "were", "to",
         "from", "applied", "originating", "rises", "rise", "rose", "and", "or", "of", "in", "by", "at"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of a tax on goods or their value, shared by the rate patterns here and in <see cref="StatisticSubjects"/>.</summary>
    internal const string TaxWords = @"(?:dut(?:y|ies)|tax(?:es)?|lev(?:y|ies)|cess(?:es)?|tariffs?|royalt(?:y|ies))";

    // A tax or a fee a state charges on goods: the words the charge readers (IsCharge) look for.
    private const string ChargeNouns = @"(?:" + TaxWords + @"|fees?|surcharges?)";

    [GeneratedRegex(@"\b" + TaxWords + @"\b", RegexOptions.IgnoreCase)]
    internal static partial Regex TaxNoun();

    [GeneratedRegex(@"^[a-z][a-z\-]*$")]
    private static partial Regex LowerWord();

    // A verb of change, then the figure: after "to" (the new rate), after "from" before any "to" (the old rate of "from
    // 40% to 50%"), or after "from" following the new rate ("to 50%, from 40%").
    [GeneratedRegex(@"\b(?:rise|rises|rose|increases?|increased|goes\s+up|go\s+up|climbs?|falls?|fell|drops?|dropped|raised|cut|lowered|reduced)\s+(?:(?<from>from)\s+(?:about\s+)?|(?:from\s+\S+\s+)?to\s+(?:about\s+)?|to\s+\S+(?:\s+[a-z\-]+){0,4},?\s+(?<from>from)\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RateChangeTail();

    /// <summary>A move of the clause and the amount it measures, if it measures one.</summary>
    private sealed record Growth(PriceMove Move, MeasuredQuantity.Measured? Measured);

    /// <summary>What a figure measures: the growth of a measured amount, else the words around the figure, else, for
    /// a move with no words to read ("..., up 5% from a year earlier"), its direction, and for an amount of money
    /// the money noun before it ("quarterly revenue rose 21% to 1.1 billion ringgit").</summary>
    private string GrowthRelation(Growth? growth, SentenceView view, Clause clause, Entity figure)
    {
        if (figure.Label == EntityLabel.PERCENT && RateChange(view, clause, figure) is { } rate)
            return rate;
        if (growth?.Measured is { } measured)
            return measured.Relation(growth.Move.Relation);
        // "Velmar's total exports of kelp ash stood at USD 5.3 billion": what stands at an amount is the noun before it.
        if (figure.Label == EntityLabel.MONEY && LinkingVerbBefore().IsMatch(WordScanner.LastChunks(view.Folded, clause.Start, view.Rel(figure), 4))
            && MoneyNounPhrase(view, clause, figure) is { Length: > 0 } stood)
            return stood;
        if (Relation(view, clause, figure) is { Length: > 0 } relation)
            return relation;
        // "cut the duty to 5% from 10%", "27% of its sales, down from 44%": the value before the change.
        if (PreviousBefore().IsMatch(WordScanner.LastChunks(view.Folded, clause.Start, view.Rel(figure), 4))
            && view.Within(clause.Start, view.Rel(figure)).LastOrDefault(e => e.Label == figure.Label) is { } level
            && GrowthRelation(null, view, clause, level) is { Length: > 0 } current)
            return "previous " + current;
        if (growth is not null)
            return growth.Move.Relation == "fell" ? "fall" : "growth";
        return figure.Label == EntityLabel.MONEY ? MoneyNounPhrase(view, clause, figure) : "";
    }

    /// <summary>The money noun nearest before the figure in its clause and the words around it ("total exports of
    /// kelp ash"); empty when there is none.</summary>
    private string MoneyNounPhrase(SentenceView view, Clause clause, Entity figure)
    {
        Match? noun = null;
        foreach (Match m in _moneyNoun.Matches(view.Folded[..view.Rel(figure)], clause.Start))
            noun = m;
        return noun is null ? "" : _measured.Phrase(view.Folded, noun, view.Rel(figure)).Phrase;
    }

    [GeneratedRegex(@"\b(?:stood|stands|came\s+in|totall?ed|totals|amounted|reached|was|were)\s+(?:at\s+|to\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|almost\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkingVerbBefore();

    // "three times the buffer norm", "5.9 times earnings", "twice what they were", "triple the normal volume".
    [GeneratedRegex(@"\b(?:(?<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times|(?<w>twice|double|triple|quadruple))\b(?!\s+(?:a|per|each|every)\b)", RegexOptions.IgnoreCase)]
    internal static partial Regex Multiple();

    // "a third of its sugar", "roughly half of global consumption", "by a quarter": a fraction as a percentage.
    [GeneratedRegex(@"(?<!\b(?:first|second|the|and\s+a|and)\s+)\b(?:(?:a|one)\s+(?<f>third|quarter|fifth|tenth)|(?<f>half|two-thirds|three-quarters|(?:two|three|four)-fifths))\s+of\b|\bby\s+(?:a|one)\s+(?<f>half|third|quarter|fifth|tenth)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Fraction();

    /// <summary>One of these is in every match of <see cref="Multiple"/> or <see cref="Fraction"/> ("two-thirds" holds
    /// "third"): one vectorized search for them passes over most clauses, where each pattern is tried at many places
    /// (the fraction's leading lookbehind hides its words from the regex engine's own search).</summary>
    private static readonly SearchValues<string> FigureWords = SearchValues.Create(
        ["times", "twice", "double", "triple", "quadruple", "third", "quarter", "fifth", "tenth", "half"], StringComparison.OrdinalIgnoreCase);

    /// <summary>False when neither <see cref="Multiple"/> nor <see cref="Fraction"/> can match in <paramref name="text"/>.</summary>
    internal static bool MayHoldFigureInWords(ReadOnlySpan<char> text) => text.ContainsAny(FigureWords);

    private static readonly Dictionary<string, double> Factors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["twice"] = 2, ["double"] = 2, ["triple"] = 3, ["quadruple"] = 4,
        ["half"] = 50, ["third"] = 33.3, ["quarter"] = 25, ["fifth"] = 20, ["tenth"] = 10, ["two-thirds"] = 66.7, ["three-quarters"] = 75,
        ["two-fifths"] = 40, ["three-fifths"] = 60, ["four-fifths"] = 80,
    };

    /// <summary>The figures of a clause: its percentages and money amounts, then multiples and fractions written
    /// in words (which a price move already claims when the sentence is about a commodity's price). Figures read
    /// from words carry a looseness taken off the confidence.</summary>
    private static IEnumerable<(Entity Figure, (double Amount, string Unit) Value, double Looseness)> Figures(SentenceView view, Clause clause, Func<bool> priced)
    {
        var entities = view.Within(clause.Start, clause.End).Where(e => e.Label is EntityLabel.PERCENT or EntityLabel.MONEY or EntityLabel.DATE).ToList();
        foreach (var figure in entities.Where(e => e.Label != EntityLabel.DATE))
        {
            (double Amount, string Unit)? value = figure.Label == EntityLabel.PERCENT
                ? RuleFacts.Number(figure.Normalized) is { } p ? (p, "%") : null
                : RuleFacts.Money(figure);
            if (value is not null)
                yield return (figure, value.Value, 0);
        }
        if (!MayHoldFigureInWords(view.Folded.AsSpan(clause.Start, clause.End - clause.Start)))
            yield break;
        var text = view.Folded[clause.Start..clause.End];
        foreach (var (match, unit, looseness) in Multiple().Matches(text).Select(m => (m, "x", 0.04)).Concat(Fraction().Matches(text).Select(m => (m, "%", 0.06))))
        {
            var word = unit == "x" ? (match.Groups["n"].Success ? match.Groups["n"].Value : match.Groups["w"].Value) : match.Groups["f"].Value;
            double? amount = Factors.TryGetValue(word, out var f) ? f
                : double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
            var start = view.Sentence.Start + clause.Start + match.Index;
            var synthetic = new Entity(EntityLabel.PERCENT, view.Text.Substring(clause.Start + match.Index, match.Length), start, start + match.Length, "", "rule:statistic");
            if (amount is null || entities.Any(e => e.Overlaps(synthetic)))
                continue;
            // Asked at the first figure in words, not before: most clauses have none. A fraction "of" something ("buys a
            // fifth of its electricity from abroad") is a share, whatever the sentence prices.
            if (!(unit == "%" && match.Value.EndsWith("of", StringComparison.OrdinalIgnoreCase)) && priced())
                yield break;
            yield return (synthetic, (amount.Value, unit), looseness);
        }
    }

    private static bool IsGrade(SentenceView view, Entity figure) =>
        figure.Label == EntityLabel.PERCENT
        && (GradeAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(figure)..)) || FormulaAfter().IsMatch(view.Text.AsSpan(view.RelEnd(figure)..)) || GradeBefore().IsMatch(WordScanner.LastChunks(view.Folded, 0, view.Rel(figure), 3)));

    /// <summary>What is measured: the verb before the figure and the noun phrase after it ("imports ... rare earths").</summary>
    private static string Relation(SentenceView view, Clause clause, Entity figure)
    {
        // "took 38% of the exports and Afghanistan 21%": a figure whose verb is left out measures what the one before does.
        if (ElidedBefore().IsMatch(WordScanner.LastChunks(view.Folded, clause.Start, view.Rel(figure), 7))
            && view.Within(clause.Start, view.Rel(figure)).LastOrDefault(e => e.Label == figure.Label) is { } previous)
            return Relation(view, clause, previous);
        var end = view.RelEnd(figure);
        var phrase = PhraseAfter().Match(view.Folded, end, clause.End - end) is { Success: true } m ? m.Groups["phrase"].Value.Trim() : "";
        phrase = Determiner().Replace(Determiner().Replace(phrase, ""), "");
        var at = view.Rel(figure);
        var verbFrom = WordScanner.StartOfChunks(view.Folded, clause.Start, at, VerbChunks);
        var verbMatch = VerbBefore().Match(view.Folded, verbFrom, at - verbFrom);
        // "Coal earned Colombia $9.6 billion": the word before the figure is the earner's name; the verb is before it.
        if (verbMatch.Success && char.IsUpper(view.Text[verbMatch.Groups["verb"].Index]) && verbMatch.Groups["verb"].Index > verbFrom)
            verbMatch = VerbBefore().Match(view.Folded, verbFrom, verbMatch.Groups["verb"].Index - verbFrom);
        var verb = verbMatch.Success ? verbMatch.Groups["verb"].Value : "";
        var parts = new List<string>();
        if (verb.Length > 2 && verb is not ("the" or "and" or "with" or "from" or "than" or "about" or "that" or "for" or "was" or "were" or "are" or "is" or "has" or "had" or "have" or "its" or "their" or "over"))
            parts.Add(verb);
        if (phrase.Length > 0)
            parts.Add(phrase);
        else
        {
            // "the price of", "a discount to": two nouns, a preposition and a hedge at most.
            var nounFrom = WordScanner.StartOfChunks(view.Folded, clause.Start, at, 6);
            if (NounBeforePreposition().Match(view.Folded, nounFrom, at - nounFrom) is { Success: true } n)
                parts.Add(n.Groups["noun"].Value);
        }
        return string.Join(' ', parts).Trim();
    }

    /// <summary>The hedge a figure whose verb is left out may carry ("and Afghanistan about 21%"); shared with
    /// <see cref="StatisticSubjects"/>, which reads the same figure's party.</summary>
    internal const string ElidedHedge = @"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+)?";

    // "and Afghanistan 21%"; in a ranking, "followed by Peru with 11%", "ahead of Chile at 9%", ", Peru second at 7%".
    [GeneratedRegex(RankingLink + @"\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+" + RankedGap + ElidedHedge + "$")]
    private static partial Regex ElidedBefore();

    /// <summary>What comes before a party whose figure's verb is left out: "and", a comma, a ranking's link ("followed
    /// by", "ahead of"), or "with" before a share; shared with <see cref="StatisticSubjects"/>.</summary>
    internal const string RankingLink = @"(?:\band|,|\bwith|\bfollowed\s+by|\btrailed\s+by|\bahead\s+of|\bbehind)";

    /// <summary>The verbs of a share told after "with" ("with China taking 41%"); shared with <see cref="StatisticSubjects"/>.</summary>
    internal const string ShareVerbs = @"(?:taking|accounting\s+for|making\s+up|holding|buying|representing)";

    /// <summary>What a ranking writes between a party and its figure ("with", "second at"), or a share's verb; shared
    /// with <see cref="StatisticSubjects"/>.</summary>
    internal const string RankedGap = @"(?:(?:(?:first|second|third|fourth|fifth|next|last)\s+)?(?:with|at|on)\s+|" + ShareVerbs + @"\s+)?";

    // The verb and up to nine words of "about", "nearly", "more than" before the figure.
    private const int VerbChunks = 10;

    // The level a move ends at: "rose 4% to $1.2 billion", "to a three-year low of $61.4 billion".
    [GeneratedRegex(@"\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:low|high|peak|record)\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelBefore();

    [GeneratedRegex(@"(?<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:of|at|to|by)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NounBeforePreposition();

    [GeneratedRegex(@"^\s*of\b")]
    private static partial Regex OfAfter();

    [GeneratedRegex(@"\b" + TaxWords + @"\s+(?:(?:on|for)\s+(?:[\w-]+\s+){1,3}?)?(?:(?:at|of|to|is|was|stays|remains)\s+){1,2}(?:about\s+|around\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TaxBefore();

    /// <summary>"between 12% and 15%": the high end of a range, which the low end's row stands for (FACT_SCHEMA.md).</summary>
    private static bool IsPercentHighEnd(SentenceView view, Entity percent)
    {
        // Most percentages have no "and" right before them: only those look for the one before.
        if (!view.Folded.AsSpan(..view.Rel(percent)).TrimEnd().EndsWith("and", StringComparison.OrdinalIgnoreCase))
            return false;
        Entity? previous = null;
        foreach (var p in view.Of(EntityLabel.PERCENT))
        {
            if (p.Start >= percent.Start)
                break;
            if (p.End <= percent.Start)
                previous = p;
        }
        return previous is not null
            && view.Folded.AsSpan(view.RelEnd(previous), view.Rel(percent) - view.RelEnd(previous)).Trim().Equals("and", StringComparison.OrdinalIgnoreCase)
            && BetweenBefore().IsMatch(WordScanner.LastChunks(view.Folded, 0, view.Rel(previous), 3));
    }

    [GeneratedRegex(@"\bbetween\s+(?:about\s+|around\s+|roughly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenBefore();

    /// <summary>A tax or fee per unit, the charge a state sets (a statistic), not the price of the goods: the tax named
    /// before the amount ("an export duty of $50 a tonne", "a fee of $30 a tonne ... halved it to $15", "$120 per
    /// consignment plus $0.50 per head"), the tax that moved to it ("the export levy on kelp ash rose to $50 a tonne
    /// from $35"), or the tax right after it ("a $4 per tonne import tariff"; not "12 cents a watt duty-paid").</summary>
    internal static bool IsCharge(SentenceView view, Entity money)
    {
        var before = WordScanner.LastChunks(view.Folded, 0, view.Rel(money), 20);
        return ChargeBefore().IsMatch(before) || ChargeMovedTo().IsMatch(before)
            || ChargeAfter().IsMatch(view.Folded.AsSpan(view.RelEnd(money)));
    }

    // The charge is the moving verb's subject: "the export tax for kelp oil has jumped from $41 ... to".
    [GeneratedRegex(@"\b" + ChargeNouns + @"\s+(?:(?:on|for)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:(?:has|have|had|was|were|will|would|could|is|are)\s+(?:been\s+)?)?(?:rose|risen|rises|jumped|jumps|climbed|fell|fallen|falls|dropped|eased|increased|decreased|raised|cut|lowered|reduced|doubled|halved|went\s+up|gone\s+up|went\s+down)\s+(?:(?:from|to|by)\s+(?:(?!\b(?:when|if|while|as|trades?|traded|trading|sold|sells?|selling|quoted|priced|costs?)\b)[^;]){0,60})?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeMovedTo();

    [GeneratedRegex(@"^\s*(?:-\s*)?(?:(?:import|export|customs|additional|retaliatory|specific)\s+)?" + ChargeNouns + @"\b(?!-)", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeAfter();

    [GeneratedRegex(@"\b" + ChargeNouns + @"\b(?:(?!\b(?:prices?|priced|trad(?:ed|es|ing)|sold|quoted|fetch(?:ed|es)|cost|costs|paid|paying|rose|fell|gained|lost|climbed|slipped|eased|jumped|dropped|settled|closed)\b)[^;])*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeBefore();

    [GeneratedRegex(@"(?:^|[\s,])(?:from|(?:down|up)\s+from)\s+(?:about\s+|around\s+|nearly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousBefore();
}
