namespace ClaimX.Cli.Output;

/// <summary>
/// Wraps standard output so that a write failing because the reader closed the pipe (EPIPE: `| head`) surfaces as
/// <see cref="OutputClosedException"/>, which ends the run quietly, unlike other I/O faults (disk full...).
/// .NET ignores SIGPIPE, so the failure comes back as an IOException on write or flush.
/// </summary>
public sealed class PipeAwareStream(Stream inner) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e) when (IsClosedPipe(e))
        {
            throw new OutputClosedException(e);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException e) when (IsClosedPipe(e))
        {
            throw new OutputClosedException(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    // EPIPE is 32 on Linux and macOS; Windows reports ERROR_BROKEN_PIPE (109) / ERROR_NO_DATA (232) in HResult.
    private static bool IsClosedPipe(IOException e) =>
        e is not OutputClosedException && ((e.HResult & 0xFFFF) is 32 or 109 or 232
            || e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase));
}
