using ClaimX.Core.Articles;

namespace ClaimX.Cli.Inputs;

/// <summary>
/// Reads one input's bytes (at most <c>maxBytes</c>) and decodes them with <see cref="TextDecoder"/>. Never throws
/// for a bad input: the problem comes back as an error or warning naming it, so a batch goes on with the others.
/// </summary>
public sealed class ArticleReader(long maxBytes, Func<Stream> openStandardInput)
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public ArticleText Read(InputItem input)
    {
        Stream stream;
        try
        {
            stream = Open(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(input, e);
        }
        using (stream)
        {
            return Read(input, stream);
        }
    }

    /// <summary>The input's bytes: standard input, or the file opened for one sequential read.</summary>
    public Stream Open(InputItem input) => input.IsStandardInput
        ? openStandardInput()
        : new FileStream(input.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    /// <summary>Reads an input from a stream already opened (and perhaps looked into, see <see cref="PrefixedStream"/>).</summary>
    public ArticleText Read(InputItem input, Stream stream)
    {
        byte[] bytes;
        int length;
        try
        {
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                return TooLarge(input, stream.Length);
            }
            (bytes, length) = ReadAtMost(stream, maxBytes + 1, stream.CanSeek ? stream.Length : 0);
            if (length > maxBytes)
            {
                return TooLarge(input, length);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(input, e);
        }

        var decoded = TextDecoder.Decode(bytes.AsSpan(0, length));
        if (decoded.IsBinary)
        {
            return new ArticleText(input, null, length, Warning: $"{input.Label}: binary file (contains NUL bytes; UTF-16 text needs a byte-order mark), skipped")
                { Encoding = decoded.Encoding };
        }
        string? warning = decoded.IsFallback ? $"{input.Label}: not valid UTF-8, read as Windows-1252" : null;
        return new ArticleText(input, decoded.Text, length, Warning: warning) { Encoding = decoded.Encoding };
    }

    private ArticleText TooLarge(InputItem input, long size) =>
        new(input, null, size, Warning: $"{input.Label}: larger than --max-bytes ({maxBytes} bytes), skipped");

    /// <summary>An input that could not be opened or read, with the one-line reason.</summary>
    public static ArticleText Unreadable(InputItem input, Exception e) =>
        new(input, null, 0, Error: $"{input.Label}: {DescribeReadError(input, e)}");

    private static string DescribeReadError(InputItem input, Exception e)
    {
        if (e is UnauthorizedAccessException && input.FullPath is { } path && Directory.Exists(path))
        {
            return "is a directory, not a file";
        }
        return e is FileNotFoundException or DirectoryNotFoundException
            ? "no such file or directory"
            : "cannot read (" + InputErrors.Describe(e) + ")";
    }

    // Reads until end of stream or `limit` bytes. The length a file reports is only a hint: /proc files say 0,
    // and a file may grow while it is read.
    private static (byte[] Buffer, int Length) ReadAtMost(Stream stream, long limit, long hint)
    {
        var buffer = new byte[(int)Math.Min(Math.Max(hint + 1, 4096), limit)];
        int length = 0;
        while (length < limit)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2));
            }
            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }
            length += read;
        }
        return (buffer, length);
    }
}
