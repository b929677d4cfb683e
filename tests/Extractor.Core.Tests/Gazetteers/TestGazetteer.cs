using Extractor.Core.Gazetteers;

namespace Extractor.Core.Tests.Gazetteers;

/// <summary>The real gazetteer files, loaded once for every test that needs them.</summary>
public static class TestGazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(Gazetteer.LoadDefault);

    public static Gazetteer Instance => Loaded.Value;
}
