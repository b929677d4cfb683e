using Extractor.Core.Ner;

namespace Extractor.Core.Tests.Ner;

/// <summary>A few hundred CoNLL-2003 training sentences and a model trained on them with the shipped name lists, shared by the NER facts.</summary>
public sealed class NerCorpusFixture
{
    private const string TrainingFile = "shared/corpora/ner/conll2003/train.conll";

    public NerCorpusFixture()
    {
        using var reader = File.OpenText(UpwardSearch.Find(TrainingFile));
        Sentences = ConllReader.Read(reader, CorpusTypeMaps.Conll).Take(600).ToList();
        Model = NerTrainer.Train(Sentences, NerLexicon.Empty, NerPhraseListReader.Read(Path.Combine(AppContext.BaseDirectory, "corpora", "gazetteers"), 50_000), new NerTrainingOptions { MinFeatureCount = 1, MaximumIterations = 60 });
    }

    public IReadOnlyList<LabeledSentence> Sentences { get; }

    public NerModel Model { get; }
}
