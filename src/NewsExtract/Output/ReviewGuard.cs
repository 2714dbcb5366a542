using System.Collections;
using System.Globalization;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>A fact sheet in an output folder that holds an analyst's work, or that cannot be read to tell.</summary>
/// <param name="Reason">The first verdict or note found (<c>row 5: verdict "accept"</c>), or why the file could not be read.</param>
public sealed record ReviewedSheet(string Path, string Reason);

/// <summary>A reviewed sheet kept under a timestamped name before new outputs replaced it.</summary>
public sealed record ReviewBackup(string Original, string Backup);

/// <summary>
/// Keeps <c>extract</c> from overwriting review work: finds a <c>facts.xlsx</c> or <c>facts.csv</c> in the output folder
/// with any non-blank verdict or note cell, and keeps such files as timestamped backups when told to go ahead. A sheet
/// that the last run's stamp vouches for (<see cref="RunStamp.UnchangedOutputs"/>) holds none and is not read.
/// </summary>
/// <remarks>
/// A sheet that cannot be read as a fact sheet counts as reviewed: not knowing is no reason to overwrite it. Backups
/// are copies, made whole under a temporary name and then renamed, never over an existing file
/// (<c>facts.reviewed-20261129T213000Z.xlsx</c>, then <c>...Z-2.xlsx</c>), so the reviewed content exists in the
/// backup before any output replaces the original. IO problems while backing up surface as <see cref="IOException"/>
/// or <see cref="UnauthorizedAccessException"/>.
/// </remarks>
/// <param name="backUpReviewed">Whether the run may go ahead over reviewed sheets once they are backed up (<c>--force</c>); otherwise it refuses.</param>
public sealed class ReviewGuard(string outputDirectory, TimeProvider clock, bool backUpReviewed = false)
{
    /// <summary>The outputs a reviewer types into, in the order they are checked.</summary>
    public static readonly IReadOnlyList<string> SheetFiles = [FactWorkbookWriter.FileName, "facts.csv"];

    private static readonly string[] ReviewColumns = ["verdict", "note"];

    public bool BackUpReviewed => backUpReviewed;

    public IReadOnlyList<ReviewedSheet> FindReviewed()
    {
        var reviewed = new List<ReviewedSheet>();
        // A sheet as an extract run wrote it, with no review carried in, is not read: at 10,000 articles reading the
        // workbook took seconds.
        var directory = Path.GetFullPath(outputDirectory);
        var asWritten = RunStamp.UnchangedOutputs(directory);
        foreach (var name in SheetFiles)
        {
            var path = Path.Combine(directory, name);
            if (!asWritten.Contains(name) && File.Exists(path) && Inspect(path) is { } reason)
            {
                reviewed.Add(new ReviewedSheet(path, reason));
            }
        }

        return reviewed;
    }

    /// <summary>Why <paramref name="path"/> holds review work, or null when it holds none. Never throws.</summary>
    public static string? Inspect(string path) =>
        Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? InspectWorkbook(path) : InspectCsv(path);

    /// <summary>Copies each sheet to a backup beside it named with the current UTC time; returns where each went.</summary>
    public IReadOnlyList<ReviewBackup> BackUp(IEnumerable<ReviewedSheet> sheets)
    {
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return sheets.Select(sheet => new ReviewBackup(sheet.Path, Copy(sheet.Path, stamp))).ToList();
    }

    /// <summary><c>facts.reviewed-20261129T213000Z.xlsx</c>; a second backup within the same second gets <c>-2</c>, and so on.</summary>
    public static string BackupName(string fileName, string stamp, int attempt) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Path.GetFileNameWithoutExtension(fileName)}.reviewed-{stamp}{(attempt > 1 ? $"-{attempt}" : "")}{Path.GetExtension(fileName)}");

    private static string Copy(string path, string stamp)
    {
        var directory = Path.GetDirectoryName(path) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.backup-{Guid.NewGuid():N}");
        try
        {
            File.Copy(path, temporary);
            for (var attempt = 1; ; attempt++)
            {
                var backup = Path.Combine(directory, BackupName(Path.GetFileName(path), stamp, attempt));
                if (File.Exists(backup))
                {
                    continue;
                }

                try
                {
                    File.Move(temporary, backup, overwrite: false);
                    return backup;
                }
                catch (IOException) when (File.Exists(backup))
                {
                    // Taken between the check and the move: try the next name.
                }
            }
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Reads the CSV row by row: memory does not grow with the rows.</summary>
    private static string? InspectCsv(string path)
    {
        CsvRowStream<Fact> rows;
        try
        {
            rows = new CsvRowStream<Fact>(path, FactReader.FromCsv);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read as a fact sheet: {path}: cannot read: {ex.Message}";
        }

        using (rows)
        {
            while (true)
            {
                var (fact, problem) = rows.Next();
                if (problem is not null)
                {
                    // An unreadable row may be the one a reviewer added.
                    return $"cannot be read as a fact sheet: {problem}";
                }

                if (fact is null)
                {
                    return null;
                }

                var (column, value) = !string.IsNullOrWhiteSpace(fact.Verdict) ? ("verdict", fact.Verdict) : ("note", fact.Note);
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return $"the fact {fact.FactId} of {fact.DocId} has {column} \"{value.Trim()}\"";
                }
            }
        }
    }

    /// <summary>Reads the Facts sheet row by row (<see cref="XlsxReader"/>): memory and time do not grow with the rows beyond one.</summary>
    private static string? InspectWorkbook(string path)
    {
        try
        {
            using var workbook = XlsxReader.Open(path);
            if (workbook.FindSheet(FactWorkbookWriter.FactsSheet) is not { } name)
            {
                return $"cannot be read as a fact sheet: no sheet named {FactWorkbookWriter.FactsSheet}";
            }

            using var rows = workbook.Rows(name).GetEnumerator();
            if (!rows.MoveNext())
            {
                return null;
            }

            var header = rows.Current;
            var columns = ReviewColumnsOf(workbook, header);
            if (columns.Count == 0)
            {
                return $"cannot be read as a fact sheet: no verdict or note column in its header (row {header.Number})";
            }

            BitArray? blankShared = null;
            while (rows.MoveNext())
            {
                var row = rows.Current;
                foreach (var (column, columnName) in columns)
                {
                    if (row.Cell(column) is not { } cell)
                    {
                        continue;
                    }

                    if (cell.HasFormula)
                    {
                        return $"row {row.Number}: {columnName} has a formula";
                    }

                    if (cell.Kind == XlsxCellKind.Shared)
                    {
                        // Spreadsheet programs save text as shared strings: one pass marks the blank ones, and only the
                        // first non-blank one is read.
                        blankShared ??= workbook.SharedBlanks();
                        var index = cell.SharedIndex;
                        if (index >= 0 && index < blankShared.Length && !blankShared[index])
                        {
                            return $"row {row.Number}: {columnName} \"{workbook.ResolveShared(new HashSet<int> { index })[index].Trim()}\"";
                        }
                    }
                    else if (!string.IsNullOrWhiteSpace(cell.Value))
                    {
                        return $"row {row.Number}: {columnName} \"{cell.Value.Trim()}\"";
                    }
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The zip layer and the XML reader throw many exception types for a damaged or foreign file; whichever it
            // is, the sheet cannot be told free of review work.
            return $"cannot be read as a fact sheet: {ex.Message}";
        }
    }

    /// <summary>The header's verdict and note columns (by name, trimmed, any case), as (column, name).</summary>
    private static List<(int Column, string Name)> ReviewColumnsOf(XlsxReader workbook, XlsxRow header)
    {
        var shared = workbook.ResolveShared(header.Cells.Select(c => c.SharedIndex).Where(i => i >= 0).ToHashSet());
        return header.Cells
            .Select(cell => (cell.Column, Name: (cell.Kind == XlsxCellKind.Shared ? shared.GetValueOrDefault(cell.SharedIndex, "") : cell.Value).Trim().ToLowerInvariant()))
            .Where(c => ReviewColumns.Contains(c.Name))
            .ToList();
    }
}
