namespace Extractor.Data.Model;

/// <summary>What a fact is about: an entity (subject = entity id) or an event (subject = event id).</summary>
public static class FactKind
{
    public const string Entity = "entity";
    public const string Event = "event";
}
