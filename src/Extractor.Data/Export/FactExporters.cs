namespace Extractor.Data.Export;

/// <summary>The export formats by name: the one place the CLI, the HTTP endpoint and the scheduled job choose an exporter.</summary>
public static class FactExporters
{
    public static IReadOnlyList<string> Formats { get; } = ["jsonl", "csv", "parquet", "plover", "acled"];

    /// <summary>The exporter for <paramref name="format"/>, or null for an unknown format.</summary>
    public static FactExporter? Create(string? format, IExtractorStore store) => format switch
    {
        "jsonl" => new JsonlExporter(store),
        "csv" => new CsvExporter(store),
        "parquet" => new ParquetExporter(store),
        "plover" => new PloverExporter(store),
        "acled" => new AcledExporter(store),
        _ => null,
    };
}
