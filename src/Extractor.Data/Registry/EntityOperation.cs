namespace Extractor.Data.Registry;

/// <summary>The operations recorded in <c>entity_history</c>.</summary>
public static class EntityOperation
{
    public const string Create = "create";
    public const string Rename = "rename";
    public const string Merge = "merge";
    public const string Split = "split";
    public const string Undo = "undo";
}
