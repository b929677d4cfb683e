using BenchmarkDotNet.Attributes;
using Extractor.Core.Ner;
using Extractor.Core.Pipeline;
using Extractor.Core.Text;

namespace Extractor.Benchmarks;

/// <summary>
/// Tokenize, split and tag a news text of about 1,000 words with the committed NER model. Tokens per
/// second = <see cref="TokenCount"/> / the reported mean time.
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private const string Paragraph =
        "President Maria Alvarez of Chile arrived in Brussels on Tuesday for talks with European Union officials " +
        "about copper exports, a spokesman for the foreign ministry said. Alvarez, who took office in March, " +
        "met Commission head Ursula Brandt and the Belgian prime minister before a dinner hosted by the " +
        "Confederation of European Business. Protesters from the Workers' Party gathered outside the Berlaymont " +
        "building in central Brussels, while police said about 2,000 people marched peacefully. In Santiago, " +
        "opposition leader Jorge Ramirez accused the government of selling the country's resources cheaply to " +
        "foreign companies such as Glencore and Rio Tinto. \"We will not accept a deal written in Washington or " +
        "Beijing,\" Ramirez told reporters at the National Congress in Valparaiso. The United Nations Economic " +
        "Commission for Latin America expects Chile's economy to grow 2.5 percent this year. ";

    private readonly string text = string.Concat(Enumerable.Repeat(Paragraph, 8));
    private IMentionFinder finder = null!;

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void LoadModel()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "models", "ner"))) folder = folder.Parent;
        var model = NerModel.Load(Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("models/ner not found above the benchmark."), "models", "ner"));
        finder = new TaggerMentionFinder(new NerTagger(model));
        TokenCount = Tokenizer.Tokenize(text).Length;
        Console.WriteLine($"// NerBenchmarks text: {TokenCount} tokens");
    }

    [Benchmark]
    public int TokenizeAndTag() => finder.FindMentions(SentenceSplitter.Analyze(text)).Count;
}
