namespace Extractor.Data.Model;

/// <summary>What a reviewer did to a fact; each maps to one <see cref="FactStatus"/>.</summary>
public static class ReviewAction
{
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Correct = "correct";

    public static string ResultingStatus(string action) => action switch
    {
        Approve => FactStatus.Approved,
        Reject => FactStatus.Rejected,
        Correct => FactStatus.Corrected,
        _ => throw new ArgumentException($"Unknown review action '{action}'", nameof(action)),
    };
}
