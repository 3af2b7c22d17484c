using System.Buffers;

namespace ClaimX.Core.Text;

/// <summary>
/// Pairs the quote-mark tokens into quotations, paragraph by paragraph, with a stack so that single quotes
/// nest inside double ones (and the other way round). A mark closes the nearest open quotation of its own
/// family (straight and curly double quotes are one family, as articles mix them); quotations opened inside
/// it and never closed end there. An unclosed quotation ends at its paragraph's end, unless the next
/// paragraph opens with a mark of the same family: the newspaper convention for a quotation running over
/// several paragraphs, where only the last one closes it.
/// The scanner settles the tokens' kinds as it goes: ambiguous marks become opening or closing, a plural
/// possessive apostrophe that closes a single quotation becomes closing, and single marks that close nothing
/// become apostrophes.
/// </summary>
public static class QuotationScanner
{
    private struct OpenQuote
    {
        public int Index;
        public QuoteFamily Family;
        public int OuterStart;
        public int ContentStart;
        public int Parent;
        public int Depth;
        public int FirstParagraph;
    }

    /// <summary>
    /// Quotations in order of their opening mark (nested ones after their parent). Updates the kinds of the
    /// quote-mark tokens in <paramref name="tokens"/> to the roles they were given.
    /// </summary>
    public static Quotation[] Scan(string text, Span<TokenData> tokens, ReadOnlySpan<Paragraph> paragraphs)
    {
        var scanner = new State(text ?? string.Empty, paragraphs.Length);
        try
        {
            for (int p = 0; p < paragraphs.Length; p++)
            {
                scanner.ScanParagraph(tokens, paragraphs, p);
            }
            return [.. scanner.Quotations];
        }
        finally
        {
            scanner.Dispose();
        }
    }

    private sealed class State(string text, int paragraphCount) : IDisposable
    {
        public readonly List<Quotation> Quotations = new();
        private readonly List<OpenQuote> _stack = new();
        private readonly int[] _openByFamily = new int[8];
        private int _continuationToken = -1;
        private bool[] _laterSingleCloser = [];

        public void ScanParagraph(Span<TokenData> tokens, ReadOnlySpan<Paragraph> paragraphs, int p)
        {
            var paragraph = paragraphs[p];
            int first = paragraph.FirstToken;
            int end = Math.Min(tokens.Length, first + paragraph.TokenCount);
            bool lookaheadReady = false;
            for (int i = first; i < end; i++)
            {
                ref var token = ref tokens[i];
                var kind = token.Kind;
                if (kind is not (TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.QuoteAmbiguous or TokenKind.Apostrophe))
                {
                    continue;
                }
                if (i == _continuationToken)
                {
                    continue;
                }
                var family = QuoteMarks.FamilyOf(text, token);
                if (family == QuoteFamily.None)
                {
                    continue;
                }
                switch (kind)
                {
                    case TokenKind.QuoteOpen:
                        Push(family, token, p);
                        break;
                    case TokenKind.QuoteClose:
                        if (_openByFamily[(int)family] > 0)
                        {
                            CloseNearest(family, token, p);
                        }
                        else if (family == QuoteFamily.Single)
                        {
                            SetKind(ref token, TokenKind.Apostrophe);
                        }
                        break;
                    case TokenKind.QuoteAmbiguous:
                        if (_openByFamily[(int)family] > 0)
                        {
                            CloseNearest(family, token, p);
                            SetKind(ref token, TokenKind.QuoteClose);
                        }
                        else if (family != QuoteFamily.Single || OpensHere(tokens, i, end))
                        {
                            Push(family, token, p);
                            SetKind(ref token, TokenKind.QuoteOpen);
                        }
                        else
                        {
                            SetKind(ref token, TokenKind.Apostrophe);
                        }
                        break;
                    case TokenKind.Apostrophe:
                        if (_stack.Count > 0 && _stack[^1].Family == QuoteFamily.Single)
                        {
                            if (!lookaheadReady)
                            {
                                PrepareLookahead(tokens, first, end);
                                lookaheadReady = true;
                            }
                            if (!_laterSingleCloser[i - first])
                            {
                                CloseNearest(family, token, p);
                                SetKind(ref token, TokenKind.QuoteClose);
                            }
                        }
                        break;
                }
            }
            EndParagraph(tokens, paragraphs, p);
        }

        public void Dispose()
        {
            if (_laterSingleCloser.Length > 0)
            {
                ArrayPool<bool>.Shared.Return(_laterSingleCloser);
                _laterSingleCloser = [];
            }
        }

        private static void SetKind(ref TokenData token, TokenKind kind) => token = token with { Kind = kind };

        // An ambiguous single mark opens only where a quotation can start: after space or an opener, before text.
        private static bool OpensHere(Span<TokenData> tokens, int i, int end) =>
            (tokens[i].Flags & TokenFlags.SpaceBefore) != 0 && i + 1 < end && tokens[i + 1].Start == tokens[i].End;

        private void Push(QuoteFamily family, in TokenData mark, int paragraph)
        {
            int index = Quotations.Count;
            Quotations.Add(default);
            _stack.Add(new OpenQuote
            {
                Index = index,
                Family = family,
                OuterStart = mark.Start,
                ContentStart = mark.End,
                Parent = _stack.Count > 0 ? _stack[^1].Index : -1,
                Depth = _stack.Count,
                FirstParagraph = paragraph,
            });
            _openByFamily[(int)family]++;
        }

        // Closes the nearest open quotation of the family at this mark; those opened inside it end unclosed here.
        private void CloseNearest(QuoteFamily family, in TokenData mark, int paragraph)
        {
            while (_stack.Count > 0)
            {
                var top = Pop();
                if (top.Family == family)
                {
                    Quotations[top.Index] = new Quotation(
                        new TextSpan(top.OuterStart, mark.End),
                        TrimmedContent(top.ContentStart, mark.Start),
                        true, top.Parent, top.Depth, top.FirstParagraph, paragraph);
                    return;
                }
                CloseUnclosed(top, mark.Start, paragraph);
            }
        }

        private OpenQuote Pop()
        {
            var top = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            _openByFamily[(int)top.Family]--;
            return top;
        }

        private void CloseUnclosed(in OpenQuote open, int at, int paragraph)
        {
            var content = TrimmedContent(open.ContentStart, at);
            Quotations[open.Index] = new Quotation(
                new TextSpan(open.OuterStart, Math.Max(content.End, open.ContentStart)),
                content,
                false, open.Parent, open.Depth, open.FirstParagraph, paragraph);
        }

        // The quoted words without the spaces some styles put inside the marks (« nous restons »).
        private TextSpan TrimmedContent(int start, int end)
        {
            while (end > start && TextChars.IsSpace(text[end - 1]))
            {
                end--;
            }
            while (start < end && TextChars.IsSpace(text[start]))
            {
                start++;
            }
            return new TextSpan(start, end);
        }

        private void EndParagraph(Span<TokenData> tokens, ReadOnlySpan<Paragraph> paragraphs, int p)
        {
            if (_stack.Count == 0)
            {
                return;
            }
            int paragraphEnd = paragraphs[p].Span.End;
            var outer = _stack[0];
            bool runsOn = false;
            if (p + 1 < paragraphCount && p + 1 < paragraphs.Length && paragraphs[p + 1].TokenCount > 0)
            {
                int opener = paragraphs[p + 1].FirstToken;
                if (opener < tokens.Length
                    && tokens[opener].Kind is TokenKind.QuoteOpen or TokenKind.QuoteAmbiguous
                    && QuoteMarks.FamilyOf(text, tokens[opener]) == outer.Family)
                {
                    runsOn = true;
                    _continuationToken = opener;
                    SetKind(ref tokens[opener], TokenKind.QuoteOpen);
                }
            }
            int keep = runsOn ? 1 : 0;
            while (_stack.Count > keep)
            {
                CloseUnclosed(Pop(), paragraphEnd, p);
            }
        }

        // For each token of the paragraph: does a single closing mark follow before the next double-family mark?
        // A plural possessive (Talibs’) closes an open single quotation only when no such mark does.
        private void PrepareLookahead(Span<TokenData> tokens, int first, int end)
        {
            int length = end - first;
            if (_laterSingleCloser.Length < length)
            {
                if (_laterSingleCloser.Length > 0)
                {
                    ArrayPool<bool>.Shared.Return(_laterSingleCloser);
                }
                _laterSingleCloser = ArrayPool<bool>.Shared.Rent(length);
            }
            bool seen = false;
            for (int i = end - 1; i >= first; i--)
            {
                _laterSingleCloser[i - first] = seen;
                var token = tokens[i];
                if (token.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.QuoteAmbiguous)
                {
                    var family = QuoteMarks.FamilyOf(text, token);
                    if (family == QuoteFamily.Double)
                    {
                        seen = false;
                    }
                    else if (family == QuoteFamily.Single && token.Kind != TokenKind.QuoteOpen)
                    {
                        seen = true;
                    }
                }
            }
        }
    }
}
