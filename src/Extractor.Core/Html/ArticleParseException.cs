namespace Extractor.Core.Html;

/// <summary>The input is not a page that can be parsed (binary, empty, undecodable).</summary>
public sealed class ArticleParseException : Exception
{
    public ArticleParseException(string message)
        : base(message)
    {
    }

    public ArticleParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
