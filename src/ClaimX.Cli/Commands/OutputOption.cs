using System.CommandLine;

namespace ClaimX.Cli.Commands;

/// <summary>The -o FILE option, the same for every command that writes a result (see <see cref="Output.OutputTarget"/>).</summary>
public static class OutputOption
{
    public static Option<string?> Create() =>
        new("--output", "-o") { Description = "Write to FILE (atomically: renamed into place at the end) instead of standard output", HelpName = "FILE" };
}
