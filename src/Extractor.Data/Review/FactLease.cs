namespace Extractor.Data.Review;

/// <summary>Who holds a fact for review, and until when.</summary>
public sealed class FactLease
{
    public required string Holder { get; init; }

    public DateTimeOffset Until { get; init; }
}
