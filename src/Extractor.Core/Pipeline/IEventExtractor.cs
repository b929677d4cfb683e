using Extractor.Core.Entities;
using Extractor.Core.Events;
using Extractor.Core.Text;

namespace Extractor.Core.Pipeline;

/// <summary>Finds event mentions and fills their arguments from the article's entities.</summary>
public interface IEventExtractor
{
    IReadOnlyList<Event> Extract(Document document, IReadOnlyList<Entity> entities, DateOnly? published);
}
