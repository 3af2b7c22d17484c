using ClaimX.Cli.Inputs;
using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

public class SortedTreeWalkerTests
{
    [Fact]
    public void Depth_first_order_equals_a_global_ordinal_sort_of_the_paths()
    {
        using var dir = new TempDirectory();
        string[] files = ["a.txt", "a/c.txt", "a-b.txt", "a/b/z.txt", "a0.txt", "B.txt", "ab/x.txt", "a/b.txt"];
        foreach (var file in files)
        {
            dir.Write("root/" + file, "x");
        }

        var labels = SortedTreeWalker.Enumerate(dir.File("root"), "root/", _ => true, -1, false, _ => { }).Select(i => i.Label).ToList();

        labels.Should().Equal(files.Select(f => "root/" + f).OrderBy(f => f, StringComparer.Ordinal));
    }

    [Fact]
    public void Depth_limit_and_hidden_entries()
    {
        using var dir = new TempDirectory();
        dir.Write("r/top.txt", "x");
        dir.Write("r/.hidden.txt", "x");
        dir.Write("r/.git/inner.txt", "x");
        dir.Write("r/sub/deep.txt", "x");

        SortedTreeWalker.Enumerate(dir.File("r"), "", _ => true, 0, false, _ => { }).Select(i => i.Label).Should().Equal("top.txt");
        SortedTreeWalker.Enumerate(dir.File("r"), "", _ => true, -1, false, _ => { }).Select(i => i.Label).Should().Equal("sub/deep.txt", "top.txt");
        SortedTreeWalker.Enumerate(dir.File("r"), "", _ => true, -1, true, _ => { }).Select(i => i.Label)
            .Should().Equal(".git/inner.txt", ".hidden.txt", "sub/deep.txt", "top.txt");
    }

    [Fact]
    public void Unreadable_folder_is_reported_and_the_rest_listed()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // Root lists any folder whatever its mode; the report path is covered where modes are enforced.
            return;
        }
        using var dir = new TempDirectory();
        dir.Write("r/a.txt", "x");
        dir.Write("r/locked/b.txt", "x");
        File.SetUnixFileMode(dir.File("r/locked"), UnixFileMode.None);
        var errors = new List<string>();

        var labels = SortedTreeWalker.Enumerate(dir.File("r"), "r/", _ => true, -1, false, errors.Add).Select(i => i.Label).ToList();

        labels.Should().Equal("r/a.txt");
        errors.Should().ContainSingle().Which.Should().StartWith("r/locked: cannot read directory");
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_reported_even_as_root()
    {
        using var dir = new TempDirectory();
        dir.Write("r/not-a-folder", "x");
        var errors = new List<string>();

        // Listing a file as a folder fails for every user (ENOTDIR), like a folder that vanished mid-run.
        var labels = SortedTreeWalker.Enumerate(dir.File("r/not-a-folder"), "r/not-a-folder/", _ => true, -1, false, errors.Add).ToList();

        labels.Should().BeEmpty();
        errors.Should().ContainSingle().Which.Should().StartWith("r/not-a-folder: cannot read directory");
    }
}
