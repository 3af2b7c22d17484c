using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Output;

/// <summary>
/// Writes claims in one output format. Articles arrive in input order; a writer sends each article's claims on
/// as soon as it has them (flushing), so output streams and a reader downstream sees results while the run goes on.
/// </summary>
public interface IClaimWriter
{
    void WriteArticle(ArticleResult article);

    /// <summary>Writes what closes the output (JSON's closing bracket) and flushes. Called once, on success.</summary>
    void Complete();
}
