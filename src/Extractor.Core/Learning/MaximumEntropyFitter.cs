using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extractor.Core.Learning;

/// <summary>
/// The one place the statistical models meet ML.NET: an L-BFGS maximum-entropy fit over sparse binary
/// features, seeded so a retrain on the same data gives the same weights. Callers copy the weights out and
/// run them without ML.NET.
/// </summary>
internal static class MaximumEntropyFitter
{
    public static MaximumEntropyModelParameters Fit(
        IEnumerable<SparseExample> examples, int featureCount, int classCount, float l1, float l2, int maximumIterations, int threads)
    {
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(SparseExample));
        schema[nameof(SparseExample.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        schema[nameof(SparseExample.Label)].ColumnType = new KeyDataViewType(typeof(uint), classCount);
        var data = ml.Data.LoadFromEnumerable(examples, schema);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(SparseExample.Label),
            FeatureColumnName = nameof(SparseExample.Features),
            L1Regularization = l1,
            L2Regularization = l2,
            MaximumNumberOfIterations = maximumIterations,
            NumberOfThreads = threads,
            ShowTrainingStatistics = false,
        });
        return trainer.Fit(data).Model;
    }
}
