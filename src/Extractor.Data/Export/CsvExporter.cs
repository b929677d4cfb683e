namespace Extractor.Data.Export;

/// <summary>Facts as RFC 4180 CSV with a header row; <c>values</c> holds the fact's JSON object.</summary>
public sealed class CsvExporter : FactExporter
{
    public CsvExporter(IExtractorStore store)
        : base(store)
    {
    }

    public override string Format => "csv";

    protected override IFactRowWriter CreateWriter(Stream output) => new CsvFactWriter(output);
}
