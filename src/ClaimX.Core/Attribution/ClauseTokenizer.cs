using System.Runtime.CompilerServices;
using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Splits a document body into the words and marks the attribution patterns are written in. Quote marks are
/// classified from the document's quotations (so straight quotes open and close correctly); a period stays on
/// its word when the word is a title, an initial or a dotted abbreviation ("Col.", "W.", "U.S."), or when the
/// text analyser's token kept it, because those periods end no clause.
/// </summary>
internal static class ClauseTokenizer
{
    // Reused per thread and grown by hand: a list sized for the text plus its copy was the attribution stage's
    // largest garbage, and List.Add a good part of this tokenizer's time. The attribution stage reads the tokens
    // from the buffer itself (see TokenizeShared); only tests ask for an array of their own.
    [ThreadStatic]
    private static ClauseToken[]? s_buffer;

    // Parallel to s_buffer: each token's WordFacts.Pending value (with the word's hash when the analyser's token
    // gave it), for the view to fill in as the rules ask.
    [ThreadStatic]
    private static ulong[]? s_pending;

    // The indices of the capitalised words and of the words that may start a cue (see ClauseTokenBuffers).
    [ThreadStatic]
    private static int[]? s_capitalized;

    [ThreadStatic]
    private static int[]? s_cueStarts;

    // Which offsets hold an opening or a closing quote mark, as a table over the text reused per thread: the
    // word loop asks at every inner character, and a hash-set probe there was a third of this tokenizer.
    [ThreadStatic]
    private static byte[]? s_marks;

    private const byte OpenMark = 1;
    private const byte CloseMark = 2;

    public static ClauseToken[] Tokenize(TextDocument document) => Copy(TokenizeShared(document));

    /// <summary>The tokens found from the characters alone, not taking words from the analyser's tokens: what
    /// <see cref="Tokenize(TextDocument)"/> must always equal (for tests).</summary>
    internal static ClauseToken[] TokenizeFromCharacters(TextDocument document) => Copy(TokenizeShared(document, fromTextTokens: false));

    private static ClauseToken[] Copy(ClauseTokenBuffers buffers) => buffers.Tokens.AsSpan(0, buffers.Count).ToArray();

    /// <summary>
    /// The tokens and their notes in this thread's buffers, valid until the thread tokenizes another document: the
    /// attribution of one document holds its <see cref="ClauseView"/> only while it runs.
    /// </summary>
    public static ClauseTokenBuffers TokenizeShared(TextDocument document) => TokenizeShared(document, fromTextTokens: true);

    private static ClauseTokenBuffers TokenizeShared(TextDocument document, bool fromTextTokens)
    {
        string text = document.Text;
        var marks = s_marks is { } kept && kept.Length >= text.Length ? kept : s_marks = new byte[Math.Max(text.Length, (s_marks?.Length ?? 4096) * 2)];
        try
        {
            foreach (var quote in document.Quotations)
            {
                marks[quote.Outer.Start] |= OpenMark;
                if (quote.Closed && quote.Outer.End > quote.Content.End)
                {
                    marks[quote.Outer.End - 1] |= CloseMark;
                }
            }
            return Tokenize(document, marks, fromTextTokens);
        }
        finally
        {
            // Leave the table clear for the next document: only the marked offsets were written.
            foreach (var quote in document.Quotations)
            {
                marks[quote.Outer.Start] = 0;
                if (quote.Outer.End > 0)
                {
                    marks[quote.Outer.End - 1] = 0;
                }
            }
        }
    }

    private static ClauseTokenBuffers Tokenize(TextDocument document, byte[] marks, bool fromTextTokens)
    {
        string text = document.Text;
        var tokens = s_buffer ??= new ClauseToken[1024];
        var facts = s_pending is { } kept && kept.Length == tokens.Length ? kept : s_pending = new ulong[tokens.Length];
        var capitalized = s_capitalized ??= new int[256];
        var cueStarts = s_cueStarts ??= new int[256];
        var cueStartBits = WordFacts.CueStartBits;
        int count = 0, capitalizedCount = 0, cueStartCount = 0;
        int i = document.BodyStart;
        // The text analyser's tokens, walked alongside: most words are letters only (TokenFlags.AsciiLetters), and such
        // a word with no letter, digit or inner mark after it is one clause word as it stands. Taking its end from
        // the analyser spares scanning every letter of the text a second time.
        var textTokens = fromTextTokens ? document.TokenSpan : default;
        int next = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int start = i;
            ClauseTokenKind kind;
            while (next < textTokens.Length && textTokens[next].Start < i)
            {
                next++;
            }
            // The analyser's token starting here, if it is a word of ASCII letters.
            bool letters = next < textTokens.Length && textTokens[next].Start == i && (textTokens[next].Flags & TokenFlags.AsciiLetters) != 0;
            if (letters && EndsWordAt(text, textTokens[next].End))
            {
                i = textTokens[next].End;
                kind = ClauseTokenKind.Word;
            }
            else if (StartsWord(c))
            {
                i = WordEnd(text, i + 1, marks);
                // "(R-Fla.)": a period closing a parenthesis ends no sentence.
                if (i + 1 < text.Length && text[i] == '.' && text[i + 1] is ')' or ']')
                {
                    i++;
                }
                else if (i < text.Length && text[i] == '.' && (KeepsPeriod(text.AsSpan(start, i - start + 1)) || AnalyzerKeptPeriod(document, start, i + 1)))
                {
                    i++;
                }
                kind = ClauseTokenKind.Word;
            }
            else
            {
                kind = MarkKind(text, i, marks);
                i++;
                if (kind == ClauseTokenKind.Dash && c == '-')
                {
                    while (i < text.Length && text[i] == '-') i++;
                }
            }
            if (count == tokens.Length)
            {
                tokens = s_buffer = Grown(tokens);
                facts = s_pending = Grown(facts);
            }
            // A word that is the analyser's token exactly ("said" before a full stop too) has its hash already.
            ulong pending = letters && kind == ClauseTokenKind.Word && i == textTokens[next].End ? WordFacts.Pending(textTokens[next].LowerHash) : WordFacts.Unused;
            if (kind == ClauseTokenKind.Word)
            {
                // (Locals passed by reference would live on the stack for the whole loop: the lists grow inline.)
                if (TextChars.IsUpper(c))
                {
                    if (capitalizedCount == capitalized.Length)
                    {
                        capitalized = s_capitalized = Grown(capitalized);
                    }
                    capitalized[capitalizedCount++] = count;
                }
                if (WordFacts.MayStartCue(pending, cueStartBits))
                {
                    if (cueStartCount == cueStarts.Length)
                    {
                        cueStarts = s_cueStarts = Grown(cueStarts);
                    }
                    cueStarts[cueStartCount++] = count;
                }
            }
            facts[count] = pending;
            tokens[count++] = new ClauseToken(start, i, kind);
        }
        return new ClauseTokenBuffers(tokens, count, facts, capitalized, capitalizedCount, cueStarts, cueStartCount);
    }

    private static T[] Grown<T>(T[] list)
    {
        Array.Resize(ref list, list.Length * 2);
        return list;
    }

    // Letters and digits, with inner marks between them unless the mark closes a quotation.
    private static int WordEnd(string text, int i, byte[] marks)
    {
        while (true)
        {
            // Runs of ASCII letters and digits, the bulk of any word, in a tight loop of their own.
            i = AsciiRuns.LettersOrDigitsEnd(text, i);
            if (i >= text.Length)
            {
                return i;
            }
            char c = text[i];
            if ((c >= 0x80 && char.IsLetterOrDigit(c))
                || (IsInner(c) && i + 1 < text.Length && IsLetterOrDigit(text[i + 1]) && (marks[i] & CloseMark) == 0))
            {
                i++;
                continue;
            }
            return i;
        }
    }

    // Whether a word of letters ending at `end` ends there: no letter or digit follows, and no mark that WordEnd
    // might join to more (a period, which may also stay on the word, is one of those).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsWordAt(string text, int end) => end >= text.Length || !(IsLetterOrDigit(text[end]) || IsInner(text[end]));

    private static ClauseTokenKind MarkKind(string text, int i, byte[] marks) => text[i] switch
    {
        ',' => ClauseTokenKind.Comma,
        '.' or '!' or '?' => ClauseTokenKind.Stop,
        ':' => ClauseTokenKind.Colon,
        ';' => ClauseTokenKind.Semicolon,
        '\u2013' or '\u2014' or '\u2015' => ClauseTokenKind.Dash,
        '-' when i + 1 < text.Length && text[i + 1] == '-' => ClauseTokenKind.Dash,
        // A hyphen with space on both sides stands for a dash: "BRUSSELS (Wire) - Ministers agreed".
        '-' when i > 0 && i + 1 < text.Length && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]) => ClauseTokenKind.Dash,
        '(' or '[' => ClauseTokenKind.ParenOpen,
        ')' or ']' => ClauseTokenKind.ParenClose,
        _ when (marks[i] & OpenMark) != 0 => ClauseTokenKind.QuoteOpen,
        _ when (marks[i] & CloseMark) != 0 => ClauseTokenKind.QuoteClose,
        _ => ClauseTokenKind.Other,
    };

    // ASCII answers without the general Unicode look-ups; each equals the char.IsX call it stands for
    // (ClauseTokenizerTests checks every ASCII character).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWhiteSpace(char c) => c < 0x80 ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetterOrDigit(char c) => c < 0x80 ? IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsWord(char c) => IsLetterOrDigit(c) || c is '$' or '#' or '@';

    // Letters joined by these stay one word: "int'l", "Nahr-e", "U.S", "AT&T", "3.5".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsInner(char c) => c is '\'' or '\u2019' or '.' or '-' or '\u2010' or '\u2011' or '&' or '/';

    private static bool KeepsPeriod(ReadOnlySpan<char> withPeriod)
    {
        var word = withPeriod[..^1];
        if (word.Length == 1 && TextChars.IsUpper(word[0]))
        {
            return true;
        }
        if (word.Contains('.'))
        {
            return true;
        }
        return SpeakerLexicons.Titles.Contains(withPeriod);
    }

    // The text analyser already decided which periods belong to abbreviations ("Feb.", "Inc."); agree with it.
    private static bool AnalyzerKeptPeriod(TextDocument document, int start, int end)
    {
        int index = document.TokenIndexAt(start);
        return index >= 0 && document.TokenSpan[index].Start == start && document.TokenSpan[index].End == end;
    }
}
