namespace Extractor.Core.Events.Learning;

/// <summary>
/// What <see cref="EventScorer"/> measured: type detection and the tuple levels, per-type type detection,
/// date accuracy over matched events whose gold states a date, and the confidence reliability table.
/// </summary>
public sealed record EventScores(
    IReadOnlyList<ScoreRow> Levels,
    IReadOnlyList<ScoreRow> PerType,
    int DatedMatched,
    int DatesCorrect,
    int DatedGold,
    IReadOnlyList<ReliabilityBin> Reliability)
{
    public double DateAccuracy => DatedMatched == 0 ? 0 : (double)DatesCorrect / DatedMatched;
}
