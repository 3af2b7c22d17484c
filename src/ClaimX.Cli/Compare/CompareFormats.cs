using System.Text;
using ClaimX.Core.Compare;

namespace ClaimX.Cli.Compare;

/// <summary>The output formats of `claimx compare` and how each is written.</summary>
public static class CompareFormats
{
    public const string Csv = "csv";
    public const string Json = "json";
    public const string Markdown = "markdown";

    public static readonly string[] Names = [Csv, Json, Markdown];

    public static void Write(string format, ComparisonReport report, Stream output)
    {
        switch (format)
        {
            case Csv:
                ComparisonCsvWriter.Write(report, output);
                break;
            case Json:
                ComparisonJsonWriter.Write(report, output);
                break;
            default:
                using (var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" })
                {
                    ComparisonMarkdownWriter.Write(report, writer);
                }
                break;
        }
    }
}
