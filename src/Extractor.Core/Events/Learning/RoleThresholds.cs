namespace Extractor.Core.Events.Learning;

/// <summary>
/// The argument finder's role for a candidate stands unless the role classifier gives NONE at least
/// <see cref="Overrule"/>; the classifier gives a role the finder did not when its probability is at least <see cref="Add"/>.
/// </summary>
public sealed record RoleThresholds(double Overrule, double Add)
{
    /// <summary>The values the cross-validation chooses among.</summary>
    public static IReadOnlyList<double> Grid { get; } = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
}
