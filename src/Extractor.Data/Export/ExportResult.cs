namespace Extractor.Data.Export;

/// <summary>How many facts were written, and the cursor to pass as <c>--since</c> next time.</summary>
public sealed record ExportResult(int Count, long Cursor);
