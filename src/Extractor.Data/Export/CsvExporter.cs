namespace Extractor.Data.Export;

/// <summary>Facts as RFC 4180 CSV with a header row; <c>values</c> holds the fact's JSON object.</summary>
public sealed class CsvExporter : FactExporter
{
    public CsvExporter(IExtractorStore store)
        : base(store)
    {
    }

    public override string Format => "csv";

    public override string ContentType => "text/csv; charset=utf-8";

    protected override IFactRowWriter CreateWriter(Stream output) => new CsvFactWriter(output);
}
