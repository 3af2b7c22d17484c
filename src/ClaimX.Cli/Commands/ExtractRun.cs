using ClaimX.Cli.Inputs;
using ClaimX.Cli.Output;
using ClaimX.Cli.Processing;

namespace ClaimX.Cli.Commands;

/// <summary>
/// One `claimx extract` run: resolve the inputs, take this shard's share, process articles in parallel and write
/// them in input order as each one's turn comes, report problems one line each, and return the exit code.
/// </summary>
public sealed class ExtractRun(ExtractSettings settings, CliEnvironment environment)
{
    public int Run(CancellationToken cancellation)
    {
        var input = settings.Input;
        var run = new ArticleCommandRun(input, environment);
        if (run.ResolveInputs() is not { } resolved)
        {
            return ExitCodes.UsageError;
        }
        Func<InputItem, bool> selected = settings.Shard is { } shard ? item => shard.Contains(item.Label) : static _ => true;
        var items = resolved.Where(selected);
        bool showProgress = settings.Progress || (environment.IsErrorTerminal && !input.Quiet);
        // Only a progress display needs the total (for its ETA); counting walks the inputs once more.
        int? total = showProgress ? InputResolver.Count(environment, input.Inputs, input.FilesFrom, selected) : null;

        using var target = OutputTarget.Open(settings.OutputPath, environment, run.Diagnostics);
        if (target is null)
        {
            return ExitCodes.InputFailed;
        }
        // Output is buffered here and flushed per article: one write per article, not per claim.
        var sink = new BufferedStream(target.Stream, 1 << 16);
        var writer = OutputFormats.CreateWriter(settings.Format, sink);
        var processor = run.CreateProcessor();
        var progress = new ProgressReporter(run.Diagnostics, total, settings.Progress, environment.IsErrorTerminal && !input.Quiet);
        // No threads to start for a single article: that is the common interactive case. Otherwise the next inputs
        // are read on a thread of their own while the workers extract, and the output is written on this one.
        bool single = IsSingleArticle(input);
        var articles = single
            ? items.Select(processor.Read)
            : ReadAhead.Run(items, processor.Read, static article => article.ByteCount, ReadAheadArticles, ReadAheadBytes, cancellation);
        try
        {
            OrderedParallel.Run(
                articles,
                processor.Process,
                outcome =>
                {
                    run.Report(outcome.Warnings, outcome.Error);
                    if (outcome.Result is { } result)
                    {
                        writer.WriteArticle(result);
                    }
                    progress.Advance(outcome.ByteCount);
                },
                single ? OrderedParallel.OnCallingThread : input.Jobs,
                window: input.Jobs * 16,
                cancellation,
                // One read article per hand-off: a batch would hold read articles beside the one being extracted
                // (memory), and wait for the next reads before extracting the first.
                batch: 1);
            writer.Complete();
            sink.Flush();
        }
        catch (OutputClosedException)
        {
            // The reader has what it wanted (`| head`): stop quietly, successfully.
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading never throws (ArticleReader reports per input), so this is the output: disk full, a file
            // system gone read-only... The -o target is left as it was.
            return target.Failed(e);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            progress.Finish();
            return run.Interrupted();
        }
        progress.Finish();
        if (cancellation.IsCancellationRequested)
        {
            // A signal came while the last article was being extracted: the output is not complete by choice.
            return run.Interrupted();
        }
        return target.Commit() ? run.ExitCode : ExitCodes.InputFailed;
    }

    // How much is read ahead of extraction: enough to cover a slow file now and then, bounded for huge inputs.
    private const int ReadAheadArticles = 32;
    private const long ReadAheadBytes = 8 << 20;

    private bool IsSingleArticle(InputSettings input) =>
        input.FilesFrom is null && (input.Inputs.Count == 0
            || (input.Inputs.Count == 1 && (input.Inputs[0] == InputItem.StandardInputLabel
                || File.Exists(Path.Combine(environment.CurrentDirectory, input.Inputs[0])))));
}
