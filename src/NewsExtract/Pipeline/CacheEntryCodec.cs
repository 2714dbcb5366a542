using System.Text;
using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;

namespace NewsExtract.Pipeline;

/// <summary>What the cache keeps of one processed document: the article (clean text and metadata), the reader's note,
/// the entities and facts as the pipeline produced them (before the runner sorts them and adds fact ids).</summary>
internal sealed record CacheEntry(Article Article, string? Reason, IReadOnlyList<Entity> Entities, IReadOnlyList<Fact> Facts);

/// <summary>
/// The cache's file format: a compact binary record of a <see cref="CacheEntry"/>. An entity's text and a fact's
/// evidence that are the article's own characters at their offsets (nearly all are) are written as the offsets alone.
/// Against the JSON it replaces, an entry is about a third of the size and is written and read several times faster,
/// which a first run pays once per document.
/// </summary>
/// <remarks>A file that is not a whole entry of this version (another format, cut short, damaged) reads as null.</remarks>
internal static class CacheEntryCodec
{
    // "NXC", a format version, and the same again at the end, so a file cut short is told from a whole one.
    private static readonly byte[] Magic = "NXC\u0001"u8.ToArray();
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Flags]
    private enum Stored : byte
    {
        None = 0,
        TextAtOffsets = 1,
        NormalizedIsText = 2,
        DocIdOfArticle = 4,
        HasAmount = 8,
    }

    public static void Write(Stream stream, CacheEntry entry)
    {
        using var writer = new BinaryWriter(stream, Utf8, leaveOpen: true);
        writer.Write(Magic);
        var article = entry.Article;
        var text = article.Text;
        writer.Write(article.DocId);
        writer.Write(article.SourcePath);
        writer.Write(text);
        WriteOptional(writer, article.Title);
        writer.Write(article.Published?.DayNumber ?? -1);
        WriteOptional(writer, article.Url);
        WriteOptional(writer, article.Source);
        WriteOptional(writer, article.Byline);
        WriteOptional(writer, entry.Reason);

        writer.Write7BitEncodedInt(entry.Entities.Count);
        foreach (var e in entry.Entities)
        {
            var stored = (IsAt(text, e.Text, e.Start, e.End) ? Stored.TextAtOffsets : Stored.None)
                | (e.Normalized == e.Text ? Stored.NormalizedIsText : Stored.None);
            writer.Write((byte)stored);
            writer.Write((byte)e.Label);
            writer.Write(e.Start);
            writer.Write(e.End);
            if (!stored.HasFlag(Stored.TextAtOffsets))
                writer.Write(e.Text);
            if (!stored.HasFlag(Stored.NormalizedIsText))
                writer.Write(e.Normalized);
            writer.Write(e.Source);
        }

        writer.Write7BitEncodedInt(entry.Facts.Count);
        foreach (var f in entry.Facts)
        {
            var stored = (IsAt(text, f.Evidence, f.Start, f.End) ? Stored.TextAtOffsets : Stored.None)
                | (f.DocId == article.DocId ? Stored.DocIdOfArticle : Stored.None)
                | (f.Amount is not null ? Stored.HasAmount : Stored.None);
            writer.Write((byte)stored);
            writer.Write(f.FactId);
            if (!stored.HasFlag(Stored.DocIdOfArticle))
                writer.Write(f.DocId);
            writer.Write(f.FactType);
            writer.Write(f.Subject);
            writer.Write(f.Relation);
            writer.Write(f.Object);
            if (f.Amount is { } amount)
                writer.Write(amount);
            writer.Write(f.Unit);
            writer.Write(f.Date);
            writer.Write(f.Place);
            writer.Write(f.Modality);
            writer.Write(f.Confidence);
            writer.Write(f.Extractor);
            writer.Write(f.Start);
            writer.Write(f.End);
            if (!stored.HasFlag(Stored.TextAtOffsets))
                writer.Write(f.Evidence);
            writer.Write(f.Verdict);
            writer.Write(f.Note);
        }
        writer.Write(Magic);
    }

    /// <summary>The entry in <paramref name="stream"/>, or null when it holds no whole entry of this format.</summary>
    public static CacheEntry? Read(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Utf8, leaveOpen: true);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                return null;
            var docId = reader.ReadString();
            var sourcePath = reader.ReadString();
            var text = reader.ReadString();
            var title = ReadOptional(reader);
            var day = reader.ReadInt32();
            var article = new Article(docId, sourcePath, text, title, day < 0 ? null : DateOnly.FromDayNumber(day),
                ReadOptional(reader), ReadOptional(reader), ReadOptional(reader));
            var reason = ReadOptional(reader);

            var entities = new Entity[Count(reader)];
            for (var i = 0; i < entities.Length; i++)
            {
                var stored = (Stored)reader.ReadByte();
                var label = (EntityLabel)reader.ReadByte();
                if (!Enum.IsDefined(label))
                    return null;
                var start = reader.ReadInt32();
                var end = reader.ReadInt32();
                var surface = stored.HasFlag(Stored.TextAtOffsets) ? At(text, start, end) : reader.ReadString();
                var normalized = stored.HasFlag(Stored.NormalizedIsText) ? surface : reader.ReadString();
                entities[i] = new Entity(label, surface, start, end, normalized, reader.ReadString());
            }

            var facts = new Fact[Count(reader)];
            for (var i = 0; i < facts.Length; i++)
            {
                var stored = (Stored)reader.ReadByte();
                var factId = reader.ReadString();
                var factDocId = stored.HasFlag(Stored.DocIdOfArticle) ? docId : reader.ReadString();
                var (factType, subject, relation, obj) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
                double? amount = stored.HasFlag(Stored.HasAmount) ? reader.ReadDouble() : null;
                var (unit, date, place, modality) = (reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
                var confidence = reader.ReadDouble();
                var extractor = reader.ReadString();
                var start = reader.ReadInt32();
                var end = reader.ReadInt32();
                var evidence = stored.HasFlag(Stored.TextAtOffsets) ? At(text, start, end) : reader.ReadString();
                facts[i] = new Fact(factId, factDocId, factType, subject, relation, obj, amount, unit, date, place, modality,
                    confidence, extractor, evidence, start, end, reader.ReadString(), reader.ReadString());
            }
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || stream.ReadByte() != -1)
                return null;
            return new CacheEntry(article, reason, entities, facts);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or FormatException or DecoderFallbackException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static bool IsAt(string text, string value, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end && text.AsSpan(start, end - start).SequenceEqual(value);

    private static string At(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : throw new FormatException("offsets outside the text");

    private static int Count(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        // Every item takes more than a byte: a count beyond what is left is damage, not a reason to allocate.
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position ? count : throw new FormatException("bad count");
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
            writer.Write(value);
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
