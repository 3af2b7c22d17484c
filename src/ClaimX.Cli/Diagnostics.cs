namespace ClaimX.Cli;

/// <summary>
/// Writes the one-line messages of a run to standard error ("claimx: error: PATH: reason"), counts errors for the
/// exit code, and drops warnings under --quiet. Thread-safe, so workers may report directly.
/// </summary>
public sealed class Diagnostics(TextWriter error, bool quiet)
{
    private readonly Lock _lock = new();
    private int _errors;

    public int ErrorCount => Volatile.Read(ref _errors);

    public void Error(string message)
    {
        Interlocked.Increment(ref _errors);
        Write("error", message);
    }

    public void Warning(string message)
    {
        if (!quiet)
        {
            Write("warning", message);
        }
    }

    /// <summary>Writes a line that is not counted (progress clearing, notes); callers hold no other lock.</summary>
    public void Raw(string text)
    {
        lock (_lock)
        {
            WriteQuietly(() =>
            {
                error.Write(text);
                error.Flush();
            });
        }
    }

    private void Write(string level, string message)
    {
        // One line each, whatever the message carries: a path with a newline must not forge a second message.
        string line = $"claimx: {level}: {message.ReplaceLineEndings(" ")}";
        lock (_lock)
        {
            WriteQuietly(() =>
            {
                error.WriteLine(line);
                error.Flush();
            });
        }
    }

    // Standard error closed (`2>&-`, a dead log pipe): the message cannot be shown, and that must not stop the run.
    private static void WriteQuietly(Action write)
    {
        try
        {
            write();
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
