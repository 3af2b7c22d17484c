using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ClaimX.Core.Articles;

namespace ClaimX.Cli.Commands;

/// <summary>
/// <c>claimx eval --gold GOLD.json [--texts DIR] [--date YYYY-MM-DD] [--min-f1 X] [--show-errors] [--json]</c>:
/// runs extraction over a gold file's articles and prints claims, speaker, end-to-end, figures and dates scores
/// (the run is <see cref="EvalRun"/>). Bad option values are parse errors (exit code 2); a claims F1 below
/// --min-f1 is <see cref="ExitCodes.BelowThreshold"/>, told apart from input errors (1).
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold claims file (JSON array of articles, see GOLD-FORMAT.md)",
            HelpName = "FILE",
            Required = true,
        };
        var texts = new Option<string?>("--texts")
        {
            Description = "Folder holding the articles (default: the gold file's folder, or its texts/ subfolder)",
            HelpName = "DIR",
        };
        var date = InputOptions.CreateDateOption("Reference date (yyyy-MM-dd) for articles whose gold entry gives none");
        var minF1 = new Option<double?>("--min-f1")
        {
            Description = "Exit with code 3 when the claims F1 is below this value, from 0 to 1 (for CI gates)",
            HelpName = "X",
            CustomParser = ParseFraction,
        };
        var showErrors = new Option<bool>("--show-errors")
        {
            Description = "List missed claims, extra claims and wrong speakers with offsets and text",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Write the numbers as JSON instead of the text report",
        };

        var command = new Command("eval", "Measure extraction against a gold claims file")
        {
            gold, texts, date, minF1, showErrors, json,
        };
        command.SetAction(parse =>
        {
            var settings = new EvalSettings
            {
                Gold = parse.GetRequiredValue(gold),
                Texts = parse.GetValue(texts),
                Date = FrontMatterParser.ParseDate(parse.GetValue(date)),
                MinF1 = parse.GetValue(minF1),
                ShowErrors = parse.GetValue(showErrors),
                Json = parse.GetValue(json),
            };
            return new EvalRun(settings, CliEnvironment.Current).Run(parse.InvocationConfiguration.Output);
        });
        return command;
    }

    // A bad value becomes a parse error (exit code 2), not an exception; 75 for 0.75 would fail every run.
    private static double? ParseFraction(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value is >= 0 and <= 1)
        {
            return value;
        }
        result.AddError($"--min-f1 '{text}': expected a number from 0 to 1");
        return null;
    }
}
