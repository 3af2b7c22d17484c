using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ClaimX.Cli.Inputs;

/// <summary>
/// Expands a glob ("articles/**/*.txt") the way a shell would, for quoted patterns and shells that do not expand
/// them (Windows, CI YAML, xargs). The part before the first wildcard segment is the folder searched; matching is
/// case-sensitive, results are in ordinal order of their paths.
/// </summary>
public static class GlobPattern
{
    public static bool IsGlob(string input) => input.AsSpan().IndexOfAny('*', '?', '[') >= 0;

    /// <returns>The matching files' labels (the pattern's folder as written + the matched relative path) and paths.</returns>
    public static List<InputItem> Expand(string pattern, string currentDirectory)
    {
        string normalised = pattern.Replace('\\', '/');
        var segments = normalised.Split('/');
        int firstWild = Array.FindIndex(segments, IsGlob);
        string baseLabel = string.Join('/', segments, 0, firstWild);
        string rest = string.Join('/', segments, firstWild, segments.Length - firstWild);
        if (firstWild == 1 && segments[0].Length == 0)
        {
            baseLabel = "/";
        }

        string baseFull = Path.GetFullPath(baseLabel.Length == 0 ? "." : baseLabel, currentDirectory);
        var items = new List<InputItem>();
        if (!Directory.Exists(baseFull))
        {
            return items;
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(rest);
        var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseFull)));
        // Like a shell, wildcards do not match hidden files and folders unless the pattern names a dot itself.
        bool includeHidden = rest.Contains("/.", StringComparison.Ordinal) || rest.StartsWith('.');
        foreach (var file in result.Files)
        {
            if (!includeHidden && IsHidden(file.Path))
            {
                continue;
            }
            string label = baseLabel.Length == 0 ? file.Path
                : baseLabel.EndsWith('/') ? baseLabel + file.Path
                : baseLabel + "/" + file.Path;
            items.Add(new InputItem(label, Path.Combine(baseFull, file.Path)));
        }
        items.Sort(static (a, b) => string.CompareOrdinal(a.Label, b.Label));
        return items;
    }

    private static bool IsHidden(string relativePath) =>
        relativePath.StartsWith('.') || relativePath.Contains("/.", StringComparison.Ordinal);
}
