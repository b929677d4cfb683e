namespace Extractor.Data.Export;

/// <summary>Facts as a Parquet file, in row groups of <see cref="ParquetFactWriter.DefaultRowGroupSize"/> rows unless told.</summary>
public sealed class ParquetExporter : FactExporter
{
    private readonly int rowGroupSize;

    public ParquetExporter(IExtractorStore store, int rowGroupSize = ParquetFactWriter.DefaultRowGroupSize)
        : base(store)
    {
        this.rowGroupSize = rowGroupSize;
    }

    public override string Format => "parquet";

    public override string ContentType => "application/vnd.apache.parquet";

    protected override IFactRowWriter CreateWriter(Stream output) => new ParquetFactWriter(output, rowGroupSize);
}
