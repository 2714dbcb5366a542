using NewsExtract.Extraction;

namespace NewsExtract.Review;

/// <summary>One readable row of a reviewed fact sheet: its verdict, the fact as the row reads, and where it was.</summary>
/// <param name="Fact">The row's cells; its <see cref="Fact.Verdict"/> is the verdict's name, so writers show it.</param>
/// <param name="File">The sheet file as it was named to the reader.</param>
/// <param name="Line">The CSV line or worksheet row number where the row starts (the header is 1).</param>
public sealed record ReviewRow(Verdict Verdict, Fact Fact, string File, int Line);
