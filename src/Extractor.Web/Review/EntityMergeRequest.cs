namespace Extractor.Web.Review;

/// <summary>Merge the entity of the route into <see cref="Into"/>.</summary>
public sealed record EntityMergeRequest(string Into);
