using Extractor.Core.Entities;
using Extractor.Core.Text;

namespace Extractor.Core.Pipeline;

/// <summary>
/// Resolves overlapping mentions from every finder and groups the rest into canonical entities
/// (full names, surnames, acronyms and nominal mentions of one thing become one entity).
/// </summary>
public interface IEntityLinker
{
    IReadOnlyList<Entity> Link(Document document, IReadOnlyList<Mention> mentions);
}
