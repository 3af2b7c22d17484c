using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Output;

/// <summary>
/// One JSON array of claim objects, streamed: "[" first, each claim on its own line as it comes, "]" at the end.
/// Nothing is held back, so memory does not grow with the output and `jq` reads it as it arrives.
/// </summary>
public sealed class JsonClaimWriter(Stream output) : IClaimWriter
{
    private static readonly byte[] Open = "[\n"u8.ToArray();
    private static readonly byte[] Between = ",\n"u8.ToArray();
    private static readonly byte[] CloseAfterItems = "\n]\n"u8.ToArray();
    private static readonly byte[] CloseEmpty = "]\n"u8.ToArray();

    private readonly ClaimJsonSerializer _serializer = new(output);
    private bool _opened;
    private bool _any;

    public void WriteArticle(ArticleResult article)
    {
        OpenOnce();
        foreach (var claim in article.Claims)
        {
            output.Write(_any ? Between : []);
            _serializer.Write(claim);
            _any = true;
        }
        output.Flush();
    }

    public void Complete()
    {
        OpenOnce();
        output.Write(_any ? CloseAfterItems : CloseEmpty);
        output.Flush();
    }

    private void OpenOnce()
    {
        if (!_opened)
        {
            output.Write(Open);
            _opened = true;
        }
    }
}
