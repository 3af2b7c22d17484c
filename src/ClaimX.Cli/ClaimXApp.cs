using System.CommandLine;
using System.Text;
using ClaimX.Cli.Commands;
using ClaimX.Cli.Output;

namespace ClaimX.Cli;

/// <summary>
/// The `claimx` command tree and the single entry point that runs it against a <see cref="CliEnvironment"/>, used
/// by <c>Program</c> with the real console and by tests with in-memory streams. It owns the exit-code policy for
/// what no command handles: usage errors (2, one "claimx: error: ..." line each, like every other error), Ctrl-C
/// (130), a closed output pipe (0, quietly), and any unexpected fault, which becomes one line on standard error,
/// never a stack trace.
/// </summary>
public static class ClaimXApp
{
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("ClaimX: extract attributed claims (who said what, with figures and dates) from news articles.");
        // One line per command: each command file has a static Create() returning its Command.
        root.Add(ExtractCommand.Create());
        root.Add(CompareCommand.Create());
        root.Add(EvalCommand.Create());
        return root;
    }

    public static int Run(string[] args, CliEnvironment environment)
    {
        using var scope = CliEnvironment.Enter(environment);
        try
        {
            var parse = BuildRootCommand().Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    // System.CommandLine separates the allowed values with tabs; one line reads better with spaces.
                    environment.Error.WriteLine($"claimx: error: {error.Message.ReplaceLineEndings(" ").Replace("\t", " ", StringComparison.Ordinal).Replace(":  '", ": '", StringComparison.Ordinal).Replace("'  '", "', '", StringComparison.Ordinal)}");
                }
                environment.Error.Flush();
                return ExitCodes.UsageError;
            }
            using var helpOutput = new StreamWriter(new PipeAwareStream(environment.Output), new UTF8Encoding(false), 4096, leaveOpen: true);
            var configuration = new InvocationConfiguration
            {
                Output = helpOutput,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
                // Ctrl-C is handled by Program (it cancels environment.Cancellation), not by System.CommandLine.
                ProcessTerminationTimeout = null,
            };
            int code = parse.InvokeAsync(configuration, environment.Cancellation).GetAwaiter().GetResult();
            helpOutput.Flush();
            return code;
        }
        catch (OutputClosedException)
        {
            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (environment.Cancellation.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            environment.Error.WriteLine($"claimx: internal error: {e.Message.ReplaceLineEndings(" ")} ({e.GetType().Name})");
            environment.Error.Flush();
            return ExitCodes.InputFailed;
        }
    }
}
