namespace ClaimX.Cli.Tests.Support;

/// <summary>
/// Small articles written for the tests: each has attributed direct quotes the first-cut extractor finds
/// ("..." + said + a name), so a test can tell that an article was read, decoded and extracted.
/// </summary>
public static class Articles
{
    public static string WithQuotes(string speaker, int quotes = 2, string newline = "\n")
    {
        var paragraphs = new List<string> { $"The city council met on Monday to discuss the budget for the coming year." };
        for (int i = 1; i <= quotes; i++)
        {
            paragraphs.Add($"\u201CWe will spend {i * 10} million dollars on the new bridge project,\u201D said {speaker} in a statement.");
        }
        paragraphs.Add("The vote is expected next week.");
        return string.Join(newline + newline, paragraphs) + newline;
    }
}
