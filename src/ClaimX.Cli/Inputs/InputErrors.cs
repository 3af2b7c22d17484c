namespace ClaimX.Cli.Inputs;

/// <summary>Short reasons for file-system failures, for one-line messages (no exception type names, no stack).</summary>
public static class InputErrors
{
    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "path too long",
        _ => e.Message.TrimEnd('.'),
    };
}
