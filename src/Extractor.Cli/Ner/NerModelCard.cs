using System.Globalization;
using System.Text;
using Extractor.Core.Ner;

namespace Extractor.Cli.Ner;

/// <summary>The facts <c>train ner</c> records about a model, rendered as models/ner/MODEL_CARD.md.</summary>
public sealed class NerModelCard
{
    private readonly IReadOnlyList<string> trainingFiles;
    private readonly IReadOnlyList<string> lexiconFiles;
    private readonly NerTrainingOptions options;
    private readonly int trainingTokens;
    private readonly int featureCount;
    private readonly long modelBytes;
    private readonly TimeSpan trainingTime;
    private readonly TimeSpan loadTime;
    private readonly List<(string File, IReadOnlyList<TypeScore> Scores, double TokensPerSecond)> evaluations = [];

    public NerModelCard(IReadOnlyList<string> trainingFiles, IReadOnlyList<string> lexiconFiles, NerTrainingOptions options, int trainingTokens, int featureCount, long modelBytes, TimeSpan trainingTime, TimeSpan loadTime)
    {
        this.trainingFiles = trainingFiles;
        this.lexiconFiles = lexiconFiles;
        this.options = options;
        this.trainingTokens = trainingTokens;
        this.featureCount = featureCount;
        this.modelBytes = modelBytes;
        this.trainingTime = trainingTime;
        this.loadTime = loadTime;
    }

    /// <summary>Folder of the name lists the list features read; null when the model has none.</summary>
    public string? ListFolder { get; init; }

    public long MinCityPopulation { get; init; }

    public int ListPhrases { get; init; }

    /// <summary>Unlabeled text the word clusters were learned from; empty when the model has none.</summary>
    public IReadOnlyList<string> ClusterFiles { get; init; } = [];

    /// <summary>The held-out files the card scores (<c>--dev</c>), so the reproduce line is whole.</summary>
    public IReadOnlyList<string> DevFiles { get; init; } = [];

    /// <summary>Number of clusters of each clustering the lexicon holds.</summary>
    public IReadOnlyList<int> ClusterCounts { get; init; } = [];

    public void AddEvaluation(string file, IReadOnlyList<TypeScore> scores, double tokensPerSecond) => evaluations.Add((file, scores, tokensPerSecond));

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine("# NER tagger model card");
        text.AppendLine();
        text.AppendLine(culture, $"Trained {DateTime.UtcNow:yyyy-MM-dd} by `extractor train ner`; file `{NerModel.FileName}` (gzip of names, weights, lexicon and name lists).");
        text.AppendLine();
        text.AppendLine("Reproduce (from the repository root):");
        text.AppendLine();
        text.AppendLine(culture, $"    extractor train ner --corpus {string.Join(' ', trainingFiles)} --lexicon-corpus {string.Join(' ', lexiconFiles)}{ClusterArguments()}{ListArguments()} --min-count {options.MinFeatureCount} --l1 {options.L1Regularization} --l2 {options.L2Regularization} --iterations {options.MaximumIterations}{AggregationArguments()} --dev {string.Join(' ', DevFiles)} --out models/ner");
        text.AppendLine();
        text.AppendLine("## Data");
        text.AppendLine(culture, $"- Training sentences ({trainingTokens:N0} tokens): {string.Join(", ", trainingFiles.Select(file => $"`{file}`"))}.");
        text.AppendLine(culture, $"- Word-type lexicon derived from: {(lexiconFiles.Count == 0 ? "none" : string.Join(", ", lexiconFiles.Select(file => $"`{file}`")))}.");
        text.AppendLine(culture, $"- Word clusters ({string.Join(", ", ClusterCounts)} clusters, words only, labels ignored) learned from: {(ClusterFiles.Count == 0 ? "none" : string.Join(", ", ClusterFiles.Select(file => $"`{file}`")))}.");
        text.AppendLine(culture, $"- Name lists: {(ListFolder is null ? "none" : $"{ListPhrases:N0} phrases from `{ListFolder}` (kinds {string.Join(", ", NerPhraseListReader.Kinds)}; cities of at least {MinCityPopulation:N0} people; sources and licences in corpora/README.md), stored in the model file")}.");
        text.AppendLine("- Licences: CoNLL-2003 (Reuters RCV1) research and evaluation use, text not redistributed; GMB texts public domain,");
        text.AppendLine("  annotations free for research; corpora/ner/*.conll written by the team (the project's own, see corpora/README.md).");
        text.AppendLine("  The model holds feature names (words, affixes, word pairs) and weights, no running text.");
        text.AppendLine("- Types mapped to PER/ORG/LOC/MISC as in ../shared/corpora/ner/tagmap.json (GMB gpe/nat/eve/art → MISC, tim dropped).");
        text.AppendLine("- Not trained on: conll2003/valid.conll and wikigold (the evaluation sets).");
        text.AppendLine();
        text.AppendLine("## Model");
        text.AppendLine("- Maximum-entropy Markov model: ML.NET `LbfgsMaximumEntropy` multiclass over 9 BIO tags, one example per token;");
        text.AppendLine("  weights read out with `MaximumEntropyModelParameters.GetWeights()/GetBiases()` and applied directly at run time,");
        text.AppendLine("  Viterbi decoding over the previous tag with BIO constraints (I-X only after B-X/I-X).");
        text.AppendLine("- Features: word, lowercase, shape and collapsed shape, prefixes/suffixes 1–4, lowercase words at ±1 and ±2,");
        text.AppendLine("  word bigrams with ±1, collapsed shapes at ±1 and their trigram, sentence-initial shape, all-caps-sentence word,");
        text.AppendLine("  place and length of the word in its run of capitalised words (joined over \"of\", \"del\" ...),");
        text.AppendLine("  lexicon types, word clusters (spherical k-means over left/right-neighbour counts) of the word and its neighbours, previous tag and previous tag × collapsed shape,");
        text.AppendLine(culture, $"  name-list tags (B-/I- of the longest match per list kind) of the word and its neighbours, left out of {options.ListDropout:P0} of the training sentences so the tagger also works with lists off.");
        if (options.AggregationWindow > 0)
        {
            text.AppendLine("- Second stage (two-stage prediction aggregation, Ratinov and Roth 2009): the same features plus, for each capitalised word, the share of");
            text.AppendLine(culture, $"  each type the first pass gave its other occurrences within ±{options.AggregationWindow} sentences and the type and place of the longest multi-word");
            text.AppendLine(culture, $"  first-pass entity there that holds it; trained on first-pass tags from {options.JackknifeFolds} jackknife blocks (each tagged by a model trained on the others).");
        }

        text.AppendLine(culture, $"- Hyper-parameters: min feature count {options.MinFeatureCount}, L1 {options.L1Regularization}, L2 {options.L2Regularization}, max iterations {options.MaximumIterations}, threads {options.Threads}.");
        text.AppendLine(culture, $"- {featureCount:N0} features with a non-zero weight; file {modelBytes / 1024.0 / 1024.0:F1} MB; training {trainingTime.TotalSeconds:F0} s; load {loadTime.TotalMilliseconds:F0} ms.");
        text.AppendLine();
        text.AppendLine("## Metrics (exact spans, conlleval rules)");
        foreach (var (file, scores, tokensPerSecond) in evaluations)
        {
            text.AppendLine();
            text.AppendLine(culture, $"`{file}` — tagging speed {tokensPerSecond:N0} tokens/s (one thread, pre-tokenized)");
            text.AppendLine();
            text.AppendLine("| type | precision | recall | F1 | gold spans |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var row in scores)
            {
                text.AppendLine(culture, $"| {row.Type} | {row.Precision:F4} | {row.Recall:F4} | {row.F1:F4} | {row.Gold} |");
            }
        }

        return text.ToString();
    }

    private string ClusterArguments() =>
        ClusterFiles.Count == 0 ? "" : $" --cluster-corpus {string.Join(' ', ClusterFiles)} --clusters {string.Join(' ', ClusterCounts)}";

    private string AggregationArguments() =>
        options.AggregationWindow <= 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" --aggregation-window {options.AggregationWindow} --folds {options.JackknifeFolds}");

    private string ListArguments() =>
        ListFolder is null ? "" : string.Create(CultureInfo.InvariantCulture, $" --lists {ListFolder} --min-city-population {MinCityPopulation} --list-dropout {options.ListDropout}");
}
