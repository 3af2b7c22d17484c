using System.Globalization;
using System.Text;

namespace ClaimX.Cli.Inputs;

/// <summary>
/// --shard K/N: this run takes the inputs whose stable hash falls in share K of N (1 &lt;= K &lt;= N). The hash is
/// 64-bit FNV-1a over the UTF-8 bytes of the article's path as given/expanded (its "article" field), modulo N, so
/// every machine that lists the same corpus with the same paths agrees on the split without talking to the others,
/// and the N shards together hold every article exactly once. The hash does not depend on the .NET version, the
/// machine or the order of the inputs.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    public static bool TryParse(string text, out ShardSpec shard, out string? error)
    {
        shard = default;
        int slash = text.IndexOf('/');
        if (slash <= 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            error = $"--shard '{text}': expected K/N, e.g. 1/4";
            return false;
        }
        if (n < 1 || k < 1 || k > n)
        {
            error = $"--shard '{text}': K must be between 1 and N";
            return false;
        }
        shard = new ShardSpec(k, n);
        error = null;
        return true;
    }

    public bool Contains(string label) => (int)(Hash(label) % (ulong)Count) == Index - 1;

    public static ulong Hash(string label)
    {
        const ulong offsetBasis = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        int max = Encoding.UTF8.GetMaxByteCount(label.Length);
        Span<byte> bytes = max <= 1024 ? stackalloc byte[max] : new byte[max];
        int length = Encoding.UTF8.GetBytes(label, bytes);
        ulong hash = offsetBasis;
        foreach (byte b in bytes[..length])
        {
            hash = (hash ^ b) * prime;
        }
        return hash;
    }

    public override string ToString() => $"{Index}/{Count}";
}
