using System.Text.Json.Serialization;

namespace Extractor.Data.Export;

/// <summary>
/// Written beside each export as <c>FILE.manifest.json</c>, so a consumer can check the file it
/// received and knows which cursor range it covers.
/// </summary>
public sealed record ExportManifest(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("row_count")] int RowCount,
    [property: JsonPropertyName("schema_version")] int SchemaVersion,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("cursor_from")] long CursorFrom,
    [property: JsonPropertyName("cursor_to")] long CursorTo)
{
    public const string Suffix = ".manifest.json";
}
