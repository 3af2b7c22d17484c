namespace ClaimX.Cli;

/// <summary>The process exit codes, documented in the README ("Exit codes").</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some input could not be read (missing, unreadable, empty directory, glob matching nothing) or failed.</summary>
    public const int InputFailed = 1;

    /// <summary>The command line itself is wrong: unknown option, bad value, no input.</summary>
    public const int UsageError = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (128 + 15).</summary>
    public const int Terminated = 143;
}
