using System.Diagnostics;

namespace NewsExtract.Tests.TestSupport;

/// <summary>Runs LibreOffice (<c>soffice</c>, installed here and in CI as libreoffice-calc-nogui) headless, to see a file as a spreadsheet program does.</summary>
/// <remarks>
/// Each call gets its own user profile (<c>-env:UserInstallation</c>): soffice refuses to run twice on one profile,
/// and tests run in parallel. A missing soffice or a conversion that hangs fails the test with a message that says so.
/// </remarks>
public static class LibreOffice
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Converts the first sheet of <paramref name="workbook"/> to CSV (UTF-8, comma, cells as shown) in <paramref name="outputDirectory"/>; returns the CSV's path.</summary>
    public static string ConvertToCsv(string workbook, string outputDirectory, TimeSpan? timeout = null) =>
        Convert(workbook, "csv", outputDirectory, timeout ?? DefaultTimeout);

    /// <summary>Opens a CSV (comma, UTF-8) and saves it again with <c>;</c> as separator, as European locales do; returns the new file's path.</summary>
    public static string ResaveCsvWithSemicolons(string csv, string outputDirectory) =>
        // Filter options: separator, text quote (34 = "), character set (76 = UTF-8), first line.
        Convert(csv, "csv:Text - txt - csv (StarCalc):59,34,76,1", outputDirectory, DefaultTimeout, inputFilter: "CSV:44,34,76,1");

    /// <summary>Runs <c>soffice --headless --convert-to FORMAT</c>; returns the converted file's path.</summary>
    public static string Convert(string file, string format, string outputDirectory, TimeSpan timeout, string? inputFilter = null)
    {
        using var profile = new TemporaryDirectory();
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] filter = inputFilter is null ? [] : [$"--infilter={inputFilter}"];
        foreach (var argument in (string[])
        [
            $"-env:UserInstallation={new Uri(profile.Root).AbsoluteUri}", "--headless", "--norestore",
            .. filter,
            "--convert-to", format, "--outdir", outputDirectory, file,
        ])
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"LibreOffice is needed for this test but 'soffice' could not be run ({ex.Message}); install it (apt-get install libreoffice-calc-nogui)", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"soffice --convert-to {format} {file} did not finish within {timeout.TotalSeconds:0} s");
            }

            process.WaitForExit(); // lets the output readers finish
            var converted = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(file) + "." + format.Split(':')[0]);
            if (process.ExitCode != 0 || !File.Exists(converted))
            {
                throw new InvalidOperationException(
                    $"soffice --convert-to {format} {file} failed (exit {process.ExitCode}), no {converted}:\n{output.Result}\n{error.Result}");
            }

            return converted;
        }
    }
}
