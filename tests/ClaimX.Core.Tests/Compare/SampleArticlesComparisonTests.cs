using ClaimX.Core.Compare;
using ClaimX.Core.Pipeline;

namespace ClaimX.Core.Tests.Compare;

/// <summary>
/// The issue's checks on claims extracted from the two sample articles (samples/*.txt): extraction and comparison
/// together. <see cref="SampleStatementsComparisonTests"/> checks the comparison alone on hand-attributed claims.
/// </summary>
public class SampleArticlesComparisonTests
{
    // Runs the real pipeline end to end: speakers resolved to full names, reported speech, figures with units.
    [Fact]
    public void Samples_meet_the_issue_checks()
    {
        var report = ClaimComparer.Compare(ExtractSamples());
        report.Sources.Should().HaveCount(2);

        var strike = report.Groups.Single(g => g.Sources.Any(s => s.Wording.Contains("defensive strike to disrupt the attack", StringComparison.Ordinal)));
        strike.Sources.Should().HaveCount(2);
        // Fox News splits the quote in two claims, The Washington Post has it whole: both halves are in the group.
        strike.Sources.Should().OnlyContain(s => s.Wording.Contains("1st strike against the Taliban in 11 days", StringComparison.Ordinal));
        strike.Status.Should().BeOneOf(ComparisonStatus.Identical, ComparisonStatus.Consistent);

        report.Groups.Where(g => g.Sources.Any(s => s.Wording.Contains("very good talk", StringComparison.Ordinal)))
            .Should().ContainSingle().Which.Sources.Should().HaveCount(2);

        var tolls = report.Groups.SelectMany(g => g.Sources).SelectMany(s => s.Figures.Select(f => (s.Source, f.Value, f.Unit))).ToList();
        foreach (var source in report.Sources)
        {
            tolls.Should().Contain(t => t.Source == source && t.Value == 4 && t.Unit == "civilians");
            tolls.Should().Contain(t => t.Source == source && t.Value == 11 && (t.Unit == "troops" || t.Unit == "security forces"));
        }
        report.DifferingFigures.Should().NotContain(f => f.Thing == "civilians" || f.Thing == "troops");
        // They agree because each outlet gives the same count of the same thing (troops ~ security forces are
        // synonyms): four civilians beside four, 11 troops beside 11, from both outlets in one statement.
        var tolled = report.Groups.SelectMany(g => g.Figures).Where(f => f.Thing is "civilians" or "troops").ToList();
        tolled.Select(f => f.Thing).Should().BeEquivalentTo(["civilians", "troops"]);
        tolled.Should().OnlyContain(f => f.Agree);
        foreach (var alignment in tolled)
        {
            alignment.Values.Select(v => v.Source).Distinct().Should().BeEquivalentTo(report.Sources);
            alignment.Values.Select(v => v.Value).Distinct().Should().ContainSingle().Which.Should().Be(alignment.Thing == "civilians" ? 4 : 11);
        }

        var attacks = report.DifferingFigures.Should().ContainSingle(f => f.Thing == "attacks").Subject;
        attacks.Values.Select(v => v.Value).Should().Contain([43.0, 30.0]);
    }

    private static List<ClaimX.Core.Claims.Claim> ExtractSamples()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClaimX.sln")))
        {
            directory = directory.Parent;
        }
        directory.Should().NotBeNull("the tests run inside the repository");
        var extractor = new ClaimExtractor();
        return Directory.GetFiles(Path.Combine(directory!.FullName, "samples"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => extractor.Extract("samples/" + Path.GetFileName(path), File.ReadAllText(path)).Claims)
            .ToList();
    }
}
