namespace Extractor.Data.Export;

/// <summary>Export row kinds beyond the fact kinds: a mention row is one mention of an entity fact's entity.</summary>
public static class ExportKinds
{
    public const string Mention = "mention";
}
