using System.Text.Json;

namespace NewsExtract.Ingestion;

/// <summary>
/// What an optional <c>&lt;doc_id&gt;.meta.json</c> beside an article says about it:
/// <c>{"published": "2025-06-10", "url": "...", "source": "...", "title": "..."}</c>. Every key is optional;
/// unknown keys are ignored. Its values override what the page itself declares.
/// </summary>
public sealed record SidecarMetadata(DateOnly? Published, string? Url, string? Source, string? Title)
{
    public const string Suffix = ".meta.json";

    public static SidecarMetadata Empty { get; } = new(null, null, null, null);

    /// <summary>The sidecar path for an article: <c>dir/doc_id.meta.json</c>.</summary>
    public static string PathFor(string articlePath)
    {
        var dir = Path.GetDirectoryName(articlePath) ?? string.Empty;
        return Path.Combine(dir, Path.GetFileNameWithoutExtension(articlePath) + Suffix);
    }

    /// <summary>Parses sidecar JSON. Never throws: a problem is returned as <see cref="SidecarParse.Error"/>.</summary>
    public static SidecarParse Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return SidecarParse.Fail($"expected a JSON object, found {doc.RootElement.ValueKind}");

            DateOnly? published = null;
            string? url = null, source = null, title = null;
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                var name = property.Name.ToLowerInvariant();
                if (name is not ("published" or "url" or "source" or "title"))
                    continue;
                if (property.Value.ValueKind == JsonValueKind.Null)
                    continue;
                if (property.Value.ValueKind != JsonValueKind.String)
                    return SidecarParse.Fail($"\"{property.Name}\" must be a string, found {property.Value.ValueKind}");
                var value = property.Value.GetString()!.Trim();
                if (value.Length == 0)
                    continue;
                switch (name)
                {
                    case "published":
                        if (!PublishedDate.TryParse(value, out var date))
                            return SidecarParse.Fail($"\"published\" is not a date: \"{value}\"");
                        published = date;
                        break;
                    case "url":
                        url = value;
                        break;
                    case "source":
                        source = value;
                        break;
                    default:
                        title = value;
                        break;
                }
            }
            return SidecarParse.Ok(new SidecarMetadata(published, url, source, title));
        }
        catch (JsonException ex)
        {
            return SidecarParse.Fail($"invalid JSON: {ex.Message}");
        }
    }
}

/// <summary>A parsed sidecar, or why it could not be parsed.</summary>
public sealed record SidecarParse(SidecarMetadata? Metadata, string? Error)
{
    public bool Succeeded => Metadata is not null;

    public static SidecarParse Ok(SidecarMetadata metadata) => new(metadata, null);

    public static SidecarParse Fail(string error) => new(null, error);
}
