using ClaimX.Cli.Inputs;
using ClaimX.Cli.Output;
using ClaimX.Cli.Processing;
using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Commands;

/// <summary>
/// One `claimx extract` run: resolve the inputs, take this shard's share, process articles in parallel and write
/// them in input order as each one's turn comes, report problems one line each, and return the exit code.
/// </summary>
public sealed class ExtractRun(ExtractSettings settings, CliEnvironment environment)
{
    public int Run(CancellationToken cancellation)
    {
        var diagnostics = new Diagnostics(environment.Error, settings.Quiet);
        IEnumerable<InputItem> items;
        try
        {
            items = new InputResolver(environment, diagnostics).ResolveStreaming(settings.Inputs, settings.FilesFrom);
        }
        catch (InputResolver.UsageException e)
        {
            diagnostics.Raw($"claimx: error: {e.Message}\nRun 'claimx extract --help' for usage.\n");
            return ExitCodes.UsageError;
        }
        Func<InputItem, bool> selected = settings.Shard is { } shard ? item => shard.Contains(item.Label) : static _ => true;
        items = items.Where(selected);
        bool showProgress = settings.Progress || (environment.IsErrorTerminal && !settings.Quiet);
        // Only a progress display needs the total (for its ETA); counting walks the inputs once more.
        int? total = showProgress ? InputResolver.Count(environment, settings.Inputs, settings.FilesFrom, selected) : null;

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
            // Standard output is buffered here and flushed per article: one write per article, not per claim.
            var sink = new BufferedStream(file?.Stream ?? new PipeAwareStream(environment.Output), 1 << 16);
            var writer = OutputFormats.CreateWriter(settings.Format, sink);
            var processor = new ArticleProcessor(
                new ArticleReader(settings.MaxBytes, environment.OpenInput),
                new ClaimExtractor(),
                settings.Source,
                settings.Date);
            var progress = new ProgressReporter(diagnostics, total, settings.Progress,
                environment.IsErrorTerminal && !settings.Quiet);
            try
            {
                OrderedParallel.Run(
                    items,
                    processor.Process,
                    outcome =>
                    {
                        Report(outcome, diagnostics);
                        if (outcome.Result is { } result)
                        {
                            writer.WriteArticle(result);
                        }
                        progress.Advance(outcome.ByteCount);
                    },
                    // No threads to start for a single article: that is the common interactive case.
                    IsSingleArticle(settings) ? 1 : settings.Jobs,
                    window: settings.Jobs * 16,
                    cancellation);
                writer.Complete();
                sink.Flush();
            }
            catch (OutputClosedException)
            {
                // The reader has what it wanted (`| head`): stop quietly, successfully.
                return ExitCodes.Success;
            }
            catch (IOException e) when (e is not OutputClosedException)
            {
                // Reading never throws (ArticleReader reports per input), so this is the output: disk full, a
                // file system gone read-only... The -o target is left as it was.
                diagnostics.Error($"{settings.OutputPath ?? "standard output"}: cannot write output ({e.Message.TrimEnd('.')})");
                return ExitCodes.InputFailed;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                progress.Finish();
                diagnostics.Raw("claimx: interrupted\n");
                return ExitCodes.Interrupted;
            }
            progress.Finish();
            if (file is not null)
            {
                try
                {
                    file.Commit();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Error($"{settings.OutputPath}: cannot write output ({InputErrors.Describe(e)})");
                    return ExitCodes.InputFailed;
                }
            }
        }
        return diagnostics.ErrorCount > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    private bool IsSingleArticle(ExtractSettings settings) =>
        settings.FilesFrom is null && (settings.Inputs.Count == 0
            || (settings.Inputs.Count == 1 && (settings.Inputs[0] == InputItem.StandardInputLabel
                || File.Exists(Path.Combine(environment.CurrentDirectory, settings.Inputs[0])))));

    private static void Report(ArticleOutcome outcome, Diagnostics diagnostics)
    {
        foreach (var warning in outcome.Warnings)
        {
            diagnostics.Warning(warning);
        }
        if (outcome.Error is { } error)
        {
            diagnostics.Error(error);
        }
    }
}
