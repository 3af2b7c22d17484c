namespace ClaimX.Core.Tests.Support;

/// <summary>The texts of the repository's sample articles (samples/*.txt), which every clone has.</summary>
internal static class SampleArticles
{
    public static IReadOnlyList<string> Texts { get; } = Load();

    private static string[] Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "ClaimX.sln")))
        {
            directory = directory.Parent;
        }
        return [.. Directory.GetFiles(Path.Combine(directory.FullName, "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }
}
