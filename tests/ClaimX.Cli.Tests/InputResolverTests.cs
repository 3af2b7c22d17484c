using ClaimX.Cli.Inputs;
using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>The input rules as a library, for other commands (compare) that read articles like extract does.</summary>
public class InputResolverTests
{
    private static (InputResolver Resolver, StringWriter Errors) Create(string directory, bool stdinRedirected = false)
    {
        var errors = new StringWriter();
        var environment = new CliEnvironment
        {
            Output = Stream.Null,
            Error = errors,
            OpenInput = () => new MemoryStream(),
            IsInputRedirected = stdinRedirected,
            CurrentDirectory = directory,
        };
        return (new InputResolver(environment, new Diagnostics(errors, quiet: false)), errors);
    }

    [Fact]
    public void Resolve_and_streaming_give_the_same_items_and_report_the_same_problems()
    {
        using var dir = new TempDirectory();
        dir.Write("d/b.txt", "x");
        dir.Write("d/a/c.txt", "x");
        Directory.CreateDirectory(dir.File("empty"));
        string[] inputs = ["d", "empty", "nothing/*.txt", "-", "file.txt"];

        var (eager, eagerErrors) = Create(dir.Path);
        var (lazy, lazyErrors) = Create(dir.Path);
        var listed = eager.Resolve(inputs, null);
        var streamed = lazy.ResolveStreaming(inputs, null);
        lazyErrors.ToString().Should().BeEmpty("nothing is listed before the sequence is enumerated");
        var streamedList = streamed.ToList();

        listed.Select(i => i.Label).Should().Equal("d/a/c.txt", "d/b.txt", "-", "file.txt");
        streamedList.Should().Equal(listed);
        listed.Single(i => i.Label == "-").IsStandardInput.Should().BeTrue();
        listed.Single(i => i.Label == "file.txt").FullPath.Should().Be(dir.File("file.txt"));
        eagerErrors.ToString().Should().Be(lazyErrors.ToString()).And.Contain("empty: directory contains no .txt articles")
            .And.Contain("nothing/*.txt: no file matches this pattern");
    }

    [Fact]
    public void No_input_with_a_terminal_on_stdin_is_a_usage_error_at_once()
    {
        var (resolver, _) = Create(Path.GetTempPath());

        var act = () => resolver.ResolveStreaming([], null);

        act.Should().Throw<InputResolver.UsageException>();
    }

    [Fact]
    public void Count_matches_what_is_listed_without_reporting()
    {
        using var dir = new TempDirectory();
        for (int i = 0; i < 12; i++)
        {
            dir.Write($"c/{i}.txt", "x");
        }
        var errors = new StringWriter();
        var environment = new CliEnvironment { Output = Stream.Null, Error = errors, OpenInput = () => new MemoryStream(), CurrentDirectory = dir.Path };

        InputResolver.Count(environment, ["c", "missing-dir/*.txt"], null, _ => true).Should().Be(12);
        InputResolver.Count(environment, ["c"], null, i => new ShardSpec(1, 3).Contains(i.Label)).Should().BeInRange(1, 11);
        InputResolver.Count(environment, [], "-", _ => true).Should().BeNull("a list on standard input can be read only once");
        errors.ToString().Should().BeEmpty();
    }
}
