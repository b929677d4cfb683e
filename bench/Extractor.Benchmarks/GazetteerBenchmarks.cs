using BenchmarkDotNet.Attributes;
using Extractor.Core.Entities;
using Extractor.Core.Gazetteers;
using Extractor.Core.Text;

namespace Extractor.Benchmarks;

/// <summary>
/// Targets: loading the gazetteer (once per process) under 300 ms; finding and linking the
/// gazetteer mentions of a news article well under a millisecond per 1,000 words.
/// </summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private const string Article =
        "Bogotá, Colombia — The Colombian government said on Tuesday that President Gustavo Petro would meet " +
        "commanders of the National Liberation Army (ELN) in Caracas. The ELN, FARC dissidents and the Clan del Golfo " +
        "have fought over coca routes in Catatumbo, near the Venezuelan border, where the UN says 100,000 people fled. " +
        "Petro spoke with Donald Trump at the White House; Trump's envoy later flew to Panama and the Darién Gap. ";

    private Gazetteer gazetteer = null!;
    private Document document = null!;

    [GlobalSetup]
    public void Setup()
    {
        gazetteer = Gazetteer.LoadDefault();
        document = SentenceSplitter.Analyze(string.Concat(Enumerable.Repeat(Article, 10)));
    }

    [Benchmark]
    public Gazetteer LoadDefault() => Gazetteer.LoadDefault();

    [Benchmark]
    public IReadOnlyList<Entity> FindAndLink() =>
        new EntityLinker(gazetteer).Link(document, new GazetteerMentionFinder(gazetteer).FindMentions(document));
}
