namespace ClaimX.Cli.Tests.Support;

/// <summary>Finds the repository (the folder holding ClaimX.sln) and the optional shared corpus beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared/corpus from the repository, or null when it is not there (tests then return early).</summary>
    public static string? SharedCorpus =>
        Path.Combine(Root, "..", "shared", "corpus") is var path && Directory.Exists(path) ? Path.GetFullPath(path) : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimX.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ClaimX.sln not found above " + AppContext.BaseDirectory);
    }
}
