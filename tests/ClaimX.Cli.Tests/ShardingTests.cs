using ClaimX.Cli.Inputs;
using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>--shard K/N splits the inputs deterministically; the shards together equal the unsharded run.</summary>
public class ShardingTests
{
    private static TempDirectory Corpus(int files)
    {
        var dir = new TempDirectory();
        for (int i = 0; i < files; i++)
        {
            dir.Write($"corpus/{i % 7}/{i:D3}.txt", Articles.WithQuotes($"Officer Number{i}", quotes: 1 + i % 3));
        }
        return dir;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Union_of_the_shards_equals_the_unsharded_output(int shards)
    {
        using var dir = Corpus(50);
        var whole = CliRunner.Run(dir.Path, "extract", "corpus", "-f", "jsonl");
        var wholeLines = whole.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var parts = Enumerable.Range(1, shards)
            .Select(k => CliRunner.Run(dir.Path, "extract", "corpus", "-f", "jsonl", "--shard", $"{k}/{shards}"))
            .ToList();

        parts.Should().OnlyContain(p => p.ExitCode == 0);
        var union = parts.SelectMany(p => p.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        union.Should().BeEquivalentTo(wholeLines, "every claim is in exactly one shard");
        union.Should().HaveCount(wholeLines.Length);
        if (shards > 1)
        {
            parts.Should().OnlyContain(p => p.Stdout.Length < whole.Stdout.Length, "each shard takes a share, not all");
        }
    }

    [Fact]
    public void Shard_membership_depends_only_on_the_path()
    {
        using var dir = Corpus(20);
        var forward = CliRunner.Run(dir.Path, "extract", "corpus", "-f", "jsonl", "--shard", "2/3", "--jobs", "1");
        var files = Directory.GetFiles(dir.File("corpus"), "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir.Path, f).Replace('\\', '/'))
            .OrderByDescending(f => f, StringComparer.Ordinal)
            .ToArray();

        var reversed = CliRunner.Run(dir.Path, ["extract", .. files, "-f", "jsonl", "--shard", "2/3", "--jobs", "3"]);

        reversed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().BeEquivalentTo(forward.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Hash_is_fnv1a_64_of_the_utf8_path()
    {
        // Published FNV-1a 64 test vectors: the documented hash, so other tools can reproduce a split.
        ShardSpec.Hash("").Should().Be(0xcbf29ce484222325UL);
        ShardSpec.Hash("a").Should().Be(0xaf63dc4c8601ec8cUL);
        ShardSpec.Hash("foobar").Should().Be(0x85944171f73967e8UL);
    }

    [Fact]
    public void Shards_are_roughly_even()
    {
        var counts = new int[4];
        for (int i = 0; i < 4000; i++)
        {
            string path = $"archive/2020/{i:D5}.txt";
            for (int k = 1; k <= 4; k++)
            {
                if (new ShardSpec(k, 4).Contains(path))
                {
                    counts[k - 1]++;
                }
            }
        }

        counts.Sum().Should().Be(4000);
        counts.Should().OnlyContain(c => c > 850 && c < 1150);
    }
}
