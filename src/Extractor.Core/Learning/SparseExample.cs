using Microsoft.ML.Data;

namespace Extractor.Core.Learning;

/// <summary>
/// One training example as ML.NET sees it: a sparse binary feature vector and its class. LoadFromEnumerable
/// takes the key column's value as the 0-based class index.
/// </summary>
internal sealed class SparseExample
{
    public VBuffer<float> Features { get; set; }

    public uint Label { get; set; }
}
