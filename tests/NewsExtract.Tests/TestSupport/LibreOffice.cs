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

    /// <summary>Runs <c>soffice --headless --convert-to FORMAT</c>; returns the converted file's path.</summary>
    public static string Convert(string file, string format, string outputDirectory, TimeSpan timeout)
    {
        using var profile = new TemporaryDirectory();
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            $"-env:UserInstallation={new Uri(profile.Root).AbsoluteUri}", "--headless", "--norestore",
            "--convert-to", format, "--outdir", outputDirectory, file,
        })
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
