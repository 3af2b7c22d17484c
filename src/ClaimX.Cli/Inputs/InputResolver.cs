namespace ClaimX.Cli.Inputs;

/// <summary>
/// Turns the command line's inputs into the sequence of articles to read, with the same rules for every command
/// that reads articles (extract, compare...):
/// <list type="bullet">
/// <item>a file is one article (even if it does not exist: reading it then reports the error in its turn);</item>
/// <item>a directory is every *.txt below it (any case, hidden entries skipped), in ordinal order of the paths;</item>
/// <item>a glob ("articles/**/*.txt") is expanded here, for quoted patterns and shells that do not;</item>
/// <item>"-" is standard input; no input at all with piped standard input is standard input too;</item>
/// <item>--files-from FILE (or "-") gives one input per line, each following the rules above.</item>
/// </list>
/// The sequence is lazy: directories, globs and lists are read as it is enumerated, so memory does not grow with
/// the number of files. A directory without articles, a glob matching nothing or an unreadable list is reported
/// as an error naming it when its turn comes; the rest still runs.
/// </summary>
public sealed class InputResolver(CliEnvironment environment, Diagnostics diagnostics)
{
    /// <summary>Raised when the inputs cannot be resolved at all (no input and a terminal on standard input).</summary>
    public sealed class UsageException(string message) : Exception(message);

    /// <summary>
    /// All inputs at once, for commands that need the whole list (compare). Problems are reported while listing.
    /// A batch over a large archive should use <see cref="ResolveStreaming"/>, which holds no list.
    /// </summary>
    /// <exception cref="UsageException">No input given and standard input is a terminal.</exception>
    public List<InputItem> Resolve(IReadOnlyList<string> inputs, string? filesFrom) => [.. ResolveStreaming(inputs, filesFrom)];

    /// <summary>The inputs as a lazy sequence: listed as it is enumerated (once), problems reported in their turn.</summary>
    /// <exception cref="UsageException">No input given and standard input is a terminal (raised at once, not lazily).</exception>
    public IEnumerable<InputItem> ResolveStreaming(IReadOnlyList<string> inputs, string? filesFrom)
    {
        if (inputs.Count == 0 && filesFrom is null && !environment.IsInputRedirected)
        {
            throw new UsageException("no input: give files, directories or globs, '-' for standard input, or pipe an article in");
        }
        return Enumerate(inputs, filesFrom);
    }

    /// <summary>
    /// Counts what <see cref="ResolveStreaming"/> would give, without reporting anything (for progress and its ETA); null
    /// when counting would consume standard input (--files-from -).
    /// </summary>
    public static int? Count(CliEnvironment environment, IReadOnlyList<string> inputs, string? filesFrom, Func<InputItem, bool> selected)
    {
        if (filesFrom == InputItem.StandardInputLabel)
        {
            return null;
        }
        var silent = new InputResolver(environment, new Diagnostics(TextWriter.Null, quiet: true));
        return silent.Enumerate(inputs, filesFrom).Count(selected);
    }

    private IEnumerable<InputItem> Enumerate(IReadOnlyList<string> inputs, string? filesFrom)
    {
        // Standard input can be read once: as one article, or as the list of files, not both.
        var stdin = new StandardInputUse(filesFrom == InputItem.StandardInputLabel ? "the list of files (--files-from -)" : null);
        foreach (var input in inputs)
        {
            foreach (var item in Expand(input, stdin))
            {
                yield return item;
            }
        }
        if (filesFrom is not null)
        {
            foreach (var line in ReadList(filesFrom))
            {
                foreach (var item in Expand(line, stdin))
                {
                    yield return item;
                }
            }
        }
        if (inputs.Count == 0 && filesFrom is null)
        {
            yield return InputItem.StandardInput;
        }
    }

    private IEnumerable<InputItem> Expand(string input, StandardInputUse stdin)
    {
        if (input == InputItem.StandardInputLabel)
        {
            if (stdin.UsedFor is { } use)
            {
                diagnostics.Error($"-: standard input is already read as {use}");
                return [];
            }
            stdin.UsedFor = "an article (-)";
            return [InputItem.StandardInput];
        }
        if (input.Length == 0)
        {
            diagnostics.Error("'': empty path");
            return [];
        }
        string full = Path.GetFullPath(input, environment.CurrentDirectory);
        if (Directory.Exists(full))
        {
            string prefix = input is "." or "./" ? "" : input.TrimEnd('/', '\\') + "/";
            var articles = SortedTreeWalker.Enumerate(full, prefix, IsArticleName, maxDepth: -1, includeHidden: false, diagnostics.Error);
            return ReportIfEmpty(articles, $"{input}: directory contains no .txt articles");
        }
        if (!File.Exists(full) && GlobPattern.IsGlob(input))
        {
            return ReportIfEmpty(GlobPattern.Expand(input, environment.CurrentDirectory, diagnostics.Error), $"{input}: no file matches this pattern");
        }
        return [new InputItem(input, full)];
    }

    private static bool IsArticleName(string name) => name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private IEnumerable<InputItem> ReportIfEmpty(IEnumerable<InputItem> items, string message)
    {
        bool any = false;
        foreach (var item in items)
        {
            any = true;
            yield return item;
        }
        if (!any)
        {
            diagnostics.Error(message);
        }
    }

    private IEnumerable<string> ReadList(string filesFrom)
    {
        TextReader reader;
        try
        {
            reader = filesFrom == InputItem.StandardInputLabel
                ? new StreamReader(environment.OpenInput())
                : new StreamReader(Path.GetFullPath(filesFrom, environment.CurrentDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error($"{filesFrom}: cannot read the list of files ({InputErrors.Describe(e)})");
            yield break;
        }
        using (reader)
        {
            while (true)
            {
                string? line;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Error($"{filesFrom}: cannot read the list of files ({InputErrors.Describe(e)})");
                    yield break;
                }
                if (line is null)
                {
                    yield break;
                }
                // Lists come from find, git ls-files, spreadsheets...: ignore blank lines and trailing blanks.
                string path = line.TrimEnd();
                if (path.Length > 0)
                {
                    yield return path;
                }
            }
        }
    }

    private sealed class StandardInputUse(string? usedFor)
    {
        public string? UsedFor { get; set; } = usedFor;
    }
}
