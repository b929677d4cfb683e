using Extractor.Data.Model;

namespace Extractor.Ingest.Sources;

/// <summary>The saved source, or why nothing was saved.</summary>
public sealed record SourceSaveResult(SourceRecord? Source, string? Problem)
{
    public static SourceSaveResult Refused(string problem) => new(null, problem);
}
