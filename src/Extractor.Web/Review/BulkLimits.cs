namespace Extractor.Web.Review;

/// <summary>Bounds of a bulk decision, so one request cannot hold a transaction over the whole store.</summary>
public static class BulkLimits
{
    /// <summary>At most this many facts change per bulk; the preview says so when more match.</summary>
    public const int MaxFacts = 5000;

    /// <summary>How many of the facts that will change the preview lists.</summary>
    public const int PreviewFacts = 20;
}
