using ClaimX.Cli.Inputs;
using ClaimX.Cli.Output;
using ClaimX.Cli.Processing;
using ClaimX.Core.Claims;
using ClaimX.Core.Compare;
using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Compare;

/// <summary>
/// One `claimx compare` run: resolve the inputs with the same rules as extract, extract claims from articles (in
/// parallel, with the same metadata rules) and read claims files, compare everything, write the report. A bad input
/// is reported on one line and the others are still compared; the exit code then says that something failed.
/// </summary>
public sealed class CompareRun(CompareSettings settings, CliEnvironment environment)
{
    public int Run(CancellationToken cancellation)
    {
        var diagnostics = new Diagnostics(environment.Error, settings.Quiet);
        IEnumerable<InputItem> items;
        try
        {
            items = new InputResolver(environment, diagnostics).Resolve(settings.Inputs, settings.FilesFrom);
        }
        catch (InputResolver.UsageException e)
        {
            diagnostics.Raw($"claimx: error: {e.Message}\nRun 'claimx compare --help' for usage.\n");
            return ExitCodes.UsageError;
        }

        var processor = new ArticleProcessor(
            new ArticleReader(ArticleReader.DefaultMaxBytes, environment.OpenInput),
            new ClaimExtractor(),
            settings.Source,
            settings.Date);
        var claims = new List<Claim>();
        try
        {
            OrderedParallel.Run(
                items,
                item => Load(item, processor),
                loaded =>
                {
                    foreach (var warning in loaded.Warnings)
                    {
                        diagnostics.Warning(warning);
                    }
                    if (loaded.Error is { } error)
                    {
                        diagnostics.Error(error);
                    }
                    claims.AddRange(loaded.Claims);
                },
                Environment.ProcessorCount,
                window: Environment.ProcessorCount * 16,
                cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            diagnostics.Raw("claimx: interrupted\n");
            return ExitCodes.Interrupted;
        }

        var report = ClaimComparer.Compare(claims);
        if (report.Sources.Count < 2)
        {
            diagnostics.Warning($"only {report.Sources.Count} source(s) among the inputs: nothing to compare across outlets");
        }
        return Write(report, diagnostics);
    }

    private int Write(ComparisonReport report, Diagnostics diagnostics)
    {
        AtomicFileOutput? file = null;
        if (settings.OutputPath is { } outputPath)
        {
            try
            {
                file = AtomicFileOutput.Create(Path.GetFullPath(outputPath, environment.CurrentDirectory));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error($"{outputPath}: cannot write output ({InputErrors.Describe(e)})");
                return ExitCodes.InputFailed;
            }
        }
        using (file)
        {
            try
            {
                using var sink = new BufferedStream(file?.Stream ?? new PipeAwareStream(environment.Output), 1 << 16);
                CompareFormats.Write(settings.Format, report, sink);
                sink.Flush();
                file?.Commit();
            }
            catch (OutputClosedException)
            {
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error($"{settings.OutputPath ?? "standard output"}: cannot write output ({InputErrors.Describe(e)})");
                return ExitCodes.InputFailed;
            }
        }
        return diagnostics.ErrorCount > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    private static Loaded Load(InputItem item, ArticleProcessor processor)
    {
        if (ClaimsFiles.IsClaimsFile(item))
        {
            var (claims, error) = ClaimsFiles.Read(item);
            return new Loaded(claims ?? [], error, []);
        }
        var outcome = processor.Process(item);
        return new Loaded(outcome.Result?.Claims ?? [], outcome.Error, outcome.Warnings);
    }

    private sealed record Loaded(IReadOnlyList<Claim> Claims, string? Error, IReadOnlyList<string> Warnings);
}
