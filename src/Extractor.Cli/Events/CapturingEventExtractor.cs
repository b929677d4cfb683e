using Extractor.Core.Entities;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Cli.Events;

/// <summary>Keeps the document and entities of the last article the pipeline ran, so training sees what the extractor will see.</summary>
internal sealed class CapturingEventExtractor : IEventExtractor
{
    public Document? Document { get; private set; }

    public IReadOnlyList<Entity> Entities { get; private set; } = [];

    public IReadOnlyList<Core.Events.Event> Extract(Document document, IReadOnlyList<Entity> entities, DateOnly? published)
    {
        Document = document;
        Entities = entities;
        return [];
    }
}
