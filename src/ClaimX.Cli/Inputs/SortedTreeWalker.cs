namespace ClaimX.Cli.Inputs;

/// <summary>
/// Lists the files below a directory lazily, in ordinal order of their full paths, holding only the entries of the
/// directories on the current path: memory does not grow with the size of an archive spread over folders. Each
/// directory's entries are sorted with a directory named "x" keyed as "x/", which makes the depth-first order equal
/// to a global ordinal sort of the paths ("a-b.txt" &lt; "a/c.txt" &lt; "a.txt" is not what a per-name sort
/// would give). Symbolic links to folders are not followed (they can loop). A folder that cannot be read is
/// reported and skipped.
/// </summary>
public static class SortedTreeWalker
{
    /// <param name="labelPrefix">What precedes the relative path in each label: the folder as the user wrote it.</param>
    /// <param name="includeFile">Which file names to list.</param>
    /// <param name="maxDepth">How many folder levels to descend (0 = this folder only); -1 for no limit.</param>
    public static IEnumerable<InputItem> Enumerate(
        string directory,
        string labelPrefix,
        Func<string, bool> includeFile,
        int maxDepth,
        bool includeHidden,
        Action<string> reportError)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = includeHidden ? 0 : FileAttributes.Hidden | FileAttributes.System,
            ReturnSpecialDirectories = false,
        };
        return Walk(directory, labelPrefix, "", includeFile, maxDepth, options, reportError);
    }

    private static IEnumerable<InputItem> Walk(
        string directory,
        string labelPrefix,
        string relativePrefix,
        Func<string, bool> includeFile,
        int depthLeft,
        EnumerationOptions options,
        Action<string> reportError)
    {
        List<(string Key, string Name, bool IsDirectory)> entries;
        try
        {
            entries = [];
            foreach (var info in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options))
            {
                if (info is DirectoryInfo sub)
                {
                    if (depthLeft != 0 && sub.LinkTarget is null)
                    {
                        entries.Add((sub.Name + "/", sub.Name, true));
                    }
                }
                else if (includeFile(info.Name))
                {
                    entries.Add((info.Name, info.Name, false));
                }
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            string shown = (labelPrefix + relativePrefix).TrimEnd('/');
            reportError($"{(shown.Length == 0 ? "." : shown)}: cannot read directory ({InputErrors.Describe(e)})");
            yield break;
        }
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (_, name, isDirectory) in entries)
        {
            string full = Path.Combine(directory, name);
            string relative = relativePrefix + name;
            if (isDirectory)
            {
                foreach (var item in Walk(full, labelPrefix, relative + "/", includeFile, depthLeft - 1, options, reportError))
                {
                    yield return item;
                }
            }
            else
            {
                yield return new InputItem(labelPrefix + relative, full) { RelativePath = relative };
            }
        }
    }
}
