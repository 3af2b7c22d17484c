namespace ClaimX.Core.Text;

/// <summary>
/// Splits each paragraph's tokens into sentences. A sentence ends after . ! ? (with any closing quotes and
/// brackets that follow) when the next token can open a sentence: not at a lower-case word or a comma, so
/// <c>“...the attack,” he added.</c> stays whole while <c>...in 11 days.” Next</c> splits after the quote.
/// The period of an abbreviation or initial ends a sentence only before a usual sentence opener (The, He,
/// But...), and a title's (Mr., Gen.) never does. A paragraph end always ends a sentence, so sentences tile
/// their paragraph.
/// </summary>
public static class SentenceSplitter
{
    private enum Stop : byte
    {
        None,
        /// <summary>. ! ? : any sentence-opening token follows.</summary>
        Strong,
        /// <summary>Abbreviation, initial or ellipsis: only a usual sentence opener follows.</summary>
        Weak,
    }

    /// <summary>Sentences of every paragraph; <paramref name="paragraphs"/> give each paragraph's token range.</summary>
    public static Sentence[] Split(string text, ReadOnlySpan<TokenData> tokens, ReadOnlySpan<Paragraph> paragraphs)
    {
        var output = new List<Sentence>(paragraphs.Length * 2);
        for (int p = 0; p < paragraphs.Length; p++)
        {
            Split(text, tokens, paragraphs[p].FirstToken, paragraphs[p].TokenCount, p, output);
        }
        return [.. output];
    }

    /// <summary>Adds the sentences of one paragraph's tokens [first, first + count) to <paramref name="output"/>.</summary>
    internal static void Split(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int first, int count, int paragraph, List<Sentence> output)
    {
        if (count <= 0)
        {
            return;
        }
        var lexicon = TextLexicons.Default;
        int last = first + count - 1;
        int sentenceStart = first;
        for (int i = first; i < last; i++)
        {
            var stop = StopAt(text, tokens[i]);
            if (stop != Stop.None)
            {
                int j = i + 1;
                while (j <= last && IsCloser(text, tokens[j]))
                {
                    j++;
                }
                if (j > last)
                {
                    break;
                }
                bool opens = stop == Stop.Strong ? CanOpenSentence(text, tokens[j]) : IsUsualOpener(text, tokens[j], lexicon);
                if (opens && j > i + 1 && text[tokens[i].Start] is '?' or '!' && IsNameThenLowerWord(text, tokens, j, last, lexicon))
                {
                    // "Why now?" Smith asked. — a quoted question or exclamation followed by its speaker and a verb.
                    opens = false;
                }
                if (opens)
                {
                    Add(tokens, sentenceStart, j - 1, paragraph, output);
                    sentenceStart = j;
                    i = j - 1;
                    continue;
                }
            }
            if (i - sentenceStart + 1 >= MaxSentenceTokens)
            {
                // Text with no sentence ends (a scraped page, a transcript dump): a "sentence" of thousands of
                // words would make every rule that reads a whole sentence read it again at each cue. Checked after
                // the ordinary end, so that a cut never leaves an empty sentence behind it.
                int cut = LastSoftBreak(text, tokens, sentenceStart + MaxSentenceTokens / 2, i);
                Add(tokens, sentenceStart, cut, paragraph, output);
                sentenceStart = cut + 1;
            }
        }
        Add(tokens, sentenceStart, last, paragraph, output);
    }

    /// <summary>
    /// The most tokens a sentence may have. Real sentences stay far below it (a 100-word sentence is long); past it,
    /// the run is cut at its last comma, semicolon or colon, or else where it reached the limit.
    /// </summary>
    internal const int MaxSentenceTokens = 400;

    private static int LastSoftBreak(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int from, int to)
    {
        for (int t = to; t >= from; t--)
        {
            if (tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] is ',' or ';' or ':')
            {
                return t;
            }
        }
        return to;
    }

    // A capitalised word that is not a usual sentence opener, followed by a lower-case word: a name and its verb.
    private static bool IsNameThenLowerWord(ReadOnlySpan<char> text, ReadOnlySpan<TokenData> tokens, int j, int last, TextLexicons lexicon)
    {
        var name = tokens[j];
        if (name.Kind != TokenKind.Word || (name.Flags & TokenFlags.Capitalized) == 0 || lexicon.IsSentenceStarter(text.Slice(name.Start, name.Length)))
        {
            return false;
        }
        int k = j + 1;
        while (k <= last && tokens[k].Kind == TokenKind.Word && (tokens[k].Flags & TokenFlags.Capitalized) != 0 && k - j < 4)
        {
            k++;
        }
        return k <= last && tokens[k].Kind == TokenKind.Word && TextChars.IsLower(text[tokens[k].Start]);
    }

    private static void Add(ReadOnlySpan<TokenData> tokens, int first, int last, int paragraph, List<Sentence> output) =>
        output.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[last].End), paragraph, first, last - first + 1));

    private static Stop StopAt(ReadOnlySpan<char> text, in TokenData token)
    {
        switch (token.Kind)
        {
            case TokenKind.Punctuation:
                return text[token.Start] is '.' or '!' or '?' or '\u203D' or '\u3002' or '\uFF01' or '\uFF1F' or '\u061F' or '\u0964'
                    ? Stop.Strong
                    : Stop.None;
            case TokenKind.Ellipsis:
                return Stop.Weak;
            case TokenKind.Word:
                if ((token.Flags & TokenFlags.Title) != 0)
                {
                    return Stop.None;
                }
                return (token.Flags & (TokenFlags.Abbreviation | TokenFlags.Initial)) != 0 && text[token.End - 1] == '.'
                    ? Stop.Weak
                    : Stop.None;
            default:
                return Stop.None;
        }
    }

    private static bool IsCloser(ReadOnlySpan<char> text, in TokenData token) => token.Kind switch
    {
        TokenKind.QuoteClose => true,
        TokenKind.QuoteAmbiguous => (token.Flags & TokenFlags.SpaceBefore) == 0,
        TokenKind.Punctuation => text[token.Start] is ')' or ']' or '}',
        _ => false,
    };

    private static bool CanOpenSentence(ReadOnlySpan<char> text, in TokenData token) => token.Kind switch
    {
        TokenKind.Word => !TextChars.IsLower(text[token.Start]),
        TokenKind.Punctuation => text[token.Start] is '(' or '[' or '\u00BF' or '\u00A1',
        TokenKind.Ellipsis or TokenKind.QuoteClose or TokenKind.Apostrophe => false,
        _ => true,
    };

    private static bool IsUsualOpener(ReadOnlySpan<char> text, in TokenData token, TextLexicons lexicon) => token.Kind switch
    {
        TokenKind.Word => (token.Flags & TokenFlags.Capitalized) != 0 && lexicon.IsSentenceStarter(text.Slice(token.Start, token.Length)),
        TokenKind.QuoteOpen => true,
        _ => false,
    };
}
