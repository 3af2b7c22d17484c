using System.Text.Json;

namespace ClaimX.Core.Eval;

/// <summary>Reads a gold.json stream. Malformed input raises <see cref="InvalidDataException"/> with a one-line reason.</summary>
public static class GoldReader
{
    public static IReadOnlyList<GoldArticle> Read(Stream stream)
    {
        List<GoldArticle>? articles;
        try
        {
            articles = JsonSerializer.Deserialize(stream, GoldJsonContext.Default.ListGoldArticle);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a gold claims file: {FirstLine(e.Message)}", e);
        }
        if (articles is null)
        {
            throw new InvalidDataException("not a gold claims file: expected a JSON array of articles");
        }
        foreach (var article in articles)
        {
            if (string.IsNullOrWhiteSpace(article.Article))
            {
                throw new InvalidDataException("not a gold claims file: an article has no \"article\" file name");
            }
            foreach (var claim in article.Claims)
            {
                // An empty content with reversed offsets occurs in published gold (an annotation without content
                // span); the evaluator skips those, so only offsets that cannot come from any text are refused.
                if (claim.Start < 0 || claim.End < 0)
                {
                    throw new InvalidDataException($"{article.Article}: claim [{claim.Start}..{claim.End}) has invalid offsets");
                }
            }
        }
        return articles;
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
