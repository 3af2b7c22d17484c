using ClaimX.Core.Pipeline;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Pipeline;

/// <summary>
/// The pipeline keeps per-thread buffers (clause tokens, scan tokens, word facts, pooled text tokens) that the next
/// article on the thread refills: an article's claims must not depend on what the thread processed before it.
/// </summary>
public class ThreadReuseTests
{
    private static readonly ClaimExtractor Extractor = new(new ExtractionOptions { Date = new DateOnly(2020, 3, 4) });

    private static readonly string Long = string.Concat(Enumerable.Repeat(
        "Officials said on Tuesday that 45 people were hurt, and the ministry told reporters it expected “more than 200” claims. ", 60));

    // Ends right after a relative clause, so rules look past the last token ("Smith, who said ..., also").
    private const string Short = "Smith, who said the plan would cost the city far more than anyone had said, also";

    private static string Claims(string text) =>
        string.Join("\n", Extractor.Extract("a", text).Claims.Select(c => $"{c.Start}-{c.End} {c.Speaker} {c.Cue} {c.SaidOn} {c.Figures.Count} {c.Dates.Count}"));

    // The claims of the last text, extracted on a new thread after the others.
    private static string OnNewThread(params string[] texts)
    {
        string? result = null;
        Exception? fault = null;
        var thread = new Thread(() =>
        {
            try
            {
                foreach (var text in texts)
                {
                    result = Claims(text);
                }
            }
            catch (Exception e)
            {
                fault = e;
            }
        });
        thread.Start();
        thread.Join();
        return fault is null ? result! : "fault: " + fault.GetType().Name;
    }

    [Fact]
    public void A_short_article_after_a_long_one_gives_what_it_gives_alone()
    {
        OnNewThread(Long, Short).Should().Be(OnNewThread(Short));
        OnNewThread(Long, Long[..300]).Should().Be(OnNewThread(Long[..300]));
    }

    [Fact]
    public void Any_article_after_any_other_gives_what_it_gives_alone()
    {
        string[] pieces = ["Smith", ",", "who", "said", "the", "plan", "would", "cost", "$", "5", "million", "on", "Monday", ".",
            "“", "”", "told", "reporters", "also", "according", "to", "officials", "\n\n", "45", "percent", "Col.", "Lee"];
        var text = Gen.Elements(pieces).ArrayOf().Select(parts => string.Join(' ', parts));
        Prop.ForAll(text.ToArbitrary(), text.ToArbitrary(), (before, after) => OnNewThread(before, after) == OnNewThread(after))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }
}
