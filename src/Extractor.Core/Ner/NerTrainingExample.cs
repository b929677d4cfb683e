using Microsoft.ML.Data;

namespace Extractor.Core.Ner;

/// <summary>One token as ML.NET sees it: a sparse binary feature vector and its tag as a 1-based key.</summary>
internal sealed class NerTrainingExample
{
    public VBuffer<float> Features { get; set; }

    public uint Label { get; set; }
}
