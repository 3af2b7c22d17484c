using System.Text;
using System.Text.Json;
using ClaimX.Core.Eval;

namespace ClaimX.Core.Tests.Eval;

public class EvalReportWriterTests
{
    private static readonly EvalResult Result = new(
        new EvalSummary { Corpus = "demo", Articles = 1, GoldClaims = 2, Found = 1, Precision = 1, Recall = 0.5, F1 = 2.0 / 3, SpeakerAccuracy = 1, FiguresF1 = null, DatesF1 = 0.25 },
        [new EvalError("a.txt", EvalErrorKind.Missed, 10, 20, "the bridge\nwill open", "Ann Lee", null, null)]);

    [Fact]
    public void Text_report_has_the_numbers_and_errors_on_request()
    {
        var quiet = new StringWriter();
        EvalReportWriter.WriteText(Result, quiet, showErrors: false);
        quiet.ToString().Should().Contain("corpus demo").And.Contain("F1 0.667").And.Contain("n/a").And.Contain("F1 0.250").And.NotContain("MISS");

        var loud = new StringWriter();
        EvalReportWriter.WriteText(Result, loud, showErrors: true);
        loud.ToString().Should().Contain("MISS  a.txt [10..20) gold: Ann Lee").And.Contain("the bridge will open");
    }

    [Fact]
    public void Json_report_is_machine_readable()
    {
        using var stream = new MemoryStream();
        EvalReportWriter.WriteJson([Result], stream);
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var first = doc.RootElement[0];
        first.GetProperty("corpus").GetString().Should().Be("demo");
        first.GetProperty("f1").GetDouble().Should().BeApproximately(2.0 / 3, 1e-9);
        first.GetProperty("figures_f1").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
