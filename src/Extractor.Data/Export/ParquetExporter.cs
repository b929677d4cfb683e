namespace Extractor.Data.Export;

/// <summary>Facts as a Parquet file, in row groups of <see cref="ParquetFactWriter.RowGroupSize"/> rows.</summary>
public sealed class ParquetExporter : FactExporter
{
    public ParquetExporter(IExtractorStore store)
        : base(store)
    {
    }

    public override string Format => "parquet";

    protected override IFactRowWriter CreateWriter(Stream output) => new ParquetFactWriter(output);
}
