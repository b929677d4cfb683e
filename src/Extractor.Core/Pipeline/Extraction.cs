using Extractor.Core.Articles;
using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Text;

namespace Extractor.Core.Pipeline;

/// <summary>What the pipeline found in one article, and the pipeline version that found it.</summary>
public sealed record Extraction(
    Article Article,
    Document Document,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Event> Events,
    string PipelineVersion);
