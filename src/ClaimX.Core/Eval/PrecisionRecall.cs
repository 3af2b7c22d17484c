namespace ClaimX.Core.Eval;

/// <summary>True positives against predicted and expected totals; F1 is the harmonic mean.</summary>
internal struct PrecisionRecall
{
    public int TruePositives;
    public int Predicted;
    public int Expected;

    public readonly double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public readonly double Recall => Expected == 0 ? 0 : (double)TruePositives / Expected;

    public readonly double F1 => F(Precision, Recall);

    public static double F(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
