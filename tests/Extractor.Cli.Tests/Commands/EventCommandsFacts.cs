namespace Extractor.Cli.Tests.Commands;

public sealed class EventCommandsFacts : IDisposable
{
    private const string Corpus =
        """
        {"id":"t-1","published":"2025-04-07","text":"Nigerian troops attacked a Boko Haram camp near Maiduguri on Saturday.","events":[{"type":"ASSAULT","mode":null,"trigger":"attacked","actors":["Nigerian troops"],"targets":["Boko Haram"],"place":"Maiduguri","date":"2025-04-05","date_precision":"day","status":"occurred"}]}
        {"id":"t-2","published":"2025-04-08","text":"Kenya's president met the leaders of Somalia in Nairobi on Monday.","events":[{"type":"CONSULT","mode":"meet","trigger":"met","actors":["Kenya"],"targets":["Somalia"],"place":"Nairobi","date":"2025-04-07","date_precision":"day","status":"occurred"}]}
        {"id":"t-3","published":"2025-04-09","text":"Prices of maize rose again in March.","events":[]}
        {"id":"t-4","published":"2025-04-10","text":"Police arrested twelve protesters in Lagos after a march against fuel prices.","events":[{"type":"COERCE","mode":"arrest","trigger":"arrested","actors":["Police"],"targets":["protesters"],"place":"Lagos","date":null,"date_precision":null,"status":"occurred"},{"type":"PROTEST","mode":"demonstrate","trigger":"march","actors":["protesters"],"targets":[],"place":"Lagos","date":null,"date_precision":null,"status":"occurred"}]}
        """;

    private readonly string directory = Directory.CreateTempSubdirectory("event-commands-").FullName;

    [Fact]
    public void EvalEvents_PrintsTypeAndTupleScoresAndAReliabilityTable()
    {
        var file = Path.Combine(directory, "events.jsonl");
        File.WriteAllText(file, Corpus);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CliApp.Run(["eval", "events", file], output, error);

        Assert.Equal(ExitCodes.Success, exitCode);
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, line => line.StartsWith("pipeline\trules-", StringComparison.Ordinal) && line.Contains("+events-", StringComparison.Ordinal));
        var type = Assert.Single(lines, line => line.StartsWith("type\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal("4", type[4]);
        Assert.Single(lines, line => line.StartsWith("type+actor+target\t", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("date accuracy\t", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("reliability\t", StringComparison.Ordinal));
    }

    [Fact]
    public void TrainEvents_WritesAModelAndItsCard()
    {
        var file = Path.Combine(directory, "train.jsonl");
        File.WriteAllText(file, Corpus);
        var folder = Path.Combine(directory, "model");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CliApp.Run(["train", "events", "--corpus", file, "--out", folder], output, error);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.True(new FileInfo(Path.Combine(folder, "event-model.bin.gz")).Length > 0);
        var card = File.ReadAllText(Path.Combine(folder, "MODEL_CARD.md"));
        Assert.Contains("cross-validated trigger type", card, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
