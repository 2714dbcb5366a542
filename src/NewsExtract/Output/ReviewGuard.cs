using System.Globalization;
using ClosedXML.Excel;

namespace NewsExtract.Output;

/// <summary>A fact sheet in an output folder that holds an analyst's work, or that cannot be read to tell.</summary>
/// <param name="Reason">The first verdict or note found (<c>row 5: verdict "accept"</c>), or why the file could not be read.</param>
public sealed record ReviewedSheet(string Path, string Reason);

/// <summary>A reviewed sheet kept under a timestamped name before new outputs replaced it.</summary>
public sealed record ReviewBackup(string Original, string Backup);

/// <summary>
/// Keeps <c>extract</c> from overwriting review work: finds a <c>facts.xlsx</c> or <c>facts.csv</c> in the output folder
/// with any non-blank verdict or note cell, and keeps such files as timestamped backups when told to go ahead.
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
        foreach (var name in SheetFiles)
        {
            var path = Path.Combine(Path.GetFullPath(outputDirectory), name);
            if (File.Exists(path) && Inspect(path) is { } reason)
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

    private static string? InspectCsv(string path)
    {
        var sheet = FactReader.ReadCsvFile(path);
        if (sheet.Problems.Count > 0)
        {
            // An unreadable row may be the one a reviewer added.
            return $"cannot be read as a fact sheet: {sheet.Problems[0]}";
        }

        foreach (var fact in sheet.Items)
        {
            var (column, value) = !string.IsNullOrWhiteSpace(fact.Verdict) ? ("verdict", fact.Verdict) : ("note", fact.Note);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return $"the fact {fact.FactId} of {fact.DocId} has {column} \"{value.Trim()}\"";
            }
        }

        return null;
    }

    private static string? InspectWorkbook(string path)
    {
        try
        {
            using var workbook = new XLWorkbook(path);
            var sheet = workbook.Worksheets.FirstOrDefault(s => s.Name.Equals(FactWorkbookWriter.FactsSheet, StringComparison.OrdinalIgnoreCase));
            if (sheet is null)
            {
                return $"cannot be read as a fact sheet: no sheet named {FactWorkbookWriter.FactsSheet}";
            }

            var rows = sheet.RowsUsed().ToList();
            if (rows.Count == 0)
            {
                return null;
            }

            var header = rows[0];
            var columns = header.CellsUsed()
                .Select(cell => (Name: cell.GetString().Trim().ToLowerInvariant(), Column: cell.Address.ColumnNumber))
                .Where(c => ReviewColumns.Contains(c.Name))
                .ToList();
            if (columns.Count == 0)
            {
                return $"cannot be read as a fact sheet: no verdict or note column in its header (row {header.RowNumber()})";
            }

            foreach (var row in rows.Skip(1))
            {
                foreach (var (name, column) in columns)
                {
                    var cell = row.Cell(column);
                    if (cell.HasFormula)
                    {
                        return $"row {row.RowNumber()}: {name} has a formula";
                    }

                    if (cell.GetString() is { } text && !string.IsNullOrWhiteSpace(text))
                    {
                        return $"row {row.RowNumber()}: {name} \"{text.Trim()}\"";
                    }
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ClosedXML and the Open XML SDK throw many exception types for a damaged or foreign file; whichever it
            // is, the sheet cannot be told free of review work.
            return $"cannot be read as a fact sheet: {ex.Message}";
        }
    }
}
