namespace ClaimX.Cli.Output;

/// <summary>
/// The -o FILE target: everything is written to a hidden temporary file in the same directory and renamed over
/// FILE only by <see cref="Commit"/>, so an interrupted or failed run never leaves a partial file (and an existing
/// FILE stays as it was). The same directory keeps the rename atomic (one file system).
/// </summary>
public sealed class AtomicFileOutput : IDisposable
{
    private readonly string _target;
    private readonly string? _temporary;
    private FileStream? _stream;

    private AtomicFileOutput(string target, string? temporary, FileStream stream)
    {
        _target = target;
        _temporary = temporary;
        _stream = stream;
    }

    public Stream Stream => _stream ?? throw new ObjectDisposedException(nameof(AtomicFileOutput));

    public static AtomicFileOutput Create(string target)
    {
        string full = Path.GetFullPath(target);
        if (IsDevice(full))
        {
            // /dev/null, /dev/stdout, /dev/fd/3: not files to replace. Renaming a temporary file over them would
            // replace the device itself (as root), so they are written directly.
            var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            return new AtomicFileOutput(full, temporary: null, device);
        }
        string directory = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        return new AtomicFileOutput(full, temporary, stream);
    }

    public void Commit()
    {
        var stream = _stream ?? throw new ObjectDisposedException(nameof(AtomicFileOutput));
        stream.Flush(flushToDisk: _temporary is not null);
        stream.Dispose();
        _stream = null;
        if (_temporary is not null)
        {
            File.Move(_temporary, _target, overwrite: true);
        }
    }

    /// <summary>Without <see cref="Commit"/>, discards the temporary file.</summary>
    public void Dispose()
    {
        if (_stream is null)
        {
            return;
        }
        _stream.Dispose();
        _stream = null;
        if (_temporary is null)
        {
            return;
        }
        try
        {
            File.Delete(_temporary);
        }
        catch (IOException)
        {
            // Best effort: the target is untouched either way, and the leftover is a hidden .tmp file.
        }
    }

    private static bool IsDevice(string fullPath) =>
        !OperatingSystem.IsWindows() && fullPath.StartsWith("/dev/", StringComparison.Ordinal);
}
