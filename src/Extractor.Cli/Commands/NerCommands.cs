using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Extractor.Cli.Ner;
using Extractor.Core.Ner;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>ner --conll</c> (tag pre-tokenized text), <c>train ner</c> (rebuild the committed model and its
/// card) and <c>eval ner</c> (per-type precision, recall and F1 by conlleval rules).
/// </summary>
public static class NerCommands
{
    private static readonly string DefaultModelFolder = Path.Combine(AppContext.BaseDirectory, "models", "ner");

    public static Command CreateNer()
    {
        var conll = new Option<bool>("--conll") { Description = "Read one token per line from stdin, blank line between sentences." };
        var model = ModelOption();
        var noLists = NoListsOption();
        var command = new Command("ner", "Tag pre-tokenized text with PER/ORG/LOC/MISC in BIO form.") { conll, model, noLists };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (!parseResult.GetValue(conll))
            {
                parseResult.InvocationConfiguration.Error.WriteLine("ner: only --conll input is supported.");
                return ExitCodes.BadUsage;
            }

            var tagger = new NerTagger(NerModel.LoadShared(parseResult.GetValue(model)!), useLists: !parseResult.GetValue(noLists));
            var sentences = new List<string[]>();
            var words = new List<string>();
            while (Console.In.ReadLine() is { } line)
            {
                var end = line.IndexOfAny(['\t', ' ']);
                var word = end < 0 ? line : line[..end];
                if (word.Length > 0)
                {
                    words.Add(word);
                    continue;
                }

                sentences.Add([.. words]);
                words.Clear();
            }

            var endedByBlankLine = sentences.Count;
            if (words.Count > 0) sentences.Add([.. words]);
            var tagged = tagger.TagDocument(sentences);
            for (var s = 0; s < sentences.Count; s++)
            {
                for (var t = 0; t < tagged[s].Length; t++) output.WriteLine($"{sentences[s][t]}\t{tagged[s][t].Tag}");
                if (s < endedByBlankLine) output.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateTrain()
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Labeled CoNLL files to train on.", Required = true, AllowMultipleArgumentsPerToken = true };
        var lexicon = new Option<string[]>("--lexicon-corpus") { Description = "Labeled CoNLL files the word-type lexicon is derived from.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var clusterCorpus = new Option<string[]>("--cluster-corpus") { Description = "CoNLL files whose words (labels ignored) the word clusters are learned from.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var clusters = new Option<int[]>("--clusters") { Description = "Sizes of the word clusterings (one clustering per size).", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [64, 1024] };
        var dev = new Option<string[]>("--dev") { Description = "Held-out CoNLL files scored into the model card.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var output = new Option<string>("--out") { Description = "Folder for the model and MODEL_CARD.md.", DefaultValueFactory = _ => Path.Combine("models", "ner") };
        var defaults = new NerTrainingOptions();
        var l1 = new Option<float>("--l1") { Description = "L1 regularization weight.", DefaultValueFactory = _ => defaults.L1Regularization };
        var l2 = new Option<float>("--l2") { Description = "L2 regularization weight.", DefaultValueFactory = _ => defaults.L2Regularization };
        var iterations = new Option<int>("--iterations") { Description = "Maximum L-BFGS iterations.", DefaultValueFactory = _ => defaults.MaximumIterations };
        var lists = new Option<string?>("--lists") { Description = "Folder of name lists (corpora/gazetteers) the list features read; none when absent." };
        var minCityPopulation = new Option<long>("--min-city-population") { Description = "Cities below this population stay out of the city list.", DefaultValueFactory = _ => 50_000 };
        var listDropout = new Option<double>("--list-dropout") { Description = "Share of training sentences without list features.", DefaultValueFactory = _ => defaults.ListDropout };
        var minCount = new Option<int>("--min-count") { Description = "Features seen fewer times are dropped.", DefaultValueFactory = _ => defaults.MinFeatureCount };
        var window = new Option<int>("--aggregation-window") { Description = "Sentences on each side whose first-pass tags a second stage reads (0: one pass).", DefaultValueFactory = _ => defaults.AggregationWindow };
        var folds = new Option<int>("--folds") { Description = "Jackknife blocks for the second stage's first-pass tags.", DefaultValueFactory = _ => defaults.JackknifeFolds };
        var maxTokens = new Option<int>("--max-tokens-per-corpus") { Description = "Train on at most this many tokens of each --corpus file, whole sentences from its start (0: all).", DefaultValueFactory = _ => 0 };
        var ner = new Command("ner", "Train the NER tagger and write its model card.") { corpus, lexicon, clusterCorpus, clusters, lists, minCityPopulation, listDropout, minCount, dev, output, l1, l2, iterations, window, folds, maxTokens };
        ner.SetAction(parseResult =>
        {
            var log = parseResult.InvocationConfiguration.Error;
            var options = defaults with
            {
                L1Regularization = parseResult.GetValue(l1),
                L2Regularization = parseResult.GetValue(l2),
                MaximumIterations = parseResult.GetValue(iterations),
                ListDropout = parseResult.GetValue(listDropout),
                MinFeatureCount = parseResult.GetValue(minCount),
                AggregationWindow = parseResult.GetValue(window),
                JackknifeFolds = parseResult.GetValue(folds),
            };
            var training = ReadTrainingCorpora(parseResult.GetValue(corpus)!, parseResult.GetValue(maxTokens));
            var lexiconFiles = parseResult.GetValue(lexicon)!;
            var wordTypes = NerLexicon.Build(lexiconFiles.SelectMany(ReadCorpus));
            var clusterFiles = parseResult.GetValue(clusterCorpus)!;
            if (clusterFiles.Length > 0)
            {
                var clusterText = clusterFiles.SelectMany(ReadCorpus).Select(sentence => sentence.Words).ToList();
                foreach (var size in parseResult.GetValue(clusters)!)
                {
                    var wordClusters = WordClusters.Build(clusterText, size);
                    log.WriteLine($"clustered {wordClusters.Count} words into {size}");
                    wordTypes = wordTypes.WithClusters(wordClusters, size);
                }
            }

            var listFolder = parseResult.GetValue(lists);
            var nameLists = listFolder is null ? NerPhraseLists.Empty : NerPhraseListReader.Read(listFolder, parseResult.GetValue(minCityPopulation));
            log.WriteLine($"training on {training.Count} sentences, lexicon of {wordTypes.TypesByWord.Count} words, {nameLists.PhraseCount} list phrases");
            var clock = Stopwatch.StartNew();
            var model = NerTrainer.Train(training, wordTypes, nameLists, options);
            var trainingTime = clock.Elapsed;
            var folder = parseResult.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var modelPath = Path.Combine(folder, NerModel.FileName);
            model.Save(modelPath);
            clock.Restart();
            var loaded = NerModel.Load(modelPath);
            var loadTime = clock.Elapsed;
            var taggers = nameLists.PhraseCount == 0
                ? new[] { (Tagger: new NerTagger(loaded), Label: string.Empty) }
                : [(new NerTagger(loaded), string.Empty), (new NerTagger(loaded, useLists: false), " (name lists off)")];
            if (loaded.SecondStage is not null) taggers = [.. taggers, (new NerTagger(loaded.WithoutSecondStage()), " (first pass only)")];
            var card = new NerModelCard(parseResult.GetValue(corpus)!, lexiconFiles, options, training.Sum(sentence => sentence.Words.Count), loaded.FeatureCount, new FileInfo(modelPath).Length, trainingTime, loadTime)
            {
                ListFolder = listFolder,
                MinCityPopulation = parseResult.GetValue(minCityPopulation),
                ListPhrases = nameLists.PhraseCount,
                ClusterFiles = clusterFiles,
                ClusterCounts = clusterFiles.Length == 0 ? [] : parseResult.GetValue(clusters)!,
                DevFiles = parseResult.GetValue(dev)!,
            };
            foreach (var file in parseResult.GetValue(dev)!)
            {
                var sentences = ReadCorpus(file);
                foreach (var (tagger, label) in taggers)
                {
                    clock.Restart();
                    var predicted = TagAll(tagger, sentences);
                    var tokensPerSecond = sentences.Sum(sentence => sentence.Words.Count) / clock.Elapsed.TotalSeconds;
                    card.AddEvaluation(file + label, NerScorer.Score(sentences.Select((sentence, i) => (sentence.Tags, predicted[i]))), tokensPerSecond);
                }
            }

            File.WriteAllText(Path.Combine(folder, "MODEL_CARD.md"), card.ToMarkdown());
            parseResult.InvocationConfiguration.Output.WriteLine($"wrote {modelPath} ({loaded.FeatureCount} features) in {trainingTime.TotalSeconds:F0} s");
            return ExitCodes.Success;
        });
        return new Command("train", "Train a model.") { ner };
    }

    public static Command CreateEval()
    {
        var file = new Argument<string>("file") { Description = "CoNLL file: token, tag last, blank line between sentences." };
        var model = ModelOption();
        var noLists = NoListsOption();
        var ner = new Command("ner", "Score the NER tagger on a labeled CoNLL file.") { file, model, noLists };
        ner.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var tagger = new NerTagger(NerModel.LoadShared(parseResult.GetValue(model)!), useLists: !parseResult.GetValue(noLists));
            var sentences = ReadCorpus(path);
            var scores = NerScorer.Score(sentences.Zip(TagAll(tagger, sentences), (sentence, predicted) => (sentence.Tags, predicted)));
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("type\tprecision\trecall\tF1\tgold\tpredicted\tcorrect");
            foreach (var row in scores)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Type}\t{row.Precision:F4}\t{row.Recall:F4}\t{row.F1:F4}\t{row.Gold}\t{row.Predicted}\t{row.Correct}"));
            }

            return ExitCodes.Success;
        });
        return new Command("eval", "Evaluate a model.") { ner };
    }

    /// <summary>Tags a file's sentences as one text in file order, so a two-stage model reads its neighbours.</summary>
    private static List<IReadOnlyList<string>> TagAll(NerTagger tagger, List<LabeledSentence> sentences) =>
        [.. tagger.TagDocument([.. sentences.Select(sentence => sentence.Words)]).Select(tokens => (IReadOnlyList<string>)[.. tokens.Select(token => token.Tag)])];

    private static Option<bool> NoListsOption() => new("--no-lists") { Description = "Tag without the name-list features (as the gazetteer-off pipeline does)." };

    private static Option<string> ModelOption() => new("--model")
    {
        Description = "NER model file or folder (default: models/ner next to the program).",
        DefaultValueFactory = _ => DefaultModelFolder,
    };

    /// <summary>
    /// Reads the training files; GMB person spans lose their leading titles (learned from the other
    /// files) so that they follow the CoNLL convention. A token cap keeps a large corpus from outweighing
    /// the others (and L-BFGS time in bounds): each file gives its first sentences up to the cap.
    /// </summary>
    private static List<LabeledSentence> ReadTrainingCorpora(IReadOnlyList<string> paths, int maxTokensPerCorpus)
    {
        var byFile = paths.Select(path => (Path: path, Sentences: Capped(ReadCorpus(path), maxTokensPerCorpus))).ToList();
        var trimmer = PersonTitleTrimmer.Learn(byFile.Where(file => CorpusTypeMaps.ForPath(file.Path) != CorpusTypeMaps.Gmb).SelectMany(file => file.Sentences));
        return byFile.SelectMany(file => CorpusTypeMaps.ForPath(file.Path) == CorpusTypeMaps.Gmb ? file.Sentences.Select(trimmer.Trim) : file.Sentences).ToList();
    }

    private static List<LabeledSentence> Capped(List<LabeledSentence> sentences, int maxTokens)
    {
        if (maxTokens <= 0) return sentences;
        var tokens = 0;
        return [.. sentences.TakeWhile(sentence => (tokens += sentence.Words.Count) <= maxTokens)];
    }

    private static List<LabeledSentence> ReadCorpus(string path)
    {
        using var reader = File.OpenText(path);
        return ConllReader.Read(reader, CorpusTypeMaps.ForPath(path));
    }
}
