namespace ClaimX.Core.Articles;

/// <summary>
/// What a front-matter block gave: the metadata, the offset where the article body starts (0 when there is no
/// block), and problems worth a warning (a date that is not yyyy-MM-dd...).
/// </summary>
public sealed record FrontMatter(ArticleMetadata Metadata, int BodyStart, IReadOnlyList<string> Warnings)
{
    public static readonly FrontMatter None = new(ArticleMetadata.Empty, 0, []);

    public bool Present => BodyStart > 0;
}
