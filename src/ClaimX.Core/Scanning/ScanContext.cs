using System.Runtime.CompilerServices;
using ClaimX.Core.Text;

namespace ClaimX.Core.Scanning;

/// <summary>
/// The tokens of the paragraph around a claim, with the look-ups the figure and date scanners share. The
/// scanners report only what lies inside the claim's range but read the context around it (the noun after a
/// number, the verb that sets a clause's tense).
/// </summary>
internal sealed class ScanContext
{
    // How far outside the range context is read: enough for a long sentence, bounded for huge paragraphs.
    private const int MaxContext = 1200;

    private readonly ArraySegment<ScanToken> _tokens;

    // For a slice of the document's tokens, whether each can start a date or a number (StartWords), parallel to the
    // document's tokens and filled in as asked (0: not known yet, 1: yes, -1: no; the tokenizer sets -1 at once for
    // the words the analyser's token hashes rule out); null for a window tokenized on its own.
    private readonly sbyte[]? _starts;

    private ScanContext(string text, ArraySegment<ScanToken> tokens, sbyte[]? starts, int rangeFirst, int rangeEnd)
    {
        Text = text;
        _tokens = tokens;
        _starts = starts;
        RangeFirst = rangeFirst;
        RangeEnd = rangeEnd;
    }

    public string Text { get; }

    public int Count => _tokens.Count;

    /// <summary>Index of the first token inside the range.</summary>
    public int RangeFirst { get; }

    /// <summary>Index after the last token inside the range.</summary>
    public int RangeEnd { get; }

    public ScanToken this[int index] => At(index);

    // The token at a context index, read from the backing array without the segment's own checks (the array's
    // bounds check stays); every rule of the scanners goes through here.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly ScanToken At(int index)
    {
        if ((uint)index >= (uint)_tokens.Count)
        {
            ThrowOutOfRange();
        }
        return ref _tokens.Array![_tokens.Offset + index];
    }

    private static void ThrowOutOfRange() => throw new ArgumentOutOfRangeException("index");

    /// <summary>Tokenizes the paragraph (line) holding <paramref name="range"/>, clipped to a window around it.</summary>
    public static ScanContext Create(string text, TextSpan range)
    {
        int rangeStart = Math.Clamp(range.Start, 0, text.Length);
        int rangeEnd = Math.Clamp(range.End, rangeStart, text.Length);
        // The figure and the date scans of a claim ask for the same range one after the other.
        var last = s_last;
        if (ReferenceEquals(last.Text, text) && last.Start == rangeStart && last.End == rangeEnd && last.Context is { } same)
        {
            return same;
        }
        // The line's ends are looked for only as far as the window may reach: a text of one huge line would
        // otherwise be searched back to its start for every claim.
        int back = Math.Min(rangeStart, MaxContext);
        int start = back > 0 ? text.LastIndexOf('\n', rangeStart - 1, back) + 1 : rangeStart;
        start = Math.Max(start, rangeStart - MaxContext);
        int ahead = Math.Min(text.Length - rangeEnd, MaxContext);
        int end = text.IndexOf('\n', rangeEnd, ahead);
        end = end < 0 ? rangeEnd + ahead : end;
        var (tokens, starts) = TokenizeCached(text, start, end);
        // The range's tokens, found by search: the window is the claim's whole paragraph.
        var inRange = WholeTokensWithin(tokens.Array!, tokens.Offset, tokens.Offset + tokens.Count, rangeStart, rangeEnd);
        int first = inRange.Offset - tokens.Offset;
        var context = new ScanContext(text, tokens, starts, first, first + inRange.Count);
        s_last = (text, rangeStart, rangeEnd, context);
        return context;
    }

    // The last context made on the thread (contexts are immutable; the start-word facts they share are filled in
    // the same either way).
    [ThreadStatic]
    private static (string? Text, int Start, int End, ScanContext? Context) s_last;

    // The said-on, figure and date scans of every claim each tokenized a window of one or more whole lines around
    // it. No token crosses a line break, so the text is tokenized once per thread and document, and a window that
    // starts and ends at line breaks is a slice of that; a window clipped inside a long line is tokenized itself.
    // The document's tokens and facts live in arrays kept per thread: a context lives only while one claim of the
    // document is scanned, and the next document on the thread refills them.
    [ThreadStatic]
    private static (string? Text, ScanToken[] Tokens, int Count, sbyte[] Starts) s_document;

    // The analysed document whose text the thread's scans are about, while the pipeline extracts it: its tokens
    // save the scan tokenizer most of its work (see ScanTokenizer.TokenizeInto). Its token array may be pooled, so
    // the pipeline detaches the document before releasing it.
    [ThreadStatic]
    private static TextDocument? s_analysed;

    /// <summary>Lets the scans of <paramref name="document"/>'s text on this thread use its tokens, until <see cref="Detach"/>.</summary>
    internal static void Attach(TextDocument document) => s_analysed = document;

    internal static void Detach(TextDocument document)
    {
        if (ReferenceEquals(s_analysed, document))
        {
            s_analysed = null;
        }
    }

    private const int KeptWindows = 4;

    [ThreadStatic]
    private static (string? Text, int Start, int End, ArraySegment<ScanToken> Tokens)[]? s_windows;

    [ThreadStatic]
    private static int s_nextWindow;

    private static (ArraySegment<ScanToken> Tokens, sbyte[]? Starts) TokenizeCached(string text, int start, int end)
    {
        bool lineStart = start == 0 || text[start - 1] == '\n';
        bool lineEnd = end == text.Length || (text[end] == '\n' && !char.IsHighSurrogate(text[end - 1]));
        if (!lineStart || !lineEnd)
        {
            return (ScanTokenizer.Tokenize(text, start, end), null);
        }
        var document = s_document;
        if (!ReferenceEquals(document.Text, text))
        {
            var tokens = document.Tokens ?? new ScanToken[4096];
            sbyte[]? starts = document.Starts ?? new sbyte[tokens.Length];
            var analysed = s_analysed is { } known && ReferenceEquals(known.Text, text) ? known.TokenSpan : default;
            // The figure mask, each said-on window and each claim's dates ask the same tokens whether a date or a
            // number can start there: answered once per token, when first asked. The tokenizer answers "no" at once
            // for most words it takes from the analyser's tokens (by their hash), and leaves the rest unknown (0).
            int count = ScanTokenizer.TokenizeInto(text, 0, text.Length, ref tokens, analysed, ref starts);
            document = (text, tokens, count, starts!);
            s_document = document;
            s_windows?.AsSpan().Clear();
        }
        // The claims of one paragraph ask for the same few windows (each claim's paragraph and the one around its
        // cue) one after the other: the last few slices are kept.
        var windows = s_windows ??= new (string?, int, int, ArraySegment<ScanToken>)[KeptWindows];
        foreach (var (keptText, keptStart, keptEnd, keptTokens) in windows)
        {
            if (ReferenceEquals(keptText, text) && keptStart == start && keptEnd == end)
            {
                return (keptTokens, document.Starts);
            }
        }
        var slice = WholeTokensWithin(document.Tokens, 0, document.Count, start, end);
        windows[s_nextWindow] = (text, start, end, slice);
        s_nextWindow = (s_nextWindow + 1) % KeptWindows;
        return (slice, document.Starts);
    }

    // The tokens of tokens[from..to) lying wholly inside [start, end): from the first starting at or after start
    // to the last ending at or before end (tokens are in text order, so both are searches).
    private static ArraySegment<ScanToken> WholeTokensWithin(ScanToken[] tokens, int from, int to, int start, int end)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start >= start) hi = mid; else lo = mid + 1;
        }
        // Tokens end in order too: the first one ending past the window closes it.
        int first = lo;
        hi = to;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End > end) hi = mid; else lo = mid + 1;
        }
        return new ArraySegment<ScanToken>(tokens, first, Math.Max(lo - first, 0));
    }

    /// <summary>
    /// For a word token: false when no date rule and no number can start there (see <see cref="StartWords"/>).
    /// Digits and symbols are the scanners' own business: asked about one, this says false.
    /// </summary>
    public bool MayStartDateOrNumber(int index)
    {
        if ((uint)index >= (uint)_tokens.Count)
        {
            ThrowOutOfRange();
        }
        if (_starts is not { } starts)
        {
            return CanStart(index);
        }
        ref sbyte known = ref starts[_tokens.Offset + index];
        if (known == 0)
        {
            known = CanStart(index) ? (sbyte)1 : (sbyte)-1;
        }
        return known > 0;
    }

    private bool CanStart(int index) => At(index).Kind == ScanTokenKind.Word && StartWords.CanStart(Span(index));

    /// <summary>Index of the first token ending after <paramref name="offset"/> (tokens are in text order).</summary>
    public int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (At(mid).End > offset) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>Which tokens this context reads: contexts with equal windows hold the same tokens of the same text.</summary>
    public Window TokenWindow => new(Text, _tokens.Array, _tokens.Offset, _tokens.Count);

    /// <summary>The identity of a context's tokens (see <see cref="TokenWindow"/>).</summary>
    public readonly record struct Window(string Text, ScanToken[]? Tokens, int Offset, int Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InRange(int index) => index >= RangeFirst && index < RangeEnd;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Valid(int index) => index >= 0 && index < _tokens.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(At(index).Start, At(index).Length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScanTokenKind Kind(int index) => At(index).Kind;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int index) => Valid(index) && At(index).Kind == ScanTokenKind.Word;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNumber(int index) => Valid(index) && At(index).Kind == ScanTokenKind.Number;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int index, string value) =>
        Valid(index) && Span(index).Equals(value, StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsSymbol(int index, char symbol) =>
        Valid(index) && At(index).Kind == ScanTokenKind.Symbol && Text[At(index).Start] == symbol;

    /// <summary>Any of the dash characters used between numbers or dates ("10-15", "2019–20").</summary>
    public bool IsDash(int index) =>
        Valid(index) && At(index).Kind == ScanTokenKind.Symbol && Text[At(index).Start] is '-' or '\u2013' or '\u2014';

    /// <summary>True when token <paramref name="index"/> follows the token before it with no space between.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Touches(int index) => index > 0 && Valid(index) && At(index).Start == At(index - 1).End;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalized(int index) => Valid(index) && TextChars.IsUpper(Text[At(index).Start]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsLower(int index) => Valid(index) && TextChars.IsLower(Text[At(index).Start]);

    public TextSpan SpanOf(int first, int last) => new(At(first).Start, At(last).End);

    public string TextOf(int first, int last) => Text[At(first).Start..At(last).End];

    /// <summary>True when a period, '!' or '?' at <paramref name="index"/> ends a sentence.</summary>
    public bool IsSentenceEnd(int index)
    {
        if (!Valid(index) || At(index).Kind != ScanTokenKind.Symbol)
        {
            return false;
        }
        char c = Text[At(index).Start];
        if (c is '!' or '?' or ';')
        {
            return true;
        }
        if (c != '.')
        {
            return false;
        }
        int next = index + 1;
        // Skip closing quotes and brackets after the period.
        while (Valid(next) && At(next).Kind == ScanTokenKind.Symbol && Text[At(next).Start] is '"' or '\u201D' or '\'' or '\u2019' or ')')
        {
            next++;
        }
        if (!Valid(next))
        {
            return true;
        }
        if (!TextChars.IsUpper(Text[At(next).Start]) && At(next).Kind != ScanTokenKind.Symbol)
        {
            return false;
        }
        if (IsWord(index - 1) && Touches(index))
        {
            var word = Span(index - 1);
            if (word.Length == 1 || ScanLexicons.SentenceAbbreviations.Contains(word))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>First and last token index of the sentence (or ';'-clause) holding <paramref name="index"/>.</summary>
    public (int First, int Last) SentenceAround(int index) => SentenceAround(index, 0, Count - 1);

    /// <summary>
    /// The sentence around <paramref name="index"/> clipped to [<paramref name="low"/>, <paramref name="high"/>]
    /// (the same as clipping <see cref="SentenceAround(int)"/>'s answer, without walking past the bounds).
    /// </summary>
    public (int First, int Last) SentenceAround(int index, int low, int high)
    {
        low = Math.Max(low, 0);
        high = Math.Min(high, Count - 1);
        int first = index;
        while (first > low && !IsSentenceEnd(first - 1))
        {
            first--;
        }
        int last = index;
        while (last < high && !IsSentenceEnd(last))
        {
            last++;
        }
        return (Math.Max(first, low), Math.Min(last, high));
    }

    /// <summary>
    /// True when token <paramref name="index"/> sits inside quotation marks opened earlier in the context
    /// (curly marks pair; straight double quotes toggle).
    /// </summary>
    public bool InsideQuotation(int index)
    {
        int depth = 0;
        bool straight = false;
        int from = _tokens.Count > 0 ? At(0).Start : 0;
        for (int i = from; i < At(index).Start; i++)
        {
            switch (Text[i])
            {
                case '\u201C':
                    depth++;
                    break;
                case '\u201D':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '"':
                    straight = !straight;
                    break;
            }
        }
        return depth > 0 || straight;
    }
}
