using System.Diagnostics;
using System.Globalization;

namespace ClaimX.Cli.Processing;

/// <summary>
/// A one-line progress display on standard error: articles done of total, MB/s, time left (when the total is
/// known). Shown only when asked
/// (--progress) or when standard error is a terminal and the run has lasted long enough to be worth watching;
/// never in pipes or CI logs otherwise. Redrawn at most a few times a second, from the consuming thread only.
/// </summary>
public sealed class ProgressReporter(Diagnostics diagnostics, int? total, bool forced, bool onTerminal)
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _lastDrawn;
    private bool _drawn;
    private int _done;
    private long _bytes;

    public void Advance(long bytes)
    {
        _done++;
        _bytes += bytes;
        if (!forced && !onTerminal)
        {
            return;
        }
        var now = _clock.Elapsed;
        if ((!forced && now < ShowAfter) || (_lastDrawn is { } last && now - last < Interval))
        {
            return;
        }
        _lastDrawn = now;
        Draw(now);
    }

    /// <summary>Ends the progress line so that what follows starts on a clean line.</summary>
    public void Finish()
    {
        if (_drawn)
        {
            Draw(_clock.Elapsed);
            diagnostics.Raw(onTerminal ? "\n" : "");
        }
    }

    private void Draw(TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        double mbPerSecond = _bytes / 1e6 / seconds;
        string line;
        if (total is { } all)
        {
            double perArticle = seconds / Math.Max(_done, 1);
            var left = TimeSpan.FromSeconds(Math.Round(perArticle * Math.Max(all - _done, 0)));
            line = string.Create(CultureInfo.InvariantCulture,
                $"claimx: {_done}/{all} articles, {mbPerSecond:0.0} MB/s, {left:hh\\:mm\\:ss} left");
        }
        else
        {
            // The list comes from standard input and cannot be counted ahead: no total, no time left.
            line = string.Create(CultureInfo.InvariantCulture, $"claimx: {_done} articles, {mbPerSecond:0.0} MB/s");
        }
        // On a terminal the line is redrawn in place; in a file (--progress into a log) each draw is its own line.
        diagnostics.Raw(onTerminal ? "\r" + line + "\u001b[K" : line + "\n");
        _drawn = true;
    }
}
