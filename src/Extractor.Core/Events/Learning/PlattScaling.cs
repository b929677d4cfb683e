namespace Extractor.Core.Events.Learning;

/// <summary>
/// Maps a classifier score to a calibrated probability, σ(A·logit(p) + B), with A and B fitted by
/// Newton's method on held-out (score, correct) pairs (Platt 1999, with his smoothed targets).
/// </summary>
public sealed record PlattScaling(double A, double B)
{
    public static PlattScaling Identity { get; } = new(1, 0);

    public double Calibrate(double score) => 1 / (1 + Math.Exp(-((A * Logit(score)) + B)));

    public static PlattScaling Fit(IReadOnlyList<(double Score, bool Correct)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var positives = points.Count(p => p.Correct);
        var negatives = points.Count - positives;
        if (positives == 0 || negatives == 0) return Identity;
        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double gA = 0, gB = 0, hAA = 1e-6, hAB = 0, hBB = 1e-6;
            foreach (var (score, correct) in points)
            {
                var x = Logit(score);
                var p = 1 / (1 + Math.Exp(-((a * x) + b)));
                var error = p - (correct ? high : low);
                var w = p * (1 - p);
                gA += error * x;
                gB += error;
                hAA += w * x * x;
                hAB += w * x;
                hBB += w;
            }

            var determinant = (hAA * hBB) - (hAB * hAB);
            if (Math.Abs(determinant) < 1e-12) break;
            var stepA = ((hBB * gA) - (hAB * gB)) / determinant;
            var stepB = ((hAA * gB) - (hAB * gA)) / determinant;

            // Newton's step can overshoot from a poor start; halve it until the loss goes down.
            var loss = Loss(points, a, b, high, low);
            var scale = 1.0;
            while (scale > 1e-6 && Loss(points, a - (scale * stepA), b - (scale * stepB), high, low) > loss) scale /= 2;
            a -= scale * stepA;
            b -= scale * stepB;
            if (scale * (Math.Abs(stepA) + Math.Abs(stepB)) < 1e-9) break;
        }

        return new PlattScaling(a, b);
    }

    /// <summary>Cross-entropy of the scaled scores against the smoothed targets.</summary>
    private static double Loss(IReadOnlyList<(double Score, bool Correct)> points, double a, double b, double high, double low)
    {
        var loss = 0.0;
        foreach (var (score, correct) in points)
        {
            var z = (a * Logit(score)) + b;
            var target = correct ? high : low;

            // log(1 + e^z) - target·z, computed without overflow.
            loss += Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z))) - (target * z);
        }

        return loss;
    }

    private static double Logit(double p)
    {
        var clipped = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(clipped / (1 - clipped));
    }
}
