namespace Extractor.Ingest.Sources;

/// <summary>
/// A source as an operator asks for it (CLI or web): <paramref name="Kind"/> is a <c>SourceKind</c>,
/// <paramref name="Name"/> defaults to kind and location, an empty <paramref name="Cron"/> means "run by hand only".
/// </summary>
public sealed record SourceDraft(string Kind, string Location, string? Name = null, string? Cron = null, bool AllowPrivate = false);
