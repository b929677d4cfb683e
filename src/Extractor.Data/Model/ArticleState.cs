namespace Extractor.Data.Model;

/// <summary>
/// An article's place in the pipeline, stored in <c>articles.state</c>. The table is the source of
/// truth: jobs only carry ids, so a lost job leaves rows that the sweeper finds again.
/// </summary>
public static class ArticleState
{
    public const string Discovered = "discovered";
    public const string Fetched = "fetched";
    public const string Parsed = "parsed";
    public const string Extracted = "extracted";
    public const string Failed = "failed";

    /// <summary>A near or exact copy of an earlier article (<c>duplicate_of</c>); not extracted again.</summary>
    public const string Duplicate = "duplicate";
}
