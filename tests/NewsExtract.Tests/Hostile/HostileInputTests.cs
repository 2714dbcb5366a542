using System.Text;
using NewsExtract.Cli;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Hostile;

/// <summary>Files and folders a new user's input folder may hold: each is accounted for in the summary, none stops the batch.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly HostileBatch _batch = new();

    public void Dispose() => _batch.Dispose();

    private static FolderLister Lister(Func<string, IEnumerable<FileSystemInfo>?>? failing = null) =>
        directory => failing?.Invoke(directory) ?? new DirectoryInfo(directory).EnumerateFileSystemInfos();

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Unreadable_subfolder_is_a_failed_entry_and_the_rest_is_processed()
    {
        var locked = Path.GetDirectoryName(_batch.Write("locked/inside.txt", HostileBatch.GoodArticle))!;
        _batch.Write("open/other.txt", HostileBatch.GoodArticle.Replace("Monday", "Tuesday", StringComparison.Ordinal));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            // Root (these tests run as root in CI) reads through mode 000; then the same failure comes through the lister seam.
            var permissionsHold = !CanList(locked);
            FolderLister list = permissionsHold
                ? Lister()
                : Lister(d => d == locked ? throw new UnauthorizedAccessException($"Access to the path '{d}' is denied.") : null);

            var run = await _batch.Extract(dir => new InputFolder(dir, list).Enumerate());

            Assert.Equal(ExitCode.CompletedWithFailures, run.ExitCode);
            var entry = run.File("locked");
            Assert.Equal("failed", entry.Status);
            Assert.StartsWith("cannot read folder: Access to the path", entry.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain(run.Files, f => f.Path.StartsWith("locked/", StringComparison.Ordinal));
            HostileBatch.AssertGoodProcessed(run);
            Assert.Equal("processed", run.File("open/other.txt").Status);
            Assert.Contains("1 failed", run.Console, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static bool CanList(string directory)
    {
        try
        {
            _ = Directory.EnumerateFileSystemEntries(directory).ToList();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Unreadable_input_root_is_still_exit_3() =>
        Assert.Equal(ExitCode.InputMissing, await NewsExtractApp.RunAsync(
            ["extract", _batch.In, "--out", Path.Combine(_batch.In, "..", "out")],
            new CliEnvironment(TextWriter.Null, TextWriter.Null, false, _ => throw new InvalidOperationException("not reached"), () => new ArticleReader(),
                dir => new InputFolder(dir, Lister(_ => throw new UnauthorizedAccessException("denied"))).Enumerate(), TimeProvider.System)));

    [Fact]
    public async Task Symlinked_folder_is_listed_as_skipped_and_not_followed()
    {
        _batch.Write("real/inside.txt", HostileBatch.GoodArticle.Replace("Monday", "Friday", StringComparison.Ordinal));
        Directory.CreateSymbolicLink(Path.Combine(_batch.In, "linked"), Path.Combine(_batch.In, "real"));

        var run = await _batch.Extract();

        Assert.Equal(ExitCode.Success, run.ExitCode);
        Assert.Equal(("skipped", "symbolic link to a folder, not followed"), (run.File("linked").Status, run.File("linked").Reason));
        Assert.Equal("processed", run.File("real/inside.txt").Status);
        Assert.DoesNotContain(run.Files, f => f.Path.StartsWith("linked/", StringComparison.Ordinal));
        HostileBatch.AssertGoodProcessed(run);
    }

    [Fact]
    public async Task Symlink_loops_do_not_hang()
    {
        Directory.CreateDirectory(Path.Combine(_batch.In, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_batch.In, "sub", "up"), _batch.In);
        File.CreateSymbolicLink(Path.Combine(_batch.In, "self.txt"), Path.Combine(_batch.In, "self.txt"));

        var run = await _batch.Extract().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(("skipped", "symbolic link to a folder, not followed"), (run.File("sub/up").Status, run.File("sub/up").Reason));
        var self = run.File("self.txt");
        Assert.Equal("failed", self.Status);
        Assert.StartsWith("unreadable file: ", self.Reason, StringComparison.Ordinal);
        Assert.Equal(3, run.Files.Count);
        HostileBatch.AssertGoodProcessed(run);
    }

    [Fact]
    public async Task Empty_file_is_skipped()
    {
        _batch.Write("empty.txt", []);

        var run = await _batch.Extract();

        Assert.Equal(ExitCode.Success, run.ExitCode);
        Assert.Equal(("skipped", "empty file"), (run.File("empty.txt").Status, run.File("empty.txt").Reason));
        HostileBatch.AssertGoodProcessed(run);
    }

    [Fact]
    public async Task Binary_file_with_nuls_fails_as_binary()
    {
        _batch.Write("image.txt", [.. Encoding.ASCII.GetBytes("GIF89a"), 0, 0, 1, 0, 0xFF, 0xD8, 0, 0]);

        var run = await _batch.Extract();

        Assert.Equal(ExitCode.CompletedWithFailures, run.ExitCode);
        Assert.Equal(("failed", "binary content, not text (NUL or control bytes)"), (run.File("image.txt").Status, run.File("image.txt").Reason));
        HostileBatch.AssertGoodProcessed(run);
    }

    [Fact]
    public async Task File_of_50_MB_is_accounted_for_and_the_rest_is_processed()
    {
        // Mostly whitespace around a short repeated line: fast to write and to scan, whatever the size limit is.
        var line = Encoding.UTF8.GetBytes("Nickel rose.\n" + new string(' ', 1011) + "\n");
        var big = new byte[50 * 1024 * 1024];
        for (var at = 0; at < big.Length; at += line.Length)
            line.AsSpan(0, Math.Min(line.Length, big.Length - at)).CopyTo(big.AsSpan(at));
        _batch.Write("big.txt", big);
        _batch.Write("zz.txt", HostileBatch.GoodArticle.Replace("Monday", "Sunday", StringComparison.Ordinal));

        var run = await _batch.Extract();

        var entry = run.File("big.txt");
        Assert.Contains(entry.Status, new[] { "processed", "failed" });
        Assert.True(entry.Status == "processed" || entry.Reason.Contains("too large", StringComparison.Ordinal), entry.Reason);
        HostileBatch.AssertGoodProcessed(run);
        Assert.Equal("processed", run.File("zz.txt").Status);
    }

    [Fact]
    public async Task Utf16_file_with_bom_is_read()
    {
        _batch.Write("wide.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Beijing\u2019s curbs: China imposed export controls on antimony, the trade ministry said.")]);

        var run = await _batch.Extract();

        Assert.Equal(ExitCode.Success, run.ExitCode);
        Assert.Equal(("processed", ""), (run.File("wide.txt").Status, run.File("wide.txt").Reason));
        Assert.True(run.File("wide.txt").Facts > 0);
        HostileBatch.AssertGoodProcessed(run);
    }

    [Fact]
    public async Task Windows_1252_file_is_read_as_windows_1252()
    {
        var text = "\u201cWe will not resume exports,\u201d said the caf\u00e9 owner. China imposed export controls on gallium, the trade ministry said.";
        _batch.Write("latin.txt", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text));

        var run = await _batch.Extract();
        var clean = await Clean("latin");

        Assert.Equal(("processed", ""), (run.File("latin.txt").Status, run.File("latin.txt").Reason));
        Assert.Equal(text, clean);
        HostileBatch.AssertGoodProcessed(run);
    }

    [Fact]
    public async Task Utf8_file_with_a_stray_invalid_byte_is_utf8_with_a_note()
    {
        var before = "Beijing\u2019s ministry said on Monday \u2014 ";
        var after = " China imposed export controls on gallium, the trade ministry said.";
        _batch.Write("stray.txt", [.. Encoding.UTF8.GetBytes(before), 0xC0, .. Encoding.UTF8.GetBytes(after)]);

        var run = await _batch.Extract();
        var clean = await Clean("stray");

        Assert.Equal(("processed", "UTF-8 with 1 invalid byte replaced"), (run.File("stray.txt").Status, run.File("stray.txt").Reason));
        Assert.Equal(before + "\uFFFD" + after, clean);
        HostileBatch.AssertGoodProcessed(run);
    }

    [Fact]
    public async Task Html_nested_10000_deep_is_read_without_a_stack_overflow()
    {
        // AngleSharp caps the tree's depth (about 500 open elements), so the recursive text writer stays shallow;
        // a stack overflow would kill the test process, not fail an assertion.
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
            html.Append(i % 2 == 0 ? "<div>" : "<span>");
        html.Append("<p>China imposed export controls on gallium and germanium, the trade ministry said on Monday.</p>");
        _batch.Write("deep.html", html.ToString());

        var run = await _batch.Extract();
        var clean = await Clean("deep");

        Assert.Equal("processed", run.File("deep.html").Status);
        Assert.Contains("China imposed export controls on gallium and germanium", clean, StringComparison.Ordinal);
        HostileBatch.AssertGoodProcessed(run);
    }

    [Fact]
    public async Task Html_with_unclosed_tags_is_read()
    {
        _batch.Write("unclosed.html",
            "<html><head><title>Curbs widen<body><div class=\"article\"><p>China imposed export controls on gallium, the trade ministry said on Monday.<p>Gallium prices rose 12% to $410 per kilogram<b><i>");

        var run = await _batch.Extract();
        var clean = await Clean("unclosed");

        Assert.Equal("processed", run.File("unclosed.html").Status);
        Assert.Contains("China imposed export controls on gallium, the trade ministry said on Monday.", clean, StringComparison.Ordinal);
        Assert.Contains("Gallium prices rose 12% to $410 per kilogram", clean, StringComparison.Ordinal);
        HostileBatch.AssertGoodProcessed(run);
    }

    [Fact]
    public async Task File_deleted_after_listing_is_a_failed_entry()
    {
        var doomed = _batch.Write("doomed.txt", HostileBatch.GoodArticle);

        var run = await _batch.Extract(dir =>
        {
            var listed = CliEnvironment.InputPaths(dir);
            File.Delete(doomed);
            return listed;
        });

        Assert.Equal(ExitCode.CompletedWithFailures, run.ExitCode);
        Assert.Equal(("failed", "file not found"), (run.File("doomed.txt").Status, run.File("doomed.txt").Reason));
        HostileBatch.AssertGoodProcessed(run);
    }

    [Fact]
    public async Task Duplicate_doc_ids_keep_the_first_file_in_path_order()
    {
        _batch.Write("a.html", "<html><body><p>China imposed export controls on antimony, the trade ministry said on Monday.</p></body></html>");
        _batch.Write("a.txt", "China imposed export controls on graphite, the trade ministry said on Monday.");

        var run = await _batch.Extract();

        Assert.Equal(ExitCode.Success, run.ExitCode);
        Assert.Equal("processed", run.File("a.html").Status);
        Assert.True(run.File("a.html").Facts > 0);
        Assert.Equal(("skipped", "duplicate doc_id 'a': already produced by a.html"), (run.File("a.txt").Status, run.File("a.txt").Reason));
        HostileBatch.AssertGoodProcessed(run);
    }

    /// <summary>The clean text <c>clean</c> writes for a document of the same folder.</summary>
    private async Task<string> Clean(string docId)
    {
        var output = Path.Combine(_batch.In, "..", "clean");
        var env = new CliEnvironment(TextWriter.Null, TextWriter.Null, false, _ => throw new InvalidOperationException("not used"), () => new ArticleReader(),
            CliEnvironment.InputPaths, TimeProvider.System);
        await NewsExtractApp.RunAsync(["clean", _batch.In, "--out", output], env);
        return await File.ReadAllTextAsync(Path.Combine(output, docId + ".txt"));
    }
}
