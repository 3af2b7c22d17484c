using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Output;

/// <summary>JSON Lines: one claim object per line, each article's claims flushed as soon as it is done.</summary>
public sealed class JsonlClaimWriter(Stream output) : IClaimWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly ClaimJsonSerializer _serializer = new(output);

    public void WriteArticle(ArticleResult article)
    {
        foreach (var claim in article.Claims)
        {
            _serializer.Write(claim);
            output.Write(NewLine);
        }
        output.Flush();
    }

    public void Complete() => output.Flush();
}
