namespace MineralGraph.Export.Tests;

/// <summary>
/// A write-only, unseekable stream that refuses synchronous writes and flushes, as an ASP.NET Core response body
/// does, so a writer that would fail on the HTTP endpoint fails here too.
/// </summary>
public sealed class AsyncOnlyStream : Stream
{
    readonly MemoryStream written = new();

    public byte[] ToArray() => written.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");
    public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("synchronous write");
    public override void WriteByte(byte value) => throw new InvalidOperationException("synchronous write");
    public override void Flush() => throw new InvalidOperationException("synchronous flush");

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        written.Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task<byte[]> WriteAsync(ExportFormat format, ExportGraph graph)
    {
        await using var stream = new AsyncOnlyStream();
        await GraphExporter.WriteAsync(format, graph, stream);
        return stream.ToArray();
    }
}
