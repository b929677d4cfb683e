namespace Extractor.Core.Events.Learning;

/// <summary>Counts of one scored category and the precision, recall and F1 they give.</summary>
public sealed record ScoreRow(string Name, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
