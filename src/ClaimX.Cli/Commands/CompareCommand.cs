using System.CommandLine;
using ClaimX.Cli.Compare;
using ClaimX.Core.Articles;

namespace ClaimX.Cli.Commands;

/// <summary>
/// `claimx compare INPUT... [--format csv|json|markdown] [-o FILE]`: lines up what several articles about one
/// event report (see <see cref="ClaimX.Core.Compare.ClaimComparer"/>). INPUT is articles, found and read as
/// extract does, or claims files written by extract (.json, .jsonl, .csv). Bad values are parse errors (exit 2).
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Articles (files, directories, globs, - for standard input) or claims files from extract (.json, .jsonl, .csv)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // As in extract: an unknown option must be a usage error, not an input that does not exist.
        inputs.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                {
                    result.AddError($"unknown option '{value}'");
                }
            }
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: markdown (for reading), csv (one row per statement and source), json",
            DefaultValueFactory = _ => CompareFormats.Markdown,
        };
        format.AcceptOnlyFromAmong(CompareFormats.Names);
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE (atomically) instead of standard output", HelpName = "FILE" };
        var date = new Option<string?>("--date") { Description = "Reference date (yyyy-MM-dd) for articles whose front matter gives none", HelpName = "YYYY-MM-DD" };
        date.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && FrontMatterParser.ParseDate(value) is null)
            {
                result.AddError($"--date '{value}': expected a date as yyyy-MM-dd");
            }
        });
        var source = new Option<string?>("--source") { Description = "Outlet name for articles whose front matter gives none", HelpName = "NAME" };
        var filesFrom = new Option<string?>("--files-from") { Description = "Read inputs from FILE, one per line (- for standard input)", HelpName = "FILE" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not print warnings (errors are still printed)" };

        var command = new Command("compare", "Compare what several articles about one event report: who said what, and where figures and dates differ")
        {
            inputs, format, output, date, source, filesFrom, quiet,
        };
        command.SetAction((parse, cancellation) =>
        {
            var settings = new CompareSettings
            {
                Inputs = parse.GetValue(inputs) ?? [],
                FilesFrom = parse.GetValue(filesFrom),
                Format = parse.GetValue(format) ?? CompareFormats.Markdown,
                OutputPath = parse.GetValue(output),
                Source = parse.GetValue(source),
                Date = FrontMatterParser.ParseDate(parse.GetValue(date)),
                Quiet = parse.GetValue(quiet),
            };
            return Task.FromResult(new CompareRun(settings, CliEnvironment.Current).Run(cancellation));
        });
        return command;
    }
}
