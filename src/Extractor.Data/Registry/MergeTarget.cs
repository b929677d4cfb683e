namespace Extractor.Data.Registry;

/// <summary>The live entity a merged entity id now stands for.</summary>
public sealed record MergeTarget(string Id, string Name, string Type);
