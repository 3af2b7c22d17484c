namespace ClaimX.Core.Articles;

/// <summary>
/// Decides an article's metadata from its three possible origins, in order of trust: the article's own front
/// matter, then what the user gave for the whole run (--source/--date), then what the text says about itself
/// (<see cref="SourceInference"/>). The date is not guessed here: a wrong reference date would silently shift
/// every relative date ("Tuesday") in the output, so it stays null unless the article or the user states it.
/// </summary>
public static class ArticleMetadataResolver
{
    public static ArticleMetadata Resolve(FrontMatter frontMatter, string? defaultSource, DateOnly? defaultDate, string text)
    {
        var own = frontMatter.Metadata;
        string? source = own.Source ?? defaultSource ?? SourceInference.Infer(text, frontMatter.BodyStart);
        return own with { Source = source, Date = own.Date ?? defaultDate };
    }
}
