namespace Extractor.Web.Review;

/// <summary>How long opening a fact holds it for one analyst; long enough to read the evidence and decide.</summary>
public static class FactLeases
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);
}
