namespace ClaimX.Cli;

/// <summary>
/// Everything a command touches outside its arguments: the standard streams, whether they are terminals, and the
/// cancellation that Ctrl-C triggers. The real process passes the console's; tests pass in-memory streams, so a
/// whole command runs in-process. Commands get it from <see cref="Current"/> inside their action.
/// </summary>
public sealed class CliEnvironment
{
    private static readonly AsyncLocal<CliEnvironment?> s_current = new();

    /// <summary>Raw standard output: the writers put UTF-8 bytes here themselves.</summary>
    public required Stream Output { get; init; }

    /// <summary>Standard error, for messages only.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Opens standard input (read once, by whichever input is "-").</summary>
    public required Func<Stream> OpenInput { get; init; }

    /// <summary>True when standard input is a pipe or file, so "no INPUT" means "read standard input".</summary>
    public bool IsInputRedirected { get; init; }

    /// <summary>True when standard error is a terminal (progress may be shown).</summary>
    public bool IsErrorTerminal { get; init; }

    public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;

    public CancellationToken Cancellation { get; init; }

    /// <summary>The environment of the command being run (set by <see cref="ClaimXApp.Run"/>).</summary>
    public static CliEnvironment Current =>
        s_current.Value ?? throw new InvalidOperationException("no command is running (use ClaimXApp.Run)");

    internal static IDisposable Enter(CliEnvironment environment)
    {
        var previous = s_current.Value;
        s_current.Value = environment;
        return new Scope(previous);
    }

    public static CliEnvironment FromConsole(CancellationToken cancellation) => new()
    {
        Output = Console.OpenStandardOutput(),
        Error = Console.Error,
        OpenInput = Console.OpenStandardInput,
        IsInputRedirected = Console.IsInputRedirected,
        IsErrorTerminal = !Console.IsErrorRedirected,
        Cancellation = cancellation,
    };

    private sealed class Scope(CliEnvironment? previous) : IDisposable
    {
        public void Dispose() => s_current.Value = previous;
    }
}
