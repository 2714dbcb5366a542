using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsExtract.Output;

/// <summary>The JSON dialect of NewsExtract's outputs: indented, LF line ends, UTF-8 without BOM, readable (unescaped) text.</summary>
internal static class JsonFormat
{
    /// <summary>Bytes a streaming writer lets its <see cref="Utf8JsonWriter"/> hold before flushing them to the file.</summary>
    public const int FlushAt = 64 * 1024;

    /// <summary>Hands what <paramref name="json"/> holds to its stream once that passes <see cref="FlushAt"/>: a
    /// <see cref="Utf8JsonWriter"/> keeps everything written until a flush, so a long file would sit whole in memory.</summary>
    public static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > FlushAt)
        {
            json.Flush();
        }
    }

    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // Files, not HTML: keep quotes and non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // Gold files are written by hand.
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Writes a double, or null when it has no JSON form (NaN, infinity).</summary>
    public static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static string GetString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    /// <summary>A number, a numeric string, or null/absent/blank (null). False for anything else.</summary>
    public static bool TryGetNumber(JsonElement obj, string name, out double? number)
    {
        number = null;
        if (!obj.TryGetProperty(name, out var value))
        {
            return true;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Number:
                number = value.GetDouble();
                return true;
            case JsonValueKind.String:
                return InvariantFormat.TryParseAmount(value.GetString() ?? "", out number);
            default:
                return false;
        }
    }

    public static bool TryGetInt(JsonElement obj, string name, out int number)
    {
        number = 0;
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt32(out number),
            JsonValueKind.String => InvariantFormat.TryParseInt(value.GetString() ?? "", out number),
            _ => false,
        };
    }
}
