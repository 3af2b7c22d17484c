using ClaimX.Cli.Inputs;

namespace ClaimX.Cli.Output;

/// <summary>
/// Where a command writes its result: standard output, or with -o FILE an <see cref="AtomicFileOutput"/> that only
/// replaces FILE on <see cref="Commit"/>. Failures to open, write or commit become one line naming the target
/// ("claimx: error: out.csv: cannot write output (...)") and exit code 1, the same for every command.
/// </summary>
public sealed class OutputTarget : IDisposable
{
    private readonly AtomicFileOutput? _file;
    private readonly Diagnostics _diagnostics;

    private OutputTarget(string name, Stream stream, AtomicFileOutput? file, Diagnostics diagnostics)
    {
        Name = name;
        Stream = stream;
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>The -o path as given, or "standard output".</summary>
    public string Name { get; }

    /// <summary>Unbuffered: callers buffer as suits them (per article, or the whole report).</summary>
    public Stream Stream { get; }

    /// <summary>Opens the target; null (after reporting why) when the -o file cannot be created.</summary>
    public static OutputTarget? Open(string? outputPath, CliEnvironment environment, Diagnostics diagnostics)
    {
        if (outputPath is null)
        {
            return new OutputTarget("standard output", new PipeAwareStream(environment.Output), null, diagnostics);
        }
        try
        {
            var file = AtomicFileOutput.Create(Path.GetFullPath(outputPath, environment.CurrentDirectory));
            return new OutputTarget(outputPath, file.Stream, file, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error($"{outputPath}: cannot write output ({InputErrors.Describe(e)})");
            return null;
        }
    }

    /// <summary>Moves a -o file into place (nothing to do for standard output); false after reporting a failure.</summary>
    public bool Commit()
    {
        try
        {
            _file?.Commit();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failed(e);
            return false;
        }
    }

    /// <summary>Reports a write failure (disk full, read-only file system...) and returns the exit code for it.</summary>
    public int Failed(Exception e)
    {
        _diagnostics.Error($"{Name}: cannot write output ({InputErrors.Describe(e)})");
        return ExitCodes.InputFailed;
    }

    /// <summary>Without <see cref="Commit"/>, a -o file is discarded and an existing FILE stays as it was.</summary>
    public void Dispose() => _file?.Dispose();
}
