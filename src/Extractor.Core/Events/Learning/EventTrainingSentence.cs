using Extractor.Core.Entities;
using Extractor.Core.Text;

namespace Extractor.Core.Events.Learning;

/// <summary>An annotated record with the document and entities the pipeline's earlier stages found in it.</summary>
public sealed record EventTrainingSentence(EventRecord Record, Document Document, IReadOnlyList<Entity> Entities);
