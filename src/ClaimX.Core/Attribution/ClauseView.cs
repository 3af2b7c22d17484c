using System.Runtime.CompilerServices;
using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// A document seen as clause tokens, with each token's sentence and quotation, and small questions about
/// words asked on spans of the original text (no substrings).
/// </summary>
internal sealed class ClauseView
{
    private readonly int[] _sentenceOf;
    private readonly int[] _sentenceFirst;
    private readonly int[] _sentenceEnd;
    private readonly int[] _quoteOf;

    // Each word token's WordFacts, worked out when first asked (until then the tokenizer's WordFacts.Pending value,
    // which has WordFacts.Unused): the tokens of quotations are mostly never asked about. The tokenizer's buffer.
    private readonly ulong[] _facts;

    // Per-token tables reused per thread (read only below Count); see PerThreadArray.
    [ThreadStatic]
    private static int[]? s_sentenceOf;

    [ThreadStatic]
    private static int[]? s_quoteOf;

    public ClauseView(TextDocument document)
    {
        Document = document;
        Text = document.Text;
        var buffers = ClauseTokenizer.TokenizeShared(document);
        _tokens = buffers.Tokens;
        _facts = buffers.Pending;
        Count = buffers.Count;
        _buffers = buffers;
        int sentences = document.Sentences.Count;
        _sentenceOf = PerThreadArray.Rent(ref s_sentenceOf, Count);
        _sentenceFirst = new int[Math.Max(sentences, 1)];
        _sentenceEnd = new int[Math.Max(sentences, 1)];
        Array.Fill(_sentenceFirst, -1);
        // Tokens and sentences are both in text order: one walk finds each token's sentence (the one holding it,
        // else the nearest before it), where a search per token was a tenth of this stage.
        var sentenceList = document.SentenceSpan;
        int current = -1;
        for (int t = 0; t < Count; t++)
        {
            while (current + 1 < sentences && sentenceList[current + 1].Span.Start <= At(t).Start)
            {
                current++;
            }
            int s = Math.Max(current, 0);
            _sentenceOf[t] = s;
            if (s < _sentenceFirst.Length)
            {
                if (_sentenceFirst[s] < 0) _sentenceFirst[s] = t;
                _sentenceEnd[s] = t + 1;
            }
        }
        // Which top-level quotation's content each token lies in (-1: none), for telling narration from quoted words.
        _quoteOf = PerThreadArray.Rent(ref s_quoteOf, Count);
        _quoteOf.AsSpan(0, Count).Fill(-1);
        for (int q = 0; q < document.Quotations.Count; q++)
        {
            var quote = document.Quotations[q];
            if (quote.Depth != 0)
            {
                continue;
            }
            for (int t = FirstTokenAt(quote.Content.Start); t < Count && At(t).Start < quote.Content.End; t++)
            {
                _quoteOf[t] = q;
            }
        }
    }

    private readonly ClauseTokenBuffers _buffers;

    public TextDocument Document { get; }

    /// <summary>The words whose first letter is upper case, in text order (the words <see cref="IsCapitalized"/> holds for).</summary>
    public ReadOnlySpan<int> CapitalizedWords => _buffers.Capitalized;

    /// <summary>
    /// In text order, every word a cue of the default lexicon may start with: the other words have
    /// <see cref="CueWordsStartingAt"/> 0.
    /// </summary>
    public ReadOnlySpan<int> CueStartCandidates => _buffers.CueStarts;

    public string Text { get; }

    /// <summary>
    /// The document's tokens. They live in the thread's shared buffer (ClauseTokenizer.TokenizeShared), which is
    /// longer than the document: this span ends at <see cref="Count"/>, so that an index past the last token fails as
    /// an index past an array's end would, instead of reading a token of an earlier document.
    /// </summary>
    public ReadOnlySpan<ClauseToken> Tokens => _tokens.AsSpan(0, Count);

    private readonly ClauseToken[] _tokens;

    /// <summary>The document's tokens: the first <see cref="Count"/> (the array is the thread's shared buffer).</summary>
    public int Count { get; }

    // A token by index, checked against Count (the buffer behind it is longer); every access in this class goes here.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly ClauseToken At(int token)
    {
        if ((uint)token >= (uint)Count)
        {
            ThrowOutOfRange(token);
        }
        return ref _tokens[token];
    }

    private static void ThrowOutOfRange(int token) => throw new IndexOutOfRangeException($"token {token} is outside the document");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(At(token).Start, At(token).End - At(token).Start);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int token) => token >= 0 && token < Count && At(token).IsWord;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Is(int token, ClauseTokenKind kind) => token >= 0 && token < Count && At(token).Kind == kind;

    public bool IsWord(int token, string word) => IsWord(token) && Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InSet(int token, WordSet set) =>
        IsWord(token) && (set.MemberFact != 0 ? (FactsOf(token) & set.MemberFact) != 0 : set.Contains(Word(token)));

    /// <summary>Whether the token is a noun of the set, singular or plural.</summary>
    public bool InNounSet(int token, WordSet set) =>
        IsWord(token) && (set.NounFact != 0 ? (FactsOf(token) & set.NounFact) != 0 : set.ContainsNoun(Word(token)));

    // The facts of a word token (callers have checked IsWord).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong FactsOf(int token)
    {
        ulong facts = _facts[token];
        return (facts & WordFacts.Unused) == 0 ? facts : Fill(token);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ulong Fill(int token) => _facts[token] = WordFacts.OfPending(Word(token), _facts[token]);

    /// <summary>The most words of a cue form (of the default lexicon) starting at the token; 0 when none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CueWordsStartingAt(int token)
    {
        if (!IsWord(token))
        {
            return 0;
        }
        // Most words of the narration start no cue, and their hash says so without working out their facts.
        ulong facts = _facts[token];
        if ((facts & WordFacts.Unused) != 0)
        {
            if (!WordFacts.MayStartCue(facts))
            {
                return 0;
            }
            facts = Fill(token);
        }
        return WordFacts.CueWords(facts);
    }

    /// <summary>The one-word cue form the token is (CueLexicon.Default), if it is one.</summary>
    public bool TryCue(int token, out CueEntry entry)
    {
        // No token there (a rule looking past the document's end), or a word that is no cue form.
        if ((uint)token >= (uint)Count || (IsWord(token) && (FactsOf(token) & WordFacts.CueForm) == 0))
        {
            entry = default;
            return false;
        }
        return CueLexicon.Default.TryGet(Word(token), out entry);
    }

    /// <summary>A lower-case word in -ly that is not a known -ly noun: taken for an adverb ("repeatedly").</summary>
    public bool IsLyAdverb(int token) =>
        IsLower(token) && Word(token) is var word && word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal) && !SpeakerLexicons.LyNouns.Contains(word);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalized(int token) => IsWord(token) && TextChars.IsUpper(Text[At(token).Start]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsLower(int token) => IsWord(token) && TextChars.IsLower(Text[At(token).Start]);

    // Token indices one past either end (a scan that ran off the text) are clamped to the nearest token, so
    // that the pattern code can look around freely.
    private int Clamp(int token) => Math.Clamp(token, 0, Math.Max(Count - 1, 0));

    public int SentenceOf(int token) => Count == 0 ? 0 : _sentenceOf[Clamp(token)];

    /// <summary>First token of the token's sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SentenceFirst(int token) => Count == 0 ? 0 : Math.Max(_sentenceFirst[_sentenceOf[Clamp(token)]], 0);

    /// <summary>One past the last token of the token's sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SentenceEnd(int token) => Count == 0 ? 0 : _sentenceEnd[_sentenceOf[Clamp(token)]];

    /// <summary>Index of the top-level quotation whose content holds the token, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int QuoteOf(int token) => token >= 0 && token < Count ? _quoteOf[token] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InQuote(int token) => QuoteOf(token) >= 0;

    public int ParagraphOf(int token) => Count == 0 ? -1 : Document.ParagraphIndexAt(At(Clamp(token)).Start);

    /// <summary>First token starting at or after <paramref name="offset"/>.</summary>
    public int FirstTokenAt(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (At(mid).Start >= offset) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>Span from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    public TextSpan SpanOf(int first, int last) => new(At(first).Start, At(last).End);

    /// <summary>Whether tokens [first, first+count) are separated by single spaces, so their text can be a lexicon key.</summary>
    public bool SingleSpaced(int first, int count)
    {
        for (int t = first + 1; t < first + count; t++)
        {
            if (!IsWord(t) || At(t).Start != At(t - 1).End + 1 || Text[At(t - 1).End] != ' ')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The longest lexicon entry of up to <paramref name="set"/>.MaxWords words ending at <paramref name="last"/>; its word count, or 0.</summary>
    public int MatchEndingAt(int last, WordSet set)
    {
        // An entry of n words ends with token `last` itself, so a word that ends none is done with in one look-up.
        if (set.EndFact != 0 && IsWord(last) && (FactsOf(last) & set.EndFact) == 0)
        {
            return 0;
        }
        int maxWords = set.MaxWords == 1 || !IsWord(last) ? set.MaxWords : set.MaxWordsEndingWith(Word(last));
        for (int n = Math.Min(maxWords, last + 1); n >= 1; n--)
        {
            int first = last - n + 1;
            if (IsWord(first) && SingleSpaced(first, n) && set.Contains(Text.AsSpan(At(first).Start, At(last).End - At(first).Start)))
            {
                return n;
            }
        }
        return 0;
    }

    /// <summary>The longest lexicon entry starting at <paramref name="first"/>; its word count, or 0.</summary>
    public int MatchStartingAt(int first, WordSet set)
    {
        if (!IsWord(first) || (set.StartFact != 0 && (FactsOf(first) & set.StartFact) == 0))
        {
            return 0;
        }
        // An entry of n words starts with token `first` itself, so a word that starts none is done with in one look-up.
        int maxWords = set.MaxWords == 1 ? 1 : set.MaxWordsStartingWith(Word(first));
        for (int n = Math.Min(maxWords, Count - first); n >= 1; n--)
        {
            int last = first + n - 1;
            if (IsWord(first) && SingleSpaced(first, n) && set.Contains(Text.AsSpan(At(first).Start, At(last).End - At(first).Start)))
            {
                return n;
            }
        }
        return 0;
    }
}
