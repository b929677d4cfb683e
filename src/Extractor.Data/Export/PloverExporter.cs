using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>PLOVER records for events, one JSON object per line; other kinds are refused.</summary>
public sealed class PloverExporter : FactExporter
{
    public PloverExporter(IExtractorStore store)
        : base(store)
    {
    }

    public override string Format => "plover";

    public override string ContentType => "application/x-ndjson; charset=utf-8";

    public override string FileExtension => "jsonl";

    public override string? Validate(ExportQuery query) =>
        base.Validate(query) ?? (query.Kind == FactKind.Event ? null : "The plover format exports events only: use kind event.");

    protected override IFactRowWriter CreateWriter(Stream output) => new PloverFactWriter(output, new EntityNameCache(Store));
}
