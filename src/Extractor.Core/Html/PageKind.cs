namespace Extractor.Core.Html;

/// <summary>What a fetched page turned out to be; only articles go on to extraction.</summary>
public enum PageKind
{
    Article,
    Blocked,
    Paywall,
    NotArticle,
}
