namespace Extractor.Data.Registry;

/// <summary>A registry operation that cannot apply: unknown or merged entity, merge into itself, an undo done twice.</summary>
public sealed class EntityRegistryException : Exception
{
    public EntityRegistryException()
    {
    }

    public EntityRegistryException(string message)
        : base(message)
    {
    }

    public EntityRegistryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
