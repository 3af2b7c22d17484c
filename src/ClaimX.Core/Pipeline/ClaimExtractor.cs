using System.Globalization;
using ClaimX.Core.Articles;
using ClaimX.Core.Attribution;
using ClaimX.Core.Claims;
using ClaimX.Core.Dates;
using ClaimX.Core.Figures;
using ClaimX.Core.Scanning;
using ClaimX.Core.Text;

namespace ClaimX.Core.Pipeline;

/// <summary>
/// The extraction pipeline for one article: analyse the text, find attributions, attach figures and dates.
/// Thread-safe: one instance serves any number of concurrent articles.
/// </summary>
public sealed class ClaimExtractor(ExtractionOptions? options = null)
{
    private readonly ExtractionOptions _options = options ?? new ExtractionOptions();

    /// <param name="article">The article's label in the output (its path as given, "-" for standard input).</param>
    /// <param name="text">The decoded article text, front matter included (offsets count from here).</param>
    public ArticleResult Extract(string article, string text)
    {
        var frontMatter = FrontMatterParser.Parse(text);
        var metadata = ArticleMetadataResolver.Resolve(frontMatter, _options.Source, _options.Date, text);
        return Extract(article, text, frontMatter.BodyStart, metadata);
    }

    /// <summary>For callers that parsed the front matter themselves (to report its warnings).</summary>
    /// <param name="bodyStart">Where the body starts after any front matter; offsets still count from 0.</param>
    /// <param name="metadata">The article's resolved metadata (see <see cref="ArticleMetadataResolver"/>).</param>
    public ArticleResult Extract(string article, string text, int bodyStart, ArticleMetadata metadata)
    {
        // The document lives only in this call (the claims copy what they keep), so its tokens come from the pool.
        var document = TextAnalyzer.AnalyzePooled(text, bodyStart);
        ScanContext.Attach(document);
        try
        {
            return Extract(article, text, document, metadata);
        }
        finally
        {
            ScanContext.Detach(document);
            TextAnalyzer.Release(document);
        }
    }

    private static ArticleResult Extract(string article, string text, TextDocument document, ArticleMetadata metadata)
    {
        string? source = metadata.Source;
        // Front matter > --date > the article's own dateline; never the file name (unknown stays null).
        DateOnly? reference = metadata.Date ?? ReferenceDateFinder.FindDateline(text, document.BodyStart);
        string? articleDate = reference?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var spans = AttributionExtractor.Extract(document);
        var claims = new List<Claim>(spans.Count);
        foreach (var span in spans)
        {
            int paragraph = document.ParagraphIndexAt(span.Content.Start) + 1;
            var saidOn = span.Cue is { } cue ? DateExtractor.ResolveCueDate(text, cue, span.Content, reference) : null;
            // A date in a clause about the speaker ("Glass, who signed the order on Feb. 12, added") dates that
            // clause, not the statement: it lies between the mention and the cue with a comma before the cue.
            if (saidOn is not null && span.SpeakerMention is { } who && span.Cue is { } at
                && (who.Overlaps(new TextSpan(saidOn.Start, saidOn.End))
                    || (saidOn.Start >= who.End && saidOn.End <= at.Start && text.AsSpan(saidOn.End, at.Start - saidOn.End).Contains(','))))
            {
                saidOn = null;
            }
            DateOnly? speechDate = DateExtractor.AsDay(saidOn);
            claims.Add(new Claim
            {
                Article = article,
                Source = source,
                ArticleDate = articleDate,
                Id = $"{article}#{claims.Count + 1}",
                Kind = span.Kind,
                Speaker = span.Speaker,
                SpeakerMention = span.SpeakerMention is { } m ? text[m.Start..m.End] : null,
                SpeakerStart = span.SpeakerMention?.Start,
                SpeakerEnd = span.SpeakerMention?.End,
                SpeakerRole = span.SpeakerRole,
                Cue = span.Cue is { } c ? text[c.Start..c.End] : null,
                CueLemma = span.CueLemma,
                Quote = text[span.Content.Start..span.Content.End],
                Start = span.Content.Start,
                End = span.Content.End,
                Paragraph = Math.Max(paragraph, 1),
                Figures = FigureExtractor.Extract(text, span.Content),
                Dates = DateExtractor.Extract(text, span.Content, reference, speechDate),
                SaidOn = saidOn?.Value,
            });
        }
        return new ArticleResult(article, source, reference, claims);
    }
}
