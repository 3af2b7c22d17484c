namespace ClaimX.Cli.Inputs;

/// <summary>
/// Turns the command line's inputs into the ordered list of articles to read, with the same rules for every
/// command that reads articles (extract, compare...):
/// <list type="bullet">
/// <item>a file is one article (even if it does not exist: reading it then reports the error in its turn);</item>
/// <item>a directory is every *.txt below it, in ordinal order of the paths;</item>
/// <item>a glob ("articles/**/*.txt") is expanded here, for quoted patterns and shells that do not;</item>
/// <item>"-" is standard input; no input at all with piped standard input is standard input too;</item>
/// <item>--files-from FILE (or "-") gives one input per line, each following the rules above.</item>
/// </list>
/// A directory without articles or a glob matching nothing is reported as an error naming it; the rest still runs.
/// </summary>
public sealed class InputResolver(CliEnvironment environment, Diagnostics diagnostics)
{
    /// <summary>Raised when the inputs cannot be resolved at all (no input and a terminal on standard input).</summary>
    public sealed class UsageException(string message) : Exception(message);

    public List<InputItem> Resolve(IReadOnlyList<string> inputs, string? filesFrom)
    {
        var items = new List<InputItem>();
        foreach (var input in inputs)
        {
            AddInput(input, items);
        }
        if (filesFrom is not null)
        {
            foreach (var line in ReadList(filesFrom))
            {
                AddInput(line, items);
            }
        }
        if (inputs.Count == 0 && filesFrom is null)
        {
            if (!environment.IsInputRedirected)
            {
                throw new UsageException("no input: give files, directories or globs, '-' for standard input, or pipe an article in");
            }
            items.Add(InputItem.StandardInput);
        }
        return items;
    }

    private void AddInput(string input, List<InputItem> items)
    {
        if (input == InputItem.StandardInputLabel)
        {
            items.Add(InputItem.StandardInput);
            return;
        }
        if (input.Length == 0)
        {
            diagnostics.Error("'': empty path");
            return;
        }
        string full = Path.GetFullPath(input, environment.CurrentDirectory);
        if (Directory.Exists(full))
        {
            var found = DirectoryWalker.ListArticles(input, full, diagnostics.Error);
            if (found.Count == 0)
            {
                diagnostics.Error($"{input}: directory contains no .txt articles");
            }
            items.AddRange(found);
        }
        else if (!File.Exists(full) && GlobPattern.IsGlob(input))
        {
            var found = GlobPattern.Expand(input, environment.CurrentDirectory);
            if (found.Count == 0)
            {
                diagnostics.Error($"{input}: no file matches this pattern");
            }
            items.AddRange(found);
        }
        else
        {
            items.Add(new InputItem(input, full));
        }
    }

    private List<string> ReadList(string filesFrom)
    {
        var lines = new List<string>();
        try
        {
            using var reader = filesFrom == InputItem.StandardInputLabel
                ? new StreamReader(environment.OpenInput())
                : new StreamReader(Path.GetFullPath(filesFrom, environment.CurrentDirectory));
            while (reader.ReadLine() is { } line)
            {
                // Lists come from find, git ls-files, spreadsheets...: ignore blank lines and trailing blanks.
                var path = line.TrimEnd();
                if (path.Length > 0)
                {
                    lines.Add(path);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error($"{filesFrom}: cannot read the list of files ({InputErrors.Describe(e)})");
        }
        return lines;
    }
}
