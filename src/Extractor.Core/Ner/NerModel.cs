using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace Extractor.Core.Ner;

/// <summary>
/// The learned linear tagger: one weight per (feature name, tag) plus a bias per tag, and the
/// lexicon its features read; optionally a second stage that re-tags with <see cref="NonLocalFeatures"/>
/// of the first pass. Immutable after construction, so one instance serves all threads.
/// </summary>
public sealed class NerModel
{
    public const string FileName = "ner-model.bin.gz";

    private const string Magic = "extractor-ner";
    private const int FormatVersion = 3;
    private const int FirstFormatVersion = 2;
    private const int MaxCachedShapes = 4096;

    private readonly Dictionary<string, int> featureIndex;
    private readonly float[] weights;
    private readonly float[] biases;
    private static readonly ConcurrentDictionary<string, Lazy<NerModel>> SharedByPath = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, float[]> transitionScoresByShape = new(StringComparer.Ordinal);

    /// <summary>
    /// Each feature's row in this model and in the second stage (-1 where absent), so tagging looks a
    /// feature name up once for both passes; null for a one-pass model.
    /// </summary>
    private readonly Dictionary<string, (int First, int Second)>? rowsOfBothStages;

    public NerModel(Dictionary<string, int> featureIndex, float[] weights, float[] biases, NerLexicon lexicon, NerPhraseLists lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (biases.Length != NerTags.All.Count) throw new ArgumentException("One bias per tag is required.", nameof(biases));
        if (weights.Length != featureIndex.Count * biases.Length) throw new ArgumentException("Weights must be features × tags.", nameof(weights));
        this.featureIndex = featureIndex;
        this.weights = weights;
        this.biases = biases;
        Lexicon = lexicon;
        Lists = lists;
        Features = new NerFeatureExtractor(lexicon, lists);
    }

    private NerModel(NerModel firstStage, NerModel secondStage, int window)
        : this(firstStage.featureIndex, firstStage.weights, firstStage.biases, firstStage.Lexicon, firstStage.Lists)
    {
        SecondStage = secondStage;
        AggregationWindow = window;
        rowsOfBothStages = new Dictionary<string, (int First, int Second)>(featureIndex.Count, StringComparer.Ordinal);
        foreach (var (name, index) in featureIndex) rowsOfBothStages.Add(name, (index, secondStage.featureIndex.GetValueOrDefault(name, -1)));
        foreach (var (name, index) in secondStage.featureIndex) rowsOfBothStages.TryAdd(name, (-1, index));
    }

    public NerLexicon Lexicon { get; }

    /// <summary>The name lists the model's list features were trained on (stored in the model file).</summary>
    public NerPhraseLists Lists { get; }

    public NerFeatureExtractor Features { get; }

    /// <summary>
    /// Weights over the same features plus <see cref="NonLocalFeatures"/> of this model's first pass,
    /// which re-tag every sentence; null for a one-pass tagger.
    /// </summary>
    public NerModel? SecondStage { get; }

    /// <summary>Sentences on each side whose first-pass tags the second stage reads.</summary>
    public int AggregationWindow { get; }

    public int FeatureCount => featureIndex.Count;

    public static int TagCount => NerTags.All.Count;

    /// <summary>Adds the weights of the named features (unknown names are ignored) into <paramref name="scores"/>.</summary>
    public void AddScores(IReadOnlyList<string> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (!featureIndex.TryGetValue(feature, out var index)) continue;
            var row = weights.AsSpan(index * TagCount, TagCount);
            for (var tag = 0; tag < TagCount; tag++)
            {
                scores[tag] += row[tag];
            }
        }
    }

    /// <summary>
    /// Adds the weights of the named features into <paramref name="scores"/> and, for a two-stage model,
    /// the second stage's weights into <paramref name="secondStageScores"/>, with one look-up per name.
    /// </summary>
    public void AddScores(IReadOnlyList<string> features, Span<float> scores, Span<float> secondStageScores)
    {
        if (rowsOfBothStages is null || SecondStage is null)
        {
            AddScores(features, scores);
            return;
        }

        foreach (var feature in features)
        {
            if (!rowsOfBothStages.TryGetValue(feature, out var rows)) continue;
            if (rows.First >= 0) AddRow(weights.AsSpan(rows.First * TagCount, TagCount), scores);
            if (rows.Second >= 0) AddRow(SecondStage.weights.AsSpan(rows.Second * TagCount, TagCount), secondStageScores);
        }
    }

    private static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
    {
        for (var tag = 0; tag < TagCount; tag++) scores[tag] += row[tag];
    }

    /// <summary>This model as the first pass of a two-stage tagger whose second stage reads ±<paramref name="window"/> sentences.</summary>
    public NerModel WithSecondStage(NerModel secondStage, int window) => new(this, secondStage, window);

    /// <summary>The first pass alone, to measure what the second stage adds.</summary>
    public NerModel WithoutSecondStage() => new(featureIndex, weights, biases, Lexicon, Lists);

    public void CopyBiases(Span<float> scores) => biases.CopyTo(scores);

    /// <summary>
    /// The previous-tag feature scores for a token of the given collapsed shape: row 0 is the sentence
    /// start, row p + 1 follows tag p. Cached per shape because a text has few distinct shapes.
    /// </summary>
    public ReadOnlySpan<float> TransitionScores(string shortShape)
    {
        if (transitionScoresByShape.TryGetValue(shortShape, out var cached)) return cached;
        var scores = new float[(TagCount + 1) * TagCount];
        for (var previous = -1; previous < TagCount; previous++)
        {
            var previousTag = previous < 0 ? null : NerTags.All[previous];
            AddScores(NerFeatureExtractor.Transitions(previousTag, shortShape), scores.AsSpan((previous + 1) * TagCount, TagCount));
        }

        if (transitionScoresByShape.Count < MaxCachedShapes) transitionScoresByShape.TryAdd(shortShape, scores);
        return scores;
    }

    /// <summary>Loads a model file, or <see cref="FileName"/> inside a folder.</summary>
    public static NerModel Load(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        using var stream = File.OpenRead(file);
        return Read(stream);
    }

    /// <summary>
    /// Loads a model file (or folder) once per process: every caller naming the same file gets the
    /// same immutable instance, so building several pipelines does not read the weights again.
    /// </summary>
    public static NerModel LoadShared(string path)
    {
        var file = Path.GetFullPath(Directory.Exists(path) ? Path.Combine(path, FileName) : path);
        return SharedByPath.GetOrAdd(file, key => new Lazy<NerModel>(() => Load(key))).Value;
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Write(stream);
    }

    public void Write(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(TagCount);
        foreach (var tag in NerTags.All) writer.Write(tag);
        WriteWeights(writer);

        writer.Write(Lexicon.TypesByWord.Count);
        foreach (var (word, types) in Lexicon.TypesByWord.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(string.Join(',', types));
        }

        writer.Write(string.Join(',', Lists.Kinds));
        var phrases = Lists.Phrases().ToList();
        writer.Write(phrases.Count);
        foreach (var (phrase, kind) in phrases)
        {
            writer.Write(phrase);
            writer.Write(kind);
        }

        writer.Write(SecondStage is not null);
        if (SecondStage is null) return;
        writer.Write(AggregationWindow);
        SecondStage.WriteWeights(writer);
    }

    private void WriteWeights(BinaryWriter writer)
    {
        foreach (var bias in biases) writer.Write(bias);
        writer.Write(featureIndex.Count);
        foreach (var (name, index) in featureIndex.OrderBy(pair => pair.Value))
        {
            writer.Write(name);
            for (var tag = 0; tag < TagCount; tag++) writer.Write(weights[(index * TagCount) + tag]);
        }
    }

    public static NerModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not an Extractor NER model.");
        var version = reader.ReadInt32();
        if (version is < FirstFormatVersion or > FormatVersion) throw new InvalidDataException($"NER model format {version} is not supported.");
        var tagCount = reader.ReadInt32();
        for (var tag = 0; tag < tagCount; tag++)
        {
            if (tagCount != TagCount || reader.ReadString() != NerTags.All[tag]) throw new InvalidDataException("The model's tag set differs from this tagger's.");
        }

        var (featureIndex, weights, biases) = ReadWeights(reader);
        var wordCount = reader.ReadInt32();
        var typesByWord = new Dictionary<string, string[]>(wordCount, StringComparer.Ordinal);
        for (var i = 0; i < wordCount; i++)
        {
            typesByWord.Add(reader.ReadString(), reader.ReadString().Split(','));
        }

        var kinds = reader.ReadString().Split(',', StringSplitOptions.RemoveEmptyEntries);
        var phraseCount = reader.ReadInt32();
        var phrases = new (string Phrase, string Kind)[phraseCount];
        for (var i = 0; i < phraseCount; i++) phrases[i] = (reader.ReadString(), reader.ReadString());
        var lexicon = new NerLexicon(typesByWord);
        var lists = new NerPhraseLists(kinds, phrases);
        if (version == FirstFormatVersion || !reader.ReadBoolean()) return new NerModel(featureIndex, weights, biases, lexicon, lists);
        var window = reader.ReadInt32();
        var second = ReadWeights(reader);
        return new NerModel(featureIndex, weights, biases, lexicon, lists).WithSecondStage(new NerModel(second.FeatureIndex, second.Weights, second.Biases, lexicon, lists), window);
    }

    private static (Dictionary<string, int> FeatureIndex, float[] Weights, float[] Biases) ReadWeights(BinaryReader reader)
    {
        var biases = new float[TagCount];
        for (var tag = 0; tag < TagCount; tag++) biases[tag] = reader.ReadSingle();
        var featureCount = reader.ReadInt32();
        var featureIndex = new Dictionary<string, int>(featureCount, StringComparer.Ordinal);
        var weights = new float[featureCount * TagCount];
        for (var index = 0; index < featureCount; index++)
        {
            featureIndex.Add(reader.ReadString(), index);
            for (var tag = 0; tag < TagCount; tag++) weights[(index * TagCount) + tag] = reader.ReadSingle();
        }

        return (featureIndex, weights, biases);
    }
}
