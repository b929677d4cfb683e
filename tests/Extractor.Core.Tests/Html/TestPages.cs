namespace Extractor.Core.Tests.Html;

/// <summary>The small pages written for these tests, copied next to the test assembly.</summary>
internal static class TestPages
{
    public static byte[] Read(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Html", "Pages", name));
}
