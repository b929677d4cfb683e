using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Extractor.Cli.Events;
using Extractor.Core.Articles;
using Extractor.Core.Events.Learning;
using Extractor.Core.Pipeline;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>train events</c> (rebuild the committed event model and its card) and <c>eval events</c> (run the
/// full pipeline on each corpus sentence as an article and score the events, see <see cref="EventScorer"/>).
/// </summary>
public static class EventCommands
{
    public static Command CreateTrain()
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Event corpus files (JSON lines, or the PLOVER gold-standard JSON list).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Folder for the model and MODEL_CARD.md.", DefaultValueFactory = _ => Path.Combine("models", "events") };
        var events = new Command("events", "Train the event classifiers and write their model card.") { corpus, output };
        events.SetAction(parseResult =>
        {
            var log = parseResult.InvocationConfiguration.Error;
            var files = parseResult.GetValue(corpus)!;
            var records = files.SelectMany(EventCorpusFiles.Read).ToList();
            var capture = new CapturingEventExtractor();
            var pipeline = DefaultPipeline.Create(AppContext.BaseDirectory, capture);
            var sentences = new List<EventTrainingSentence>(records.Count);
            foreach (var record in records)
            {
                pipeline.Run(ToArticle(record));
                sentences.Add(new EventTrainingSentence(record, capture.Document!, capture.Entities));
            }

            log.WriteLine($"training on {records.Count} sentences with {records.Sum(r => r.Events.Count)} events");
            var clock = Stopwatch.StartNew();
            var options = new EventTrainingOptions();
            var result = EventTrainer.Train(sentences, options);
            var folder = parseResult.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var modelPath = Path.Combine(folder, EventModel.FileName);
            result.Model.Save(modelPath);
            File.WriteAllText(Path.Combine(folder, "MODEL_CARD.md"), ModelCard(files, records, result, options, new FileInfo(modelPath).Length, clock.Elapsed));
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {modelPath} in {clock.Elapsed.TotalSeconds:F0} s; cross-validated trigger F1 {result.CrossValidatedF1:F3}, type F1 {result.CrossValidatedEvents.Levels[0].F1:F3}, type+actor+target F1 {result.CrossValidatedEvents.Levels[1].F1:F3}"));
            return ExitCodes.Success;
        });
        return events;
    }

    public static Command CreateEval()
    {
        var file = new Argument<string>("file") { Description = "Event corpus file (JSON lines)." };
        var events = new Command("events", "Score the pipeline's events on an annotated corpus file.") { file };
        events.SetAction(parseResult =>
        {
            var records = EventCorpusFiles.Read(parseResult.GetValue(file)!);
            var pipeline = DefaultPipeline.Create();
            var scores = EventScorer.Score(records.Select(record => (record, pipeline.Run(ToArticle(record)))));
            parseResult.InvocationConfiguration.Output.Write(Report(scores, pipeline.Version));
            return ExitCodes.Success;
        });
        return events;
    }

    /// <summary>Each sentence is an article with an empty title and the record's publication date.</summary>
    private static Article ToArticle(EventRecord record) => new(record.Id, string.Empty, record.Published, [], "en", record.Text);

    private static string Report(EventScores scores, string version)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"pipeline\t{version}");
        text.AppendLine("level\tprecision\trecall\tF1\tgold\tpredicted\tcorrect");
        foreach (var row in scores.Levels.Concat(scores.PerType)) text.AppendLine(Row(row));
        text.AppendLine(CultureInfo.InvariantCulture, $"date accuracy\t{scores.DateAccuracy:F4}\t({scores.DatesCorrect}/{scores.DatedMatched} type-matched events whose gold states a date; {scores.DatedGold} gold events state one)");
        text.AppendLine("reliability\tmean confidence\taccuracy\tcount");
        foreach (var bin in scores.Reliability) text.AppendLine(CultureInfo.InvariantCulture, $"[{bin.Low:F1},{bin.High:F1})\t{bin.MeanConfidence:F3}\t{bin.Accuracy:F3}\t{bin.Count}");
        return text.ToString();
    }

    private static string Row(ScoreRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.Name}\t{row.Precision:F4}\t{row.Recall:F4}\t{row.F1:F4}\t{row.Gold}\t{row.Predicted}\t{row.Correct}");

    private static string ModelCard(string[] files, List<EventRecord> records, EventTrainingResult result, EventTrainingOptions options, long size, TimeSpan time)
    {
        var card = new StringBuilder();
        card.AppendLine("# Event model (PLOVER type, mode, status, argument roles)");
        card.AppendLine();
        card.AppendLine(CultureInfo.InvariantCulture, $"Trained {DateTime.UtcNow:yyyy-MM-dd} by `extractor train events --corpus {string.Join(' ', files)} --out models/events` (paths from the repository root) in {time.TotalSeconds:F0} s.");
        card.AppendLine();
        card.AppendLine("## Data");
        card.AppendLine(CultureInfo.InvariantCulture, $"- {records.Count} sentences, {records.Sum(r => r.Events.Count)} events; {result.AlignedEvents} aligned to a trigger token, {result.UnalignedEvents} not (trigger not found).");
        card.AppendLine(CultureInfo.InvariantCulture, $"- {result.TriggerExamples} word examples (trigger type), {result.RoleExamples} argument-role examples, {result.StatusExamples} status examples (the PLOVER gold standard has no status).");
        card.AppendLine();
        card.AppendLine("## Model");
        card.AppendLine(CultureInfo.InvariantCulture, $"- ML.NET L-BFGS maximum entropy (L1 {options.L1Regularization}, L2 {options.L2Regularization}, {options.MaximumIterations} iterations); weights read out and run without ML.NET.");
        card.AppendLine(CultureInfo.InvariantCulture, $"- features kept: trigger {result.Model.Triggers.FeatureCount}, mode {result.Model.Modes.FeatureCount}, status {result.Model.Statuses.FeatureCount}, role {result.Model.Roles.FeatureCount}; file {size / 1024.0:F0} KiB.");
        card.AppendLine(CultureInfo.InvariantCulture, $"- confidence: Platt scaling A={result.Model.Calibration.A:F3}, B={result.Model.Calibration.B:F3}, fitted on {options.CalibrationFolds}-fold cross-validated trigger predictions; a word is a trigger when P(NONE) < {result.Model.NoneThreshold:F2} (chosen on the same predictions); a lexicon word is kept as a trigger while P(NONE) <= {1 - result.Model.LexiconFloor:F2}, and the role classifier overrules the argument finder at P(NONE) >= {result.Model.RoleThresholds.Overrule:F1} and adds a role at P >= {result.Model.RoleThresholds.Add:F1} (chosen by the cross-validated type F1 and type+actor+target F1 below).");
        card.AppendLine();
        card.AppendLine("## Metrics");
        card.AppendLine(CultureInfo.InvariantCulture, $"- cross-validated trigger type (word level, training data): P {result.CrossValidatedPrecision:F3}, R {result.CrossValidatedRecall:F3}, F1 {result.CrossValidatedF1:F3}.");
        card.AppendLine(CultureInfo.InvariantCulture, $"- {options.CalibrationFolds}-fold cross-validated events on the training sentences (full extractor, each fold's classifiers trained without it):");
        foreach (var row in result.CrossValidatedEvents.Levels.Concat(result.CrossValidatedEvents.PerType))
        {
            card.AppendLine(CultureInfo.InvariantCulture, $"  - {row.Name}: P {row.Precision:F3}, R {row.Recall:F3}, F1 {row.F1:F3} ({row.Gold} gold, {row.Predicted} predicted)");
        }

        card.AppendLine(CultureInfo.InvariantCulture, $"  - date accuracy {result.CrossValidatedEvents.DateAccuracy:F3} ({result.CrossValidatedEvents.DatesCorrect}/{result.CrossValidatedEvents.DatedMatched}).");
        card.AppendLine("- held-out test: `extractor eval events corpora/events/test.jsonl` (numbers in the README / helper note).");
        return card.ToString();
    }
}
