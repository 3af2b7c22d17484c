using Microsoft.Extensions.FileSystemGlobbing;

namespace ClaimX.Cli.Inputs;

/// <summary>
/// Expands a glob ("articles/**/*.txt") the way a shell would, for quoted patterns and shells that do not expand
/// them (Windows, CI YAML, xargs). The part before the first wildcard segment is the folder searched; below it,
/// files are listed lazily in ordinal path order (<see cref="SortedTreeWalker"/>) and matched case-sensitively.
/// Like a shell, wildcards do not match hidden files and folders unless the pattern names a dot itself.
/// </summary>
public static class GlobPattern
{
    public static bool IsGlob(string input) => input.AsSpan().IndexOfAny('*', '?', '[') >= 0;

    public static IEnumerable<InputItem> Expand(string pattern, string currentDirectory, Action<string> reportError)
    {
        string normalised = pattern.Replace('\\', '/');
        var segments = normalised.Split('/');
        int firstWild = Array.FindIndex(segments, IsGlob);
        string baseLabel = string.Join('/', segments, 0, firstWild);
        if (firstWild == 1 && segments[0].Length == 0)
        {
            baseLabel = "/";
        }
        var rest = segments[firstWild..];
        string restPattern = string.Join('/', rest);

        string baseFull = Path.GetFullPath(baseLabel.Length == 0 ? "." : baseLabel, currentDirectory);
        if (!Directory.Exists(baseFull))
        {
            return [];
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(restPattern);
        bool recursive = rest.Contains("**");
        bool includeHidden = rest.Any(s => s.StartsWith('.'));
        string labelPrefix = baseLabel.Length == 0 ? "" : baseLabel.EndsWith('/') ? baseLabel : baseLabel + "/";
        return SortedTreeWalker.Enumerate(baseFull, labelPrefix, static _ => true, recursive ? -1 : rest.Length - 1, includeHidden, reportError)
            .Where(item => matcher.Match(item.RelativePath!).HasMatches);
    }
}
