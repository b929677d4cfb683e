using Extractor.Data.Model;

namespace Extractor.Data.Export;

/// <summary>Events as ACLED-style CSV; other kinds are refused.</summary>
public sealed class AcledExporter : FactExporter
{
    public AcledExporter(IExtractorStore store)
        : base(store)
    {
    }

    public override string Format => "acled";

    public override string ContentType => "text/csv; charset=utf-8";

    public override string FileExtension => "csv";

    public override string? Validate(ExportQuery query) =>
        base.Validate(query) ?? (query.Kind == FactKind.Event ? null : "The acled format exports events only: use kind event.");

    protected override IFactRowWriter CreateWriter(Stream output) => new AcledFactWriter(output, new EntityNameCache(Store));
}
