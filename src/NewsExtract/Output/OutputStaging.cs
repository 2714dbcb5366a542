namespace NewsExtract.Output;

/// <summary>
/// Writes a set of output files into a temporary folder beside the target folder and moves them into place only
/// when every one is complete: outputs appear whole or not at all.
/// </summary>
/// <remarks>
/// When the target folder does not exist the staging folder is renamed to it (one atomic step). When it exists,
/// each staged file replaces its namesake by rename; files in the target that this run does not write are left
/// alone, and if a rename fails the files already replaced are put back. Disposing without
/// <see cref="Commit"/> deletes the staging folder and leaves the target untouched. IO problems surface as
/// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>. Not thread-safe.
/// </remarks>
public sealed class OutputStaging : IDisposable
{
    private readonly List<string> _names = [];
    private bool _finished;

    public OutputStaging(string targetDirectory)
    {
        Target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetDirectory));
        if (File.Exists(Target))
        {
            throw new IOException($"{Target} is a file, not a folder");
        }

        var parent = Path.GetDirectoryName(Target)
            ?? throw new IOException($"{Target} has no parent folder to stage the outputs in");
        Directory.CreateDirectory(parent);
        StagingDirectory = Path.Combine(parent, $".{Path.GetFileName(Target)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(StagingDirectory);
    }

    /// <summary>The folder the outputs end up in (full path).</summary>
    public string Target { get; }

    /// <summary>The temporary folder files are written to until <see cref="Commit"/>.</summary>
    public string StagingDirectory { get; }

    public IReadOnlyList<string> FileNames => _names;

    /// <summary>Creates <paramref name="fileName"/> in the staging folder; the caller writes and disposes the stream.</summary>
    public Stream CreateFile(string fileName)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (fileName.Length == 0 || fileName != Path.GetFileName(fileName) || fileName is "." or "..")
        {
            throw new ArgumentException($"'{fileName}' is not a plain file name", nameof(fileName));
        }

        if (_names.Contains(fileName, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{fileName}' is staged twice", nameof(fileName));
        }

        var stream = new FileStream(Path.Combine(StagingDirectory, fileName), FileMode.CreateNew, FileAccess.Write);
        _names.Add(fileName);
        return stream;
    }

    /// <summary>Moves every staged file into the target folder. Call once, after all streams are closed.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        if (!Directory.Exists(Target))
        {
            Directory.Move(StagingDirectory, Target);
            _finished = true;
            return;
        }

        var backup = StagingDirectory + ".old";
        Directory.CreateDirectory(backup);
        var replaced = new List<(string Name, bool HadOld)>();
        try
        {
            foreach (var name in _names)
            {
                var destination = Path.Combine(Target, name);
                var hadOld = File.Exists(destination);
                if (hadOld)
                {
                    File.Move(destination, Path.Combine(backup, name));
                }

                replaced.Add((name, hadOld));
                File.Move(Path.Combine(StagingDirectory, name), destination);
            }
        }
        catch
        {
            RollBack(replaced, backup);
            throw;
        }
        finally
        {
            TryDelete(backup);
        }

        _finished = true;
        TryDelete(StagingDirectory);
    }

    /// <summary>Writes one file whole or not at all: into a temporary file beside it, then renamed over it.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } parent)
        {
            Directory.CreateDirectory(parent);
        }

        var temporary = $"{full}.tmp-{Guid.NewGuid():N}";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            TryDelete(StagingDirectory);
        }
    }

    private void RollBack(List<(string Name, bool HadOld)> replaced, string backup)
    {
        foreach (var (name, hadOld) in replaced)
        {
            var destination = Path.Combine(Target, name);
            try
            {
                if (hadOld)
                {
                    File.Move(Path.Combine(backup, name), destination, overwrite: true);
                }
                else if (!File.Exists(Path.Combine(StagingDirectory, name)))
                {
                    File.Delete(destination); // the new file had moved in where there was none
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: the original error is the one worth reporting.
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless; it is named so that it is recognisable.
        }
    }
}
