namespace Extractor.Core.Ner;

/// <summary>Span-level counts for one entity type (or all of them) and the measures derived from them.</summary>
public sealed record TypeScore(string Type, int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
