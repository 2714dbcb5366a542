using System.Runtime.InteropServices;
using NewsExtract.Cli;

// Ctrl-C and SIGTERM cancel the command's token instead of killing the process, so a batch removes its temporary
// folder and exits 130; a second signal while it stops gets the default action and ends the process at once.
using var cancel = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    if (cancel.IsCancellationRequested)
        return;
    context.Cancel = true;
    cancel.Cancel();
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await NewsExtractApp.RunAsync(args, CliEnvironment.CreateDefault(), cancel.Token).ConfigureAwait(false);
