namespace NewsExtract.Review;

/// <summary>What a reviewer wrote in a fact row's <c>verdict</c> cell (FACT_SCHEMA.md section 3).</summary>
public enum Verdict
{
    /// <summary>An empty cell: the row was not reviewed.</summary>
    None,
    Accept,
    Reject,

    /// <summary>The row's cells were corrected; the row reads as the corrected fact.</summary>
    Fix,

    /// <summary>A row the reviewer typed in for a fact the extractor missed.</summary>
    Add,
}

/// <summary>Reads and writes verdicts as they appear in sheets and review files.</summary>
public static class Verdicts
{
    /// <summary>Trimmed and case-insensitive, as reviewers type them (<c> Accept </c>); blank is <see cref="Verdict.None"/>.</summary>
    public static bool TryParse(string text, out Verdict verdict)
    {
        Verdict? parsed = text.Trim().ToLowerInvariant() switch
        {
            "" => Verdict.None,
            "accept" => Verdict.Accept,
            "reject" => Verdict.Reject,
            "fix" => Verdict.Fix,
            "add" => Verdict.Add,
            _ => null,
        };
        verdict = parsed ?? Verdict.None;
        return parsed is not null;
    }

    /// <summary>The cell text: <c>accept</c>, <c>reject</c>, <c>fix</c>, <c>add</c>, or empty.</summary>
    public static string Name(Verdict verdict) => verdict == Verdict.None ? "" : verdict.ToString().ToLowerInvariant();

    /// <summary>Whether the row says what the document's facts are: accepted, corrected or added.</summary>
    public static bool IsGold(Verdict verdict) => verdict is Verdict.Accept or Verdict.Fix or Verdict.Add;
}
