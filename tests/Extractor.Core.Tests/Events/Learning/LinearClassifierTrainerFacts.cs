using Extractor.Core.Events.Learning;

namespace Extractor.Core.Tests.Events.Learning;

public sealed class LinearClassifierTrainerFacts
{
    private static readonly EventTrainingOptions Options = new();

    [Fact]
    public void Train_LearnsWhichWordsSignalWhichLabel()
    {
        var examples = Enumerable.Range(0, 20).SelectMany(i => new[]
        {
            new ClassifierExample(["w=attacked", $"n={i}"], "ASSAULT"),
            new ClassifierExample(["w=met", $"n={i}"], "CONSULT"),
            new ClassifierExample(["w=the", $"n={i}"], "NONE"),
        }).ToList();

        var classifier = LinearClassifierTrainer.Train(examples, ["NONE", "ASSAULT", "CONSULT"], Options);

        Assert.Equal("ASSAULT", Best(classifier, ["w=attacked"]));
        Assert.Equal("CONSULT", Best(classifier, ["w=met", "unseen"]));
        Assert.Equal(1, classifier.Probabilities(["w=the"]).Sum(), 3);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameProbabilities()
    {
        var classifier = LinearClassifierTrainer.Train([new(["a"], "X"), new(["b"], "Y"), new(["a"], "X"), new(["b"], "Y")], ["X", "Y"], Options);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) classifier.Write(writer);
        stream.Position = 0;

        using var reader = new BinaryReader(stream);
        var read = LinearClassifier.Read(reader);

        Assert.Equal(classifier.Probabilities(["a"]), read.Probabilities(["a"]));
        Assert.Equal(classifier.Labels, read.Labels);
    }

    private static string Best(LinearClassifier classifier, string[] features)
    {
        var probabilities = classifier.Probabilities(features);
        return classifier.Labels[Array.IndexOf(probabilities, probabilities.Max())];
    }
}
