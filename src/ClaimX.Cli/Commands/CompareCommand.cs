using System.CommandLine;
using ClaimX.Cli.Compare;

namespace ClaimX.Cli.Commands;

/// <summary>
/// `claimx compare INPUT... [--format csv|json|markdown] [-o FILE]`: lines up what several articles about one
/// event report (see <see cref="ClaimX.Core.Compare.ClaimComparer"/>). INPUT is articles, found and read with
/// extract's input options (<see cref="InputOptions"/>), or claims files written by extract (.json, .jsonl, .csv).
/// Bad values are parse errors (exit 2).
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions("Articles (files, directories, globs, - for standard input) or claims files from extract (.json, .jsonl, .csv)");
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: markdown (for reading), csv (one row per statement and source), json",
            DefaultValueFactory = _ => CompareFormats.Markdown,
        };
        format.AcceptOnlyFromAmong(CompareFormats.Names);
        var output = OutputOption.Create();

        var command = new Command("compare", "Compare what several articles about one event report: who said what, and where figures and dates differ");
        inputs.AddTo(command);
        command.Add(format);
        command.Add(output);
        command.SetAction((parse, cancellation) =>
        {
            var settings = new CompareSettings
            {
                Input = inputs.Read(parse),
                Format = parse.GetValue(format) ?? CompareFormats.Markdown,
                OutputPath = parse.GetValue(output),
            };
            return Task.FromResult(new CompareRun(settings, CliEnvironment.Current).Run(cancellation));
        });
        return command;
    }
}
