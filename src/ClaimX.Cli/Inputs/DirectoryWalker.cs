namespace ClaimX.Cli.Inputs;

/// <summary>
/// Lists the articles below a directory: every "*.txt" file (any case), hidden files and folders left out, in
/// ordinal order of their paths, so the output order never depends on the file system. A sub-folder that cannot be
/// read is reported and the rest is still listed.
/// </summary>
public static class DirectoryWalker
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    public static List<InputItem> ListArticles(string label, string fullPath, Action<string> reportError)
    {
        string prefix = label is "." or "./" ? "" : label.TrimEnd('/', '\\') + "/";
        var items = new List<InputItem>();
        Walk(fullPath, prefix, items, reportError);
        items.Sort(static (a, b) => string.CompareOrdinal(a.Label, b.Label));
        return items;
    }

    private static void Walk(string directory, string labelPrefix, List<InputItem> items, Action<string> reportError)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.txt", OneLevel))
            {
                items.Add(new InputItem(labelPrefix + Path.GetFileName(file), file));
            }
            foreach (var sub in Directory.EnumerateDirectories(directory, "*", OneLevel))
            {
                // Symbolic links to folders are not followed: they can loop, and the target is listed on its own.
                if (new DirectoryInfo(sub).LinkTarget is null)
                {
                    Walk(sub, labelPrefix + Path.GetFileName(sub) + "/", items, reportError);
                }
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            reportError($"{labelPrefix.TrimEnd('/')}: cannot read directory ({InputErrors.Describe(e)})");
        }
    }
}
