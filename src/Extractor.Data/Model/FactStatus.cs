namespace Extractor.Data.Model;

/// <summary>Review status of a fact; approved and corrected facts are the exportable ones.</summary>
public static class FactStatus
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Corrected = "corrected";
}
