using System.Runtime.InteropServices;
using ClaimX.Cli;
using ClaimX.Cli.Output;

// Ctrl-C and SIGTERM cancel the run: workers stop, the temporary -o file is removed, and the exit code says why.
// Cancellation is seen between articles, so one very long article could keep the process running: after a short
// grace period it exits anyway. A second Ctrl-C while stopping ends the process at once, as users expect.
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
        AtomicFileOutput.DiscardPending();
        return;
    }
    context.Cancel = true;
    signalExitCode = exitCode;
    cancellation.Cancel();
    _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ =>
    {
        AtomicFileOutput.DiscardPending();
        Console.Error.WriteLine("claimx: interrupted");
        Environment.Exit(exitCode);
    }, TaskScheduler.Default);
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => OnSignal(c, ExitCodes.Interrupted));
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => OnSignal(c, ExitCodes.Terminated));

int code = ClaimXApp.Run(args, CliEnvironment.FromConsole(cancellation.Token));
// A run that finished while a signal was being handled still reports the signal: its -o file was not committed.
return signalExitCode != 0 ? signalExitCode : code;
