namespace Extractor.Data.Migrations;

/// <summary>One numbered schema change; <see cref="Sql"/> still holds the dialect placeholders.</summary>
public sealed record Migration(int Version, string Name, string Sql);
