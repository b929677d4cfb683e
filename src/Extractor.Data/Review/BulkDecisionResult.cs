namespace Extractor.Data.Review;

/// <summary>A bulk decision: its id in the audit rows, the facts it changed, and those skipped because they changed meanwhile.</summary>
public sealed record BulkDecisionResult(string BulkId, int Changed, int Skipped);
