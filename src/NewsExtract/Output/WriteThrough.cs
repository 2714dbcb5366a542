namespace NewsExtract.Output;

/// <summary>A write-only stream that passes every write on to <c>inner</c> and counts the bytes, with their CRC-32 when
/// asked: what a zip entry's headers say about the bytes it holds.</summary>
internal sealed class WriteThrough(Stream inner, bool hash) : Stream
{
    private readonly System.IO.Hashing.Crc32? _crc = hash ? new() : null;

    public long Written { get; private set; }

    /// <summary>The CRC-32 of every byte written (0 when not asked for).</summary>
    public uint Crc32 => _crc?.GetCurrentHashAsUInt32() ?? 0;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _crc?.Append(buffer);
        inner.Write(buffer);
        Written += buffer.Length;
    }

    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
