using System.Buffers;

namespace ClaimX.Core.Text;

/// <summary>
/// Growable token store on pooled arrays: the tokenizer fills it, and only the final, exactly sized array
/// handed to the document is allocated.
/// </summary>
internal struct TokenBuffer : IDisposable
{
    private TokenData[] _items;
    private int _count;

    public TokenBuffer(int capacity)
    {
        _items = ArrayPool<TokenData>.Shared.Rent(Math.Max(16, capacity));
        _count = 0;
    }

    public readonly int Count => _count;

    public void Add(in TokenData token)
    {
        if (_count == _items.Length)
        {
            Grow();
        }
        _items[_count++] = token;
    }

    public readonly Span<TokenData> AsSpan() => _items.AsSpan(0, _count);

    public readonly TokenData[] ToArray() => _count == 0 ? [] : _items.AsSpan(0, _count).ToArray();

    /// <summary>The pooled array itself (its first <see cref="Count"/> items are the tokens): the caller now owns
    /// it and returns it to <see cref="ArrayPool{T}.Shared"/>; the buffer is left empty.</summary>
    public TokenData[] Detach()
    {
        var items = _items;
        _items = [];
        _count = 0;
        return items;
    }

    public void Dispose()
    {
        if (_items is { Length: > 0 })
        {
            ArrayPool<TokenData>.Shared.Return(_items);
        }
        _items = [];
        _count = 0;
    }

    /// <summary>A capacity that usually needs no growth: news prose averages five to six characters per token.</summary>
    public static int EstimateCapacity(int textLength) => textLength / 4 + 16;

    private void Grow()
    {
        var larger = ArrayPool<TokenData>.Shared.Rent(Math.Max(16, _items.Length * 2));
        _items.AsSpan(0, _count).CopyTo(larger);
        if (_items.Length > 0)
        {
            ArrayPool<TokenData>.Shared.Return(_items);
        }
        _items = larger;
    }
}
