namespace Extractor.Data.Model;

/// <summary>The fact changed since the reviewer loaded it; reload and decide again.</summary>
public sealed class StaleVersionException : Exception
{
    public StaleVersionException()
    {
    }

    public StaleVersionException(string message)
        : base(message)
    {
    }

    public StaleVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
