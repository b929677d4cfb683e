namespace Extractor.Data.Review;

/// <summary>The decision does not fit the fact's review stage (an analyst changing a reviewer's decision, a confirm of an undecided fact).</summary>
public sealed class ReviewStageException : Exception
{
    public ReviewStageException()
    {
    }

    public ReviewStageException(string message)
        : base(message)
    {
    }

    public ReviewStageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
