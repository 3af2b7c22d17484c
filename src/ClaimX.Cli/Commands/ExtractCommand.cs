using System.CommandLine;
using ClaimX.Cli.Inputs;
using ClaimX.Cli.Output;

namespace ClaimX.Cli.Commands;

/// <summary>
/// `claimx extract [INPUT...]`: the options and their validation (the input options are <see cref="InputOptions"/>,
/// shared with compare). Every bad value is a parse error (exit code 2) before any input is touched; the run itself
/// is <see cref="ExtractRun"/>.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions("Article files, directories (all *.txt below), globs such as \"articles/**/*.txt\", or - for standard input");
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: csv (one row per claim), json (one array), jsonl (one object per line); by default the -o file's extension, else csv",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong(OutputFormats.Names);
        var output = OutputOption.Create();
        var shard = new Option<string?>("--shard") { Description = "Process only share K of N of the inputs (stable hash of each path), e.g. 2/8", HelpName = "K/N" };
        shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && !ShardSpec.TryParse(value, out _, out var error))
            {
                result.AddError(error!);
            }
        });
        var progress = new Option<bool>("--progress") { Description = "Show progress on standard error even when it is not a terminal" };

        var command = new Command("extract", "Extract attributed claims from news articles");
        inputs.AddTo(command);
        command.Add(format);
        command.Add(output);
        command.Add(shard);
        command.Add(progress);
        command.SetAction((parse, cancellation) =>
        {
            ShardSpec? shardSpec = parse.GetValue(shard) is { } s && ShardSpec.TryParse(s, out var spec, out _) ? spec : null;
            var settings = new ExtractSettings
            {
                Input = inputs.Read(parse),
                Format = ChooseFormat(parse, format, parse.GetValue(output)),
                OutputPath = parse.GetValue(output),
                Shard = shardSpec,
                Progress = parse.GetValue(progress),
            };
            return Task.FromResult(new ExtractRun(settings, CliEnvironment.Current).Run(cancellation));
        });
        return command;
    }

    // --format when given; otherwise the -o file's extension (claims.json, claims.jsonl); otherwise CSV.
    private static OutputFormat ChooseFormat(ParseResult parse, Option<string> format, string? outputPath)
    {
        if (parse.GetResult(format) is { Implicit: false })
        {
            return OutputFormats.Parse(parse.GetValue(format) ?? "csv");
        }
        return OutputFormats.FromExtension(outputPath) ?? OutputFormat.Csv;
    }
}
