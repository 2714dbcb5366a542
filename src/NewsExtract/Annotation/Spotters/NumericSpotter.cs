using System.Buffers;
using System.Text.RegularExpressions;
using NewsExtract.Annotation.Normalization;

namespace NewsExtract.Annotation.Spotters;

/// <summary>A pattern spotter for DATE, MONEY and PERCENT mentions, normalized by
/// <see cref="DateNormalizer"/>, <see cref="MoneyNormalizer"/> and <see cref="PercentNormalizer"/>.</summary>
/// <remarks>
/// Matches within one sentence at a time. MONEY spans include currency, range and per-unit
/// (<c>USD 610 per kilogram</c>); PERCENT spans include the qualifier (<c>over 45%</c>). DATE covers full
/// dates, month and day either way round, month and year, parts of months (<c>late May</c>), capitalized
/// month names alone (<c>May</c> only after a date word such as <c>in</c>, <c>since</c>, <c>late</c>, so the
/// name and the modal verb are not dates), years standing alone (<c>in 2025</c>, <c>the 2026 quota</c>; not amounts,
/// times or parts of numbers), both days of a day range (<c>June 9-11</c>), and relative or vague expressions
/// (<c>last year</c>, <c>recent months</c>, weekdays, <c>tomorrow</c>) resolved against the published date (else a
/// dated top line such as <c>Thursday, 21 May 2026</c>) and blank without one. A bare amount shares the per-unit of a
/// unit price of the same currency and size in its sentence (<c>to $44.10 a barrel from $47.60</c>).
/// A date without a year takes the published year, else the year written for its whole phrase ("March 3 to
/// April 9, 2022"), else <c>XXXX</c>; never the year of another event written nearby. Output mentions do not overlap each other and are sorted by start.
/// Immutable and thread-safe.
/// </remarks>
public sealed partial class NumericSpotter : IEntitySpotter
{
    public const string DateSource = "pattern:date";
    public const string MoneySource = "pattern:money";
    public const string PercentSource = "pattern:percent";

    /// <summary>A date span; <paramref name="Phrase"/> is what it means when the span alone does not say it (the <c>11</c>
    /// of <c>June 9-11</c> is <c>June 11</c>).</summary>
    private readonly record struct Candidate(int Start, int End, int SentenceStart, int SentenceEnd, string? Phrase = null);

    private static string Phrase(string text, Candidate c) => c.Phrase ?? text[c.Start..c.End];

    /// <inheritdoc />
    public IEnumerable<Entity> Spot(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var found = new List<Entity>();
        var dates = new List<Candidate>();
        var published = document.Article.Published ?? DatelineDate(text);
        // One list for a sentence's amounts and percentages, emptied for the next: most sentences hold none.
        var numeric = new List<Entity>();
        var bareCurrencies = BareCurrencies.In(text);
        var currencyZones = CurrencyZones.In(text);
        var tableCells = TableUnits.In(text);
        var ounces = OuncePrices.Applies(text);
        var nextCell = 0;
        var nextUnitCell = 0;
        var paragraphUnits = new ParagraphUnits();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            numeric.Clear();
            var money = MoneyNormalizer.PatternFor(text.AsSpan(sentence.Start, sentence.End - sentence.Start));
            for (var m = money?.Match(text, sentence.Start, sentence.End - sentence.Start); m is { Success: true }; m = m.NextMatch())
            {
                if (MoneyNormalizer.FromMatch(m) is { } value)
                    numeric.AddRange(MoneyMentions(text, m, currencyZones?.Resolve(value, m.Value, m.Index) ?? value));
            }
            if (bareCurrencies is not null)
            {
                foreach (var (start, end, bare) in bareCurrencies.Mentions(text, sentence.Start, sentence.End))
                {
                    // A bare "francs" read as XOF was read from a "CFA francs" the document writes: its zone applies.
                    var value = currencyZones?.Resolve(bare, "CFA", start) ?? bare;
                    if (!OverlapsAny(numeric, start, end))
                        numeric.Add(new Entity(EntityLabel.MONEY, text[start..end], start, end, value.Normalized, MoneySource));
                }
                numeric.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
            // Bare numbers under a header that names their currency and unit ("US$/tonne"): amounts in it.
            var tableAdded = false;
            for (; nextCell < tableCells.Amounts.Count && tableCells.Amounts[nextCell].Start < sentence.End; nextCell++)
            {
                var cell = tableCells.Amounts[nextCell];
                if (cell.Start >= sentence.Start && !OverlapsAny(numeric, cell.Start, cell.End))
                {
                    numeric.Add(new Entity(EntityLabel.MONEY, text[cell.Start..cell.End], cell.Start, cell.End, cell.Value.Normalized, MoneySource));
                    tableAdded = true;
                }
            }
            if (tableAdded)
                numeric.Sort((a, b) => a.Start.CompareTo(b.Start));
            // "€7.15" under "CIF Hamburg, EUR/kg": an amount that writes its currency takes the column's unit.
            for (; nextUnitCell < tableCells.Units.Count && tableCells.Units[nextUnitCell].Start < sentence.End; nextUnitCell++)
            {
                var cell = tableCells.Units[nextUnitCell];
                for (var i = 0; i < numeric.Count; i++)
                {
                    var e = numeric[i];
                    if (e.Label == EntityLabel.MONEY && e.Start >= cell.Start && e.End <= cell.End && !e.Normalized.Contains('/'))
                        numeric[i] = e with { Normalized = e.Normalized + "/" + cell.Unit };
                }
            }
            ShareParenthesizedUnits(text, numeric);
            UnitBeforeGoods.Share(text, sentence.Start, sentence.End, numeric);
            ShareSentenceUnits(numeric);
            paragraphUnits.Share(text, sentence.Start, sentence.End, numeric);
            if (ounces && numeric.Count > 0)
                OuncePrices.Share(text, sentence.Start, sentence.End, numeric);
            var percents = PercentNormalizer.CanMatch(text.AsSpan(sentence.Start, sentence.End - sentence.Start)) ? PercentNormalizer.Pattern : null;
            for (var m = percents?.Match(text, sentence.Start, sentence.End - sentence.Start); m is { Success: true }; m = m.NextMatch())
            {
                if (PercentNormalizer.FromMatch(m) is { } percent && !OverlapsAny(numeric, m.Index, m.Index + m.Length))
                    numeric.Add(new Entity(EntityLabel.PERCENT, m.Value, m.Index, m.Index + m.Length, percent.Normalized, PercentSource));
            }
            found.AddRange(numeric);
            foreach (var d in FindDates(text, sentence.Start, sentence.End))
            {
                if (!OverlapsAny(numeric, d.Start, d.End))
                    dates.Add(d);
            }
        }

        var (looksAheadSentence, looksAhead) = (-1, false);
        for (var i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            var mention = text[d.Start..d.End];
            // Once a sentence, not once a date: a long sentence full of dates would cost its length per date.
            if (d.SentenceStart != looksAheadSentence)
                (looksAheadSentence, looksAhead) = (d.SentenceStart, LooksAhead(text, d.SentenceStart, d.SentenceEnd));
            var context = new DateContext(ReferenceDate(text, d, published), PhraseYear(text, dates, i)) { LooksAhead = looksAhead };
            if (DateNormalizer.Normalize(Phrase(text, d), context) is { } iso)
                found.Add(new Entity(EntityLabel.DATE, mention, d.Start, d.End, iso, DateSource));
        }
        return found.OrderBy(e => e.Start).ThenBy(e => e.End).ToList();
    }

    private static bool Overlaps(Entity e, int start, int end) => e.Start < end && start < e.End;

    private static bool OverlapsAny(List<Entity> entities, int start, int end)
    {
        foreach (var e in entities)
        {
            if (Overlaps(e, start, end))
                return true;
        }
        return false;
    }

    /// <summary>One MONEY mention, or two for a written range: each end is an amount an analyst looks up
    /// (<c>$3,050-$3,250 per tonne</c> is 3050 USD/t and 3250 USD/t), so each end gets the shared currency and
    /// per-unit. The low end's span is its number (with the currency written before it); the high end's span runs
    /// to the end of the match.</summary>
    private static IEnumerable<Entity> MoneyMentions(string text, System.Text.RegularExpressions.Match m, MoneyValue money)
    {
        var end = m.Index + m.Length;
        if (money.High is not { } high || MoneyNormalizer.HighEndStart(m) is not { } highStart)
        {
            yield return new Entity(EntityLabel.MONEY, m.Value, m.Index, end, money.Normalized, MoneySource);
            yield break;
        }
        var lowStart = MoneyNormalizer.LowEndStart(m);
        var lowEnd = MoneyNormalizer.LowEndEnd(m);
        // "from April 2 to 40 euros a tonne": the low end is a date's day, and the amount stands alone.
        if (!MonthBefore().IsMatch(text.AsSpan(Math.Max(0, lowStart - 12), lowStart - Math.Max(0, lowStart - 12))))
            yield return new Entity(EntityLabel.MONEY, text[lowStart..lowEnd], lowStart, lowEnd, money.Normalized, MoneySource);
        yield return new Entity(EntityLabel.MONEY, text[highStart..end], highStart, end, high.Normalized, MoneySource);
    }

    /// <summary>"91,500 yuan ($12,700) a tonne": a conversion in parentheses between an amount and its per-unit;
    /// the unit belongs to both amounts.</summary>
    private static void ShareParenthesizedUnits(string text, List<Entity> monies)
    {
        for (var i = 0; i + 1 < monies.Count; i++)
        {
            var (a, b) = (monies[i], monies[i + 1]);
            if (a.Normalized.Contains('/') || b.Normalized.Contains('/') || !OpenConversion().IsMatch(text.AsSpan(a.End, Math.Max(0, b.Start - a.End))))
                continue;
            if (MoneyNormalizer.PerUnitAfterParenthesis(text, b.End) is not { } unit)
                continue;
            monies[i] = a with { Normalized = $"{a.Normalized}/{unit}" };
            monies[i + 1] = b with { Normalized = $"{b.Normalized}/{unit}" };
        }
    }

    // "(", "(about ", "(or roughly ": what opens a conversion in parentheses.
    [GeneratedRegex(@"^\s*\(\s*(?:(?:about|around|roughly|approximately|nearly|some|or|c\.|ca\.|~)\s*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenConversion();

    /// <summary>"rose to $44.10 a barrel from $47.60", "9,184 yuan per tonne and soyoil gained to 8,306 yuan": a bare
    /// amount in a sentence that quotes a price per unit in the same currency and of the same size (within a factor of
    /// four) is a price in that unit too. The nearest such price before it counts first, then the nearest after it.
    /// Totals (<c>$3.1 billion</c>) are far from any unit price and keep their plain currency.</summary>
    private static void ShareSentenceUnits(List<Entity> numeric)
    {
        // Loops rather than LINQ: this runs for every sentence, and most hold no amount or one. One amount has no
        // other price to share.
        if (numeric.Count < 2)
            return;
        var monies = new List<(Entity Entity, int Index, (decimal Amount, string Currency, string? PerUnit) Value)>();
        for (var i = 0; i < numeric.Count; i++)
        {
            if (MoneyNormalizer.PartsOf(numeric[i]) is { } value)
                monies.Add((numeric[i], i, value));
        }
        foreach (var bare in monies)
        {
            if (bare.Value.PerUnit is not null)
                continue;
            // The nearest matching price before the bare amount, else the nearest after it.
            (int Index, string PerUnit)? before = null, after = null;
            foreach (var p in monies)
            {
                if (p.Value.PerUnit is not { } perUnit || p.Value.Currency != bare.Value.Currency || p.Value.Amount <= 0
                    || bare.Value.Amount / p.Value.Amount is not (>= 0.25m and <= 4m))
                    continue;
                if (p.Index < bare.Index)
                    before = (p.Index, perUnit);
                else if (after is null)
                    after = (p.Index, perUnit);
            }
            if ((before ?? after) is { } priced)
                numeric[bare.Index] = bare.Entity with { Normalized = $"{bare.Entity.Normalized}/{priced.PerUnit}" };
        }
    }

    /// <summary>Date candidates in text[start..end): all patterns, then the longest leftmost ones that do not overlap,
    /// then the other ends of day ranges, chosen the same way.</summary>
    private static List<Candidate> FindDates(string text, int start, int end)
    {
        var all = new List<Candidate>();
        // Most sentences hold no digit; the patterns that need one cannot match them.
        var sentence = text.AsSpan(start, end - start);
        var patterns = (sentence.IndexOfAnyInRange('0', '9') >= 0, sentence.ContainsAny(MonthStarts)) switch
        {
            (true, true) => DatePatterns,
            (true, false) => DigitDatePatterns,
            (false, true) => WordDatePatterns,
            (false, false) => [],
        };
        foreach (var regex in patterns)
            AddMatches(regex, text, start, end, all);
        if (MayHoldDayWord(sentence))
        {
            foreach (var regex in DayPatterns)
                AddMatches(regex, text, start, end, all);
        }
        var kept = LongestLeftmost(all);
        return kept.Count == 0 ? kept : LongestLeftmost([.. kept, .. RangeEnds(text, kept)]);
    }

    // Spans only, so no Match objects: over the sentence alone, as Match(text, start, length) reads it.
    private static void AddMatches(Regex regex, string text, int start, int end, List<Candidate> all)
    {
        foreach (var m in regex.EnumerateMatches(text.AsSpan(start, end - start)))
            all.Add(new Candidate(start + m.Index, start + m.Index + m.Length, start, end));
    }

    private static List<Candidate> LongestLeftmost(List<Candidate> candidates)
    {
        // Most sentences hold no date or one: nothing to order (an order, a comparer and a closure a sentence).
        if (candidates.Count <= 1)
            return [.. candidates];
        var kept = new List<Candidate>();
        // Leftmost first, then longest first, then in the order found (as a stable sort would leave them).
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var (x, y) = (candidates[a], candidates[b]);
            var byStart = x.Start.CompareTo(y.Start);
            if (byStart != 0)
                return byStart;
            var byLength = (y.End - y.Start).CompareTo(x.End - x.Start);
            return byLength != 0 ? byLength : a.CompareTo(b);
        });
        foreach (var c in order.Select(i => candidates[i]))
        {
            if (kept.Count == 0 || kept[^1].End <= c.Start)
                kept.Add(c);
        }
        return kept;
    }

    /// <summary>"June 9-11" and "9-11 June" name two days: the bare day number at the other end of the range is a
    /// date of the same month (and year, when written).</summary>
    private static IEnumerable<Candidate> RangeEnds(string text, List<Candidate> kept)
    {
        foreach (var c in kept)
        {
            var phrase = text[c.Start..c.End];
            if (MonthFirst().Match(phrase) is { Success: true } md && DayAfter().Match(text, c.End) is { Success: true } after
                && after.Index + after.Length <= c.SentenceEnd)
            {
                var year = after.Groups["y"].Success ? " " + after.Groups["y"].Value : "";
                var day = after.Groups["d"];
                yield return new Candidate(day.Index, after.Index + after.Length, c.SentenceStart, c.SentenceEnd, $"{md.Groups["mon"].Value} {day.Value}{year}");
            }
            if (DayFirst().Match(phrase) is { Success: true } dm && DayBefore().Match(text[DayBeforeWindow(text, c)..c.Start]) is { Success: true } before)
            {
                var day = before.Groups["d"];
                var start = DayBeforeWindow(text, c) + day.Index;
                yield return new Candidate(start, start + day.Length, c.SentenceStart, c.SentenceEnd, $"{day.Value} {dm.Groups["mon"].Value}");
            }
        }
    }

    [GeneratedRegex(@"(?<mon>" + MonthAny + @")\s+[0-9]{1,2}$")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b" + MonthAny + @"\s+$")]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"\G\s*[-–]\s*(?<d>[0-9]{1,2})(?![0-9%A-Za-z:]|[.,][0-9])(?:,?\s+(?<y>" + Year + "))?")]
    private static partial Regex DayAfter();

    [GeneratedRegex(@"^(?:[0-9]{1,2})\s+(?:of\s+)?(?<mon>" + MonthAny + ")")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<![0-9.,$€£¥])(?<d>[0-9]{1,2})\s*[-–]\s*$")]
    private static partial Regex DayBefore();

    /// <summary>Where <see cref="DayBefore"/> needs to look from: a match ends in spaces and dashes right before the
    /// date, its day (two digits at most) ends where they start, and one more character is for the lookbehind. Reading
    /// from the sentence start instead made a long sentence cost its length per date.</summary>
    private static int DayBeforeWindow(string text, Candidate c)
    {
        var i = c.Start;
        while (i > c.SentenceStart && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '-' or '–'))
            i--;
        return Math.Max(c.SentenceStart, i - 3);
    }

    /// <summary>A dated line at the top of an article the reader found no published date for ("Thursday, 21 May
    /// 2026 · Last updated 18:40", "Markets desk — Wednesday 8 April 2026."): a weekday with a full date in the first
    /// lines is the day of the article, the reference for dates without a year and for relative dates.</summary>
    private static DateOnly? DatelineDate(string text)
    {
        var m = TopDateline().Match(text[..Math.Min(text.Length, 400)]);
        if (!m.Success || DateNormalizer.Normalize(m.Groups["date"].Value, DateContext.None) is not { Length: 10 } iso)
            return null;
        return DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day : null;
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?<date>(?:[0-9]{1,2}\s+" + MonthFull + "|" + MonthFull + @"\s+[0-9]{1,2},?)\s+(?:19|20)[0-9]{2})(?![0-9])")]
    private static partial Regex TopDateline();

    /// <summary>A sentence about what is still to come: a future or schedule word and no reporting verb in the past
    /// ("a tender closes on Thursday as scheduled", not "the ministry said on Tuesday it will ...").</summary>
    private static bool LooksAhead(string text, int start, int end) =>
        FutureCue().IsMatch(text.AsSpan(start, end - start)) && !PastReport().IsMatch(text.AsSpan(start, end - start));

    [GeneratedRegex(@"\b(?:will|shall|scheduled|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    [GeneratedRegex(@"\b(?:said|told|announced|reported|was|were|had|did)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastReport();

    /// <summary>"since December" in an article published in March looks back: a month after the published one,
    /// written after "since", is in the year before. A month before the published one that a verb of the future
    /// governs ("the quota will apply from February" in an article of November) is in the year after.</summary>
    private static DateOnly? ReferenceDate(string text, Candidate d, DateOnly? published)
    {
        if (published is not { } p)
            return published;
        // The cues before the date first: they are short searches, and most dates have neither, where the month is read
        // by normalizing the phrase.
        var sinceFrom = Math.Max(0, d.Start - 8);
        var since = SinceBefore().IsMatch(text.AsSpan(sinceFrom, d.Start - sinceFrom));
        var ahead = !since && AheadOfDate(text, d);
        var behind = !since && !ahead && BehindDate(text, d);
        if (!since && !ahead && !behind)
            return published;
        var phrase = Phrase(text, d);
        if (Month(phrase) is not { } month || YearDigits().IsMatch(phrase))
            return published;
        return ahead ? (month < p.Month ? p.AddYears(1) : published) : (month > p.Month ? p.AddYears(-1) : published);
    }

    /// <summary>Whether the date is the time of a past verb shortly before it in its sentence ("added it to its list in
    /// November", "up from 455 rupees in December", "stopped issuing permits in mid-November"), with nothing between
    /// them that tells of the future or of a purpose: a month after the published one is then the year before's.</summary>
    private static bool BehindDate(string text, Candidate d)
    {
        var from = Math.Max(d.SentenceStart, d.Start - 90);
        var window = text.AsSpan(from, d.Start - from);
        var last = -1;
        if (!InBefore().IsMatch(window))
            return false;
        foreach (var m in PastVerb().EnumerateMatches(window))
            last = m.Index + m.Length;
        return last >= 0 && !FutureVerb().IsMatch(window[last..]) && !SentenceFuture().IsMatch(window[..last]) && !PurposeGap().IsMatch(window[last..]);
    }

    // The past event's own time: "in November", "in mid-November", "at the end of December".
    [GeneratedRegex(@"\b(?:in|at\s+the\s+(?:end|start|beginning)\s+of)\s+(?:early\s+|late\s+|mid-?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex InBefore();

    // What the past verb leads to, not when it happened: "agreed to withhold ... in July", "could ... if prices failed",
    // "restocked ahead of a holiday in October" ("added it to its list in November" is the adding's time); nor is a date
    // of the next clause ("was reached, and a round is set for late June").
    [GeneratedRegex(@"\bto\s+(?!(?:its|their|the|a|an|his|her|our|this|that|these|those|buyers|customers|us|them)\b)\p{Ll}+|\b(?:if|unless|could|would|may|might|when|once|before|after|until|ahead\s+of|in\s+time\s+for|due)\b|[,;]\s+(?:and|but|while)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PurposeGap();

    // A verb in the past tense, or "up/down from" a former level; not a passive ("could be held in July"), nor a
    // participle that tells of the future or a state ("expected", "scheduled", "offered talks in April", "is banned in").
    [GeneratedRegex(@"\b(?:up|down)\s+from\b|(?<!\b(?:is|are|be|been|being|will|to|would|could|may|might|must|shall)\s+)\b(?:began|rose|fell|wrote|took|made|sent|gave|saw|came|went|grew|sold|bought|paid|met|held|kept|left|brought|lost|spent|ran|won|told|said|(?!(?:expected|scheduled|planned|proposed|pencill?ed|offered|invited|suggested|requested|urged|called|slated|needed|required|based|related|limited|used|listed|registered|contracted|priced|dated|bound|timed)\b)\p{Ll}{3,}ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastVerb();

    // A future before the past verb governs it: "will require licences for goods added in November" (not "until",
    // which a past verb may follow: "stayed suspended until March and resumed in November").
    [GeneratedRegex(@"\b(?:" + FutureWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceFuture();

    /// <summary>Whether a verb of the future comes before the date in its sentence with nothing between them that tells
    /// of the past ("will be lifted in March", not "will replace the curbs imposed in March").</summary>
    private static bool AheadOfDate(string text, Candidate d)
    {
        var from = Math.Max(d.SentenceStart, d.Start - 90);
        var window = text.AsSpan(from, d.Start - from);
        var last = -1;
        foreach (var m in FutureVerb().EnumerateMatches(window))
            last = m.Index + m.Length;
        return last >= 0 && !HistoryGap().IsMatch(window[last..]);
    }

    private const string FutureWords = @"will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|slated)\s+to|plans?\s+to|intends?\s+to";

    [GeneratedRegex(@"\b(?:" + FutureWords + @"|until|till)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureVerb();

    // Past words, a sentence break or a year; or a participle after a noun, which tells of something done before
    // ("will be granted for cargoes contracted before August 1"; "will be lifted in March" and "will be gradually
    // eased" are the future's own participles).
    [GeneratedRegex(@"\b(?:since|was|were|had|has|have|been|ago|last|earlier|previous|previously|said|says|told|announced|imposed|introduced|adopted|agreed|signed)\b|[.;:]\s|\b(?:19|20)[0-9]{2}\b"
        + @"|\b(?!(?:be|being|is|are|get|gets|\p{Ll}+ly)\b)\p{Ll}+\s+\p{Ll}{2,}ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex HistoryGap();

    [GeneratedRegex(@"\bsince\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceBefore();

    /// <summary>The year written once for a whole date phrase: "March 3 to April 9, 2022" gives March 3 the year
    /// 2022. Only the next date of the same phrase counts; a year written for another event nearby ("restrictions
    /// imposed in 2022 ... on April 9") never does.</summary>
    private static int? PhraseYear(string text, List<Candidate> dates, int index)
    {
        if (index + 1 >= dates.Count)
            return null;
        var (d, next) = (dates[index], dates[index + 1]);
        if (!RangeJoint().IsMatch(text.AsSpan(d.End, next.Start - d.End)))
            return null;
        var year = YearDigits().Match(Phrase(text, next));
        if (!year.Success)
            return null;
        var value = int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture);
        // "from 1 October until 31 March 2026": a range that crosses the new year starts in the year before.
        var (from, to) = (Month(Phrase(text, d)), Month(Phrase(text, next)));
        return from > to ? value - 1 : value;
    }

    private static int? Month(string mention) =>
        DateNormalizer.Normalize(mention, DateContext.None) is { Length: >= 7 } iso
            && int.TryParse(iso.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture, out var month) ? month : null;

    [GeneratedRegex(@"^\s*(?:-|\u2013|\u2014|to|and|or|through|until|till)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeJoint();

    private const string MonthFull = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private const string MonthAny = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)";
    private const string Year = @"(?:1[89]|20)[0-9]{2}(?![0-9])";
    private const string Ordinal = @"[0-9]{1,2}(?:st|nd|rd|th)?";
    private const string Part = @"(?:(?:[Tt]he\s+)?(?:[Ee]arly|[Ll]ate|[Mm]id|[Mm]iddle\s+of|[Ee]nd\s+of|[Bb]eginning\s+of|[Ss]tart\s+of)[\s\-–]+)";
    private const string WeekdayComma = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+";
    private const string DateWord = @"(?:[Ff]or|[Oo]ver|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]etween|and|or|of|[Ff]rom|to|through|[Bb]efore|[Aa]fter|[Dd]uring|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|[Tt]hrough|[Ss]tarting|[Ee]nding)";

    /// <summary>The date patterns that need no digit but a month's name (the day patterns run apart, behind their own
    /// test). Equal candidates from different patterns are equal records, so the order of the patterns does not change
    /// the chosen dates.</summary>
    private static readonly Regex[] WordDatePatterns = [PartMonth(), MonthAlone(), MayAlone()];

    /// <summary>Relative dates and weekdays, which need one of <see cref="DayWords"/>.</summary>
    private static readonly Regex[] DayPatterns = [Relative(), Weekday()];

    // Every match of a day pattern holds one of these (the patterns are case-sensitive: "[Yy]esterday", "Monday"), and
    // most sentences hold none: each pattern is otherwise tried at every letter its words can start with.
    private static readonly SearchValues<string> DayWords = SearchValues.Create(["day", "week", "month", "year", "omorrow"], StringComparison.Ordinal);

    /// <summary>Whether a relative date or a weekday can be in <paramref name="sentence"/>.</summary>
    internal static bool MayHoldDayWord(ReadOnlySpan<char> sentence) => sentence.ContainsAny(DayWords);

    private static readonly Regex[] DatePatterns =
    [
        Iso(), Slashed(), MonthDay(), DayMonth(), MonthYear(), PartYear(), YearAlone(), .. WordDatePatterns,
    ];

    // Every pattern that names a month needs one of these (the month patterns are case-sensitive), and most sentences
    // name none: they run only the patterns that can match there.
    private static readonly SearchValues<string> MonthStarts = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    private static readonly Regex[] MonthPatterns = [MonthDay(), DayMonth(), MonthYear(), PartMonth(), MonthAlone(), MayAlone()];

    private static readonly Regex[] DigitDatePatterns = [.. DatePatterns.Except(MonthPatterns)];

    [GeneratedRegex(@"(?<![0-9\-])" + Year + @"-[0-9]{2}-[0-9]{2}(?![0-9\-])")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![0-9/.])[0-9]{1,2}/[0-9]{1,2}/" + Year + "(?!/)")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"(?<![A-Za-z])(?:" + WeekdayComma + "|" + Part + ")?" + MonthAny + @"\s+" + Ordinal + @"(?![0-9%A-Za-z]|:[0-9]|\.[0-9]|,[0-9]{3})(?:,?\s+" + Year + ")?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![0-9.,$€£¥A-Za-z])(?:" + WeekdayComma + ")?" + Ordinal + @"\s+(?:of\s+)?" + MonthAny + @"(?![A-Za-z])(?:,?\s+" + Year + ")?")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<![A-Za-z])" + Part + "?" + MonthAny + @",?\s+(?:of\s+)?" + Year)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![A-Za-z])" + Part + MonthFull + @"(?![A-Za-z])")]
    private static partial Regex PartMonth();

    [GeneratedRegex(@"(?<![A-Za-z])(?:January|February|March|April|June|July|August|September|October|November|December)(?![A-Za-z0-9'’\-])")]
    private static partial Regex MonthAlone();

    [GeneratedRegex(@"(?<=(?<![A-Za-z])" + DateWord + @"[\s\-]+)May(?![A-Za-z0-9'’\-])")]
    private static partial Regex MayAlone();

    [GeneratedRegex(@"(?<![A-Za-z])" + Part + Year + @"(?!%|[.,][0-9]|\s*(?:%|percent|per\s+cent|tonnes|tons|kg|units|yuan|dollars))")]
    private static partial Regex PartYear();

    [GeneratedRegex(@"(?<![0-9.,$€£¥#/A-Za-z])(?<!No\.\s?)" + Year + @"(?![0-9%]|[.,/][0-9]|\s*(?:%|percent|per\s+cent|tonnes|tons|metric|kg|units|yuan|dollars|euros|GMT|BST|UTC|CET|hrs|hours|local\s+time)(?![A-Za-z]))")]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"(?<![A-Za-z])(?:(?:[Ee]arlier|[Ll]ater)\s+this\s+(?:year|month)|(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?:year|month|week)|(?:[Rr]ecent|[Cc]oming)\s+(?:days|weeks|months|years)|[Yy]esterday|[Tt]omorrow)(?![A-Za-z])")]
    internal static partial Regex Relative();

    [GeneratedRegex(@"(?<![A-Za-z])(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])")]
    internal static partial Regex Weekday();

    [GeneratedRegex(@"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")]
    private static partial Regex YearDigits();
}
