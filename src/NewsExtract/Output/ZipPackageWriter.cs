using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace NewsExtract.Output;

/// <summary>The bytes of a zip entry, already deflated, with what the entry's headers say about them: the CRC-32 and
/// length of the bytes before deflating, and the deflated length. <paramref name="CopyTo"/> writes the deflated bytes.</summary>
internal sealed record DeflatedPart(uint Crc32, long Length, long CompressedLength, Action<Stream> CopyTo)
{
    /// <summary>Deflates what <paramref name="write"/> writes, in memory, as it is written (counted and hashed the way
    /// <see cref="DeflateSpool"/> does it for a file): for the small parts of a package.</summary>
    public static DeflatedPart Of(Action<Stream> write)
    {
        var compressed = new MemoryStream();
        WriteThrough plain;
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            plain = new WriteThrough(deflate, hash: true);
            write(plain);
        }
        var bytes = compressed.ToArray();
        return new DeflatedPart(plain.Crc32, plain.Written, bytes.Length, s => s.Write(bytes));
    }
}

/// <summary>
/// Writes a zip archive (APPNOTE 6.3) of deflated entries whose bytes are deflated already: a worksheet deflated as its
/// rows arrived is copied in as it is, where <see cref="ZipArchive"/> would inflate it and deflate it again after the
/// last document, with nothing else running. Entries, sizes or offsets past 4 GB get Zip64 fields.
/// </summary>
/// <remarks>Every entry carries <c>date</c>'s clock time, so the same parts give the same bytes. The output need not be
/// seekable: each entry's sizes and CRC are known before its header is written. Not thread-safe.</remarks>
internal sealed class ZipPackageWriter(Stream output, DateTimeOffset date, long zip64Above = uint.MaxValue - 1)
{
    private const ushort Deflated = 8;
    private readonly List<(byte[] Name, DeflatedPart Part, long Offset)> _entries = [];
    private readonly ushort _dosTime = (ushort)((date.Hour << 11) | (date.Minute << 5) | (date.Second / 2));
    private readonly ushort _dosDate = (ushort)(((Math.Clamp(date.Year, 1980, 2107) - 1980) << 9) | (date.Month << 5) | date.Day);
    private long _position;

    public void Add(string name, DeflatedPart part)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var zip64 = part.Length > zip64Above || part.CompressedLength > zip64Above;
        _entries.Add((nameBytes, part, _position));
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
        WriteEntryFields(header[4..], part, nameBytes, zip64, zip64, zip64);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)nameBytes.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], zip64 ? (ushort)20 : (ushort)0);
        Write(header);
        Write(nameBytes);
        if (zip64)
        {
            Span<byte> extra = stackalloc byte[20];
            BinaryPrimitives.WriteUInt16LittleEndian(extra, 0x0001);
            BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], 16);
            BinaryPrimitives.WriteInt64LittleEndian(extra[4..], part.Length);
            BinaryPrimitives.WriteInt64LittleEndian(extra[12..], part.CompressedLength);
            Write(extra);
        }
        var counting = new WriteThrough(output, hash: false);
        part.CopyTo(counting);
        if (counting.Written != part.CompressedLength)
            throw new InvalidOperationException($"{name}: {counting.Written} deflated bytes written, {part.CompressedLength} announced");
        _position += counting.Written;
    }

    /// <summary>Writes the central directory; the archive is complete after it.</summary>
    public void Finish()
    {
        var directoryStart = _position;
        Span<byte> header = stackalloc byte[46];
        Span<byte> extra = stackalloc byte[4 + 24];
        foreach (var (name, part, offset) in _entries)
        {
            var bigLength = part.Length > zip64Above;
            var bigCompressed = part.CompressedLength > zip64Above;
            var bigOffset = offset > zip64Above;
            var extraLength = (bigLength ? 8 : 0) + (bigCompressed ? 8 : 0) + (bigOffset ? 8 : 0);
            var zip64 = extraLength > 0;
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], zip64 ? (ushort)45 : (ushort)20);
            WriteEntryFields(header[6..], part, name, zip64, bigLength, bigCompressed);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)name.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(header[30..], zip64 ? (ushort)(4 + extraLength) : (ushort)0);
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], bigOffset ? uint.MaxValue : (uint)offset);
            Write(header);
            Write(name);
            if (zip64)
            {
                // The Zip64 extra field holds, in this order, only the values the header could not.
                BinaryPrimitives.WriteUInt16LittleEndian(extra, 0x0001);
                BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], (ushort)extraLength);
                var values = extra[4..];
                foreach (var (big, value) in new[] { (bigLength, part.Length), (bigCompressed, part.CompressedLength), (bigOffset, offset) })
                {
                    if (!big)
                        continue;
                    BinaryPrimitives.WriteInt64LittleEndian(values, value);
                    values = values[8..];
                }
                Write(extra[..(4 + extraLength)]);
            }
        }

        var directoryLength = _position - directoryStart;
        if (directoryStart > zip64Above || directoryLength > zip64Above || _entries.Count >= ushort.MaxValue)
        {
            var recordStart = _position;
            Span<byte> record = stackalloc byte[56];
            BinaryPrimitives.WriteUInt32LittleEndian(record, 0x06064b50);
            BinaryPrimitives.WriteInt64LittleEndian(record[4..], 44);
            BinaryPrimitives.WriteUInt16LittleEndian(record[12..], 45);
            BinaryPrimitives.WriteUInt16LittleEndian(record[14..], 45);
            BinaryPrimitives.WriteInt64LittleEndian(record[24..], _entries.Count);
            BinaryPrimitives.WriteInt64LittleEndian(record[32..], _entries.Count);
            BinaryPrimitives.WriteInt64LittleEndian(record[40..], directoryLength);
            BinaryPrimitives.WriteInt64LittleEndian(record[48..], directoryStart);
            Write(record);
            Span<byte> locator = stackalloc byte[20];
            BinaryPrimitives.WriteUInt32LittleEndian(locator, 0x07064b50);
            BinaryPrimitives.WriteInt64LittleEndian(locator[8..], recordStart);
            BinaryPrimitives.WriteUInt32LittleEndian(locator[16..], 1);
            Write(locator);
        }

        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        var count = (ushort)Math.Min(_entries.Count, ushort.MaxValue);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], directoryLength > zip64Above ? uint.MaxValue : (uint)directoryLength);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], directoryStart > zip64Above ? uint.MaxValue : (uint)directoryStart);
        Write(end);
        output.Flush();
    }

    // The fields a local header and a central directory header share, in the same order: version needed, flags
    // (bit 11: the name is UTF-8, set only when it is not ASCII, as other writers do), method, time, date, CRC-32,
    // deflated and plain lengths (all ones when a Zip64 field holds the value).
    private void WriteEntryFields(Span<byte> fields, DeflatedPart part, byte[] name, bool zip64, bool bigLength, bool bigCompressed)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(fields, zip64 ? (ushort)45 : (ushort)20);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[2..], name.All(b => b < 0x80) ? (ushort)0 : (ushort)0x0800);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[4..], Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[6..], _dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[8..], _dosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[10..], part.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[14..], bigCompressed ? uint.MaxValue : (uint)part.CompressedLength);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[18..], bigLength ? uint.MaxValue : (uint)part.Length);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        _position += bytes.Length;
    }
}
