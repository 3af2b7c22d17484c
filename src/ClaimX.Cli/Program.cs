using System.Runtime.InteropServices;
using ClaimX.Cli;

// Ctrl-C and SIGTERM cancel the run: workers stop, the temporary -o file is removed, and the exit code says why.
// A second Ctrl-C while stopping kills the process at once, as users expect.
// Last resort: a fault on a thread no command guards still ends as one line, never a stack trace.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    try
    {
        Console.Error.WriteLine($"claimx: internal error: {(e.ExceptionObject as Exception)?.Message.ReplaceLineEndings(" ")}");
    }
    finally
    {
        Environment.Exit(ExitCodes.InputFailed);
    }
};

using var cancellation = new CancellationTokenSource();
int signalExitCode = 0;
void OnSignal(PosixSignalContext context, int exitCode)
{
    if (cancellation.IsCancellationRequested)
    {
        return;
    }
    context.Cancel = true;
    signalExitCode = exitCode;
    cancellation.Cancel();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => OnSignal(c, ExitCodes.Interrupted));
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => OnSignal(c, ExitCodes.Terminated));

int code = ClaimXApp.Run(args, CliEnvironment.FromConsole(cancellation.Token));
return signalExitCode != 0 && code != ExitCodes.Success ? signalExitCode : code;
