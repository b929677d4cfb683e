using Microsoft.ML.Data;

namespace Extractor.Core.Ner;

/// <summary>
/// One token as ML.NET sees it: a sparse binary feature vector and its tag. LoadFromEnumerable takes
/// the key column's value as the 0-based class index (the trained classes follow <see cref="NerTags.All"/>).
/// </summary>
internal sealed class NerTrainingExample
{
    public VBuffer<float> Features { get; set; }

    public uint Label { get; set; }
}
