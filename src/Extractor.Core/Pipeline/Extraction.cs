using Extractor.Core.Articles;
using Extractor.Core.Entities;
using Extractor.Core.Events;

namespace Extractor.Core.Pipeline;

/// <summary>What the pipeline found in one article, and the pipeline version that found it.</summary>
public sealed record Extraction(
    Article Article,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Event> Events,
    string PipelineVersion);
