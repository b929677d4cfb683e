using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Extractor.Core.Html;

namespace Extractor.Benchmarks;

/// <summary>
/// Parses the 91 pages of the article-extraction development split (../shared, read at run time,
/// never copied into the repository). One operation is one page; the target is 110 pages/s on one core.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly HtmlArticleParser parser = new();
    private List<byte[]> pages = [];

    [GlobalSetup]
    public void LoadPages()
    {
        var directory = Path.Combine(SharedDirectory(), "eval", "article-extraction", "html");
        pages = Directory.GetFiles(directory, "*.html.gz").Order().Select(Decompress).ToList();
    }

    [Benchmark(OperationsPerInvoke = 91)]
    public int ParseAllPages()
    {
        var characters = 0;
        foreach (var page in pages)
        {
            characters += parser.Parse(page, "page.html").Article.Text.Length;
        }

        return characters;
    }

    private static byte[] Decompress(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The <c>shared</c> folder beside the repository, found by walking up from the working directory.</summary>
    private static string SharedDirectory()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var shared = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(Path.Combine(shared, "eval")))
            {
                return shared;
            }
        }

        throw new DirectoryNotFoundException("No 'shared' folder with eval/ found above " + Environment.CurrentDirectory);
    }
}
