namespace Extractor.Core.Entities;

/// <summary>The one spelling of an entity type outside the code: lower case ("leader"), in ids, JSON, the store and exports.</summary>
public static class EntityTypeCodes
{
    public static string ToCode(this EntityType type) => type.ToString().ToLowerInvariant();
}
