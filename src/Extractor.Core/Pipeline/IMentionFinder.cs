using Extractor.Core.Entities;
using Extractor.Core.Text;

namespace Extractor.Core.Pipeline;

/// <summary>A stage that proposes entity mentions (a gazetteer, a trained tagger). Must be thread-safe.</summary>
public interface IMentionFinder
{
    IReadOnlyList<Mention> FindMentions(Document document);
}
