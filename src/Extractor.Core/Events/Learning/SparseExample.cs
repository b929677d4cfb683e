using Microsoft.ML.Data;

namespace Extractor.Core.Events.Learning;

/// <summary>An example as ML.NET sees it: a sparse binary vector and the 0-based class index as key.</summary>
internal sealed class SparseExample
{
    public VBuffer<float> Features { get; set; }

    public uint Label { get; set; }
}
