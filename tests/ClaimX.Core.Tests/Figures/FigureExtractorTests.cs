using System.Globalization;
using ClaimX.Core.Claims;
using ClaimX.Core.Figures;
using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Figures;

public class FigureExtractorTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (sentence, expected) in FigureCases.All)
        {
            data.Add(sentence, expected);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_figures_of_a_sentence(string sentence, string expected)
    {
        var figures = FigureExtractor.Extract(sentence, new TextSpan(0, sentence.Length));

        Render(figures).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Figure_text_is_the_slice_of_its_offsets(string sentence, string expected)
    {
        _ = expected;
        foreach (var figure in FigureExtractor.Extract(sentence, new TextSpan(0, sentence.Length)))
        {
            sentence[figure.Start..figure.End].Should().Be(figure.Text);
        }
    }

    internal static string Render(IEnumerable<Figure> figures) =>
        string.Join("; ", figures.Select(f =>
            (f.Qualifier is null ? "" : f.Qualifier + " ")
            + f.Value.ToString(CultureInfo.InvariantCulture)
            + (f.Unit is null ? "" : " " + f.Unit)));
}
