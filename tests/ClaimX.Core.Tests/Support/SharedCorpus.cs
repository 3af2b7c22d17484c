namespace ClaimX.Core.Tests.Support;

/// <summary>Locates the read-only shared corpus (../shared beside the repository), or null when it is absent.</summary>
internal static class SharedCorpus
{
    public static string? Root { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimX.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }
}

/// <summary>A fact that is skipped when the shared corpus is not present.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedCorpus.Root is null)
        {
            Skip = "../shared corpus not present";
        }
    }
}
