namespace Extractor.Data.Export;

/// <summary>Facts as JSON Lines, one fact with its nested provenance per line.</summary>
public sealed class JsonlExporter : FactExporter
{
    public JsonlExporter(IExtractorStore store)
        : base(store)
    {
    }

    public override string Format => "jsonl";

    public override string ContentType => "application/x-ndjson; charset=utf-8";

    protected override IFactRowWriter CreateWriter(Stream output) => new JsonlFactWriter(output);
}
