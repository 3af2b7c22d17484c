namespace ClaimX.Cli.Tests.Support;

/// <summary>
/// Runs `claimx` in-process through <see cref="ClaimXApp.Run"/> with in-memory standard streams, so a test is a
/// whole command line without the cost of a process.
/// </summary>
public static class CliRunner
{
    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    /// <param name="stdin">Bytes on standard input; null means standard input is a terminal (not redirected).</param>
    public static CliResult Run(string workingDirectory, byte[]? stdin, string[] args, CancellationToken cancellation = default, Stream? stdout = null)
    {
        var output = stdout ?? new MemoryStream();
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Output = output,
            Error = error,
            OpenInput = () => new MemoryStream(stdin ?? []),
            IsInputRedirected = stdin is not null,
            IsErrorTerminal = false,
            CurrentDirectory = workingDirectory,
            Cancellation = cancellation,
        };
        int code = ClaimXApp.Run(args, environment);
        return new CliResult(code, output is MemoryStream m ? m.ToArray() : [], error.ToString());
    }
}
