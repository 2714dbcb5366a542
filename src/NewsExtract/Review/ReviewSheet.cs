namespace NewsExtract.Review;

/// <summary>What <see cref="ReviewSheetReader"/> got from one reviewed sheet.</summary>
/// <param name="Fatal">Why the file is not a fact sheet at all (missing, unreadable, no doc_id/fact_type/verdict header); then there are no rows.</param>
/// <param name="Problems">A line naming the file and line for every row that is not used: unreadable, or an unknown verdict.</param>
/// <param name="Warnings">Rows that were read, but with a guess worth checking (an ambiguous date).</param>
/// <param name="Articles">Where the run that wrote the sheet read its articles, when the sheet or its summary says.</param>
public sealed record ReviewSheet(
    string File,
    IReadOnlyList<ReviewRow> Rows,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Warnings,
    ArticlePaths Articles,
    string? Fatal = null)
{
    public static ReviewSheet Failure(string file, string fatal) => new(file, [], [], [], ArticlePaths.None, fatal);
}
