using ClaimX.Cli.Commands;
using ClaimX.Cli.Inputs;
using ClaimX.Cli.Output;
using ClaimX.Cli.Processing;
using ClaimX.Core.Claims;
using ClaimX.Core.Compare;

namespace ClaimX.Cli.Compare;

/// <summary>
/// One `claimx compare` run: resolve the inputs with the same rules as extract, extract claims from articles (in
/// parallel, with the same metadata rules and limits) and read claims files, compare everything, write the report. A
/// bad input is reported on one line and the others are still compared; the exit code then says that something
/// failed.
/// </summary>
public sealed class CompareRun(CompareSettings settings, CliEnvironment environment)
{
    public int Run(CancellationToken cancellation)
    {
        var input = settings.Input;
        var run = new ArticleCommandRun(input, environment);
        if (run.ResolveInputs() is not { } items)
        {
            return ExitCodes.UsageError;
        }
        var processor = run.CreateProcessor();
        var claims = new List<Claim>();
        try
        {
            OrderedParallel.Run(
                items,
                item => ClaimsFiles.Load(item, processor),
                loaded =>
                {
                    run.Report(loaded.Warnings, loaded.Error);
                    claims.AddRange(loaded.Claims);
                },
                input.Jobs,
                window: input.Jobs * 16,
                cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return run.Interrupted();
        }
        if (cancellation.IsCancellationRequested)
        {
            // A signal came while the last article was being extracted: a report on part of the inputs is not wanted.
            return run.Interrupted();
        }

        var report = ClaimComparer.Compare(claims);
        if (report.Sources.Count < 2)
        {
            run.Diagnostics.Warning($"only {report.Sources.Count} source(s) among the inputs: nothing to compare across outlets");
        }

        using var target = OutputTarget.Open(settings.OutputPath, environment, run.Diagnostics);
        if (target is null)
        {
            return ExitCodes.InputFailed;
        }
        try
        {
            // Not disposed: that would close the -o file before it is committed (the target owns it).
            var sink = new BufferedStream(target.Stream, 1 << 16);
            CompareFormats.Write(settings.Format, report, sink);
            sink.Flush();
        }
        catch (OutputClosedException)
        {
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return target.Failed(e);
        }
        return target.Commit() ? run.ExitCode : ExitCodes.InputFailed;
    }
}
