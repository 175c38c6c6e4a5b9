namespace MineralGraph.Export.Writers;

/// <summary>
/// Sits between <see cref="System.IO.Compression.ZipArchive"/> and the output: ZipArchive still writes an entry's
/// sizes synchronously when the entry closes, which an HTTP response refuses. Writes land in a small buffer that is
/// handed to the output asynchronously whenever it fills or <see cref="DrainAsync"/> is called, so the zip still
/// streams out with bounded memory.
/// </summary>
internal sealed class DrainingStream(Stream output) : Stream
{
    const int DrainAt = 64 * 1024;
    readonly MemoryStream pending = new();
    long position;

    public async Task DrainAsync(CancellationToken cancellationToken = default)
    {
        if (pending.Length == 0) return;
        await output.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken);
        pending.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        pending.Write(buffer);
        position += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        if (pending.Length >= DrainAt) await DrainAsync(cancellationToken);
    }

    /// <summary>Nothing to do synchronously: the buffer leaves on the next <see cref="DrainAsync"/>.</summary>
    public override void Flush() { }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => position; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
