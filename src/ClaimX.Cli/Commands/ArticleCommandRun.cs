using ClaimX.Cli.Inputs;
using ClaimX.Cli.Processing;
using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Commands;

/// <summary>
/// What every run of a command that reads articles (extract, compare) shares: the diagnostics, resolving the
/// inputs (a usage error when there are none), the article processor built from the input settings, reporting
/// each input's messages in its turn, and the final exit code. Keeping it in one place keeps the commands' input
/// rules and messages identical.
/// </summary>
public sealed class ArticleCommandRun(InputSettings input, CliEnvironment environment)
{
    public Diagnostics Diagnostics { get; } = new(environment.Error, input.Quiet);

    /// <summary>The inputs as a lazy sequence; null after a one-line usage error when there are none at all.</summary>
    public IEnumerable<InputItem>? ResolveInputs()
    {
        try
        {
            return new InputResolver(environment, Diagnostics).ResolveStreaming(input.Inputs, input.FilesFrom);
        }
        catch (InputResolver.UsageException e)
        {
            Diagnostics.Raw($"claimx: error: {e.Message}\n");
            return null;
        }
    }

    /// <summary>Reads, decodes and extracts articles with the run's --max-bytes, --source and --date.</summary>
    public ArticleProcessor CreateProcessor() =>
        new(new ArticleReader(input.MaxBytes, environment.OpenInput), new ClaimExtractor(), input.Source, input.Date);

    /// <summary>Shows an input's warnings and counts its error, on the consuming thread so messages keep input order.</summary>
    public void Report(IReadOnlyList<string> warnings, string? error)
    {
        foreach (var warning in warnings)
        {
            Diagnostics.Warning(warning);
        }
        if (error is not null)
        {
            Diagnostics.Error(error);
        }
    }

    public int Interrupted()
    {
        Diagnostics.Raw("claimx: interrupted\n");
        return ExitCodes.Interrupted;
    }

    /// <summary>1 when any input failed (every other one was still processed), else 0.</summary>
    public int ExitCode => Diagnostics.ErrorCount > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
}
