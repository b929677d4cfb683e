using Extractor.Data.Model;
using Parquet;
using Parquet.Schema;

namespace Extractor.Data.Export;

/// <summary>
/// Buffers at most one row group of facts (<see cref="DefaultRowGroupSize"/> unless told) and writes them as one Parquet row group, so
/// memory stays flat however many facts the store streams. Columns as in <see cref="ExportColumns"/>.
/// </summary>
public sealed class ParquetFactWriter : IFactRowWriter
{
    public const int DefaultRowGroupSize = 10_000;

    public static readonly DataField<long> FactId = new(ExportColumns.FactId);
    public static readonly DataField<string> Kind = new(ExportColumns.Kind, nullable: false);
    public static readonly DataField<string> SubjectId = new(ExportColumns.SubjectId, nullable: false);
    public static readonly DataField<string> Status = new(ExportColumns.Status, nullable: false);
    public static readonly DataField<string> Values = new(ExportColumns.Values, nullable: false);
    public static readonly DataField<double> Confidence = new(ExportColumns.Confidence);
    public static readonly DataField<long> ArticleId = new(ExportColumns.ArticleId);
    public static readonly DataField<string> ArticleUrl = new(ExportColumns.ArticleUrl, nullable: false);
    public static readonly DataField<int?> EvidenceStart = new(ExportColumns.EvidenceStart);
    public static readonly DataField<int?> EvidenceEnd = new(ExportColumns.EvidenceEnd);
    public static readonly DataField<string> EvidenceText = new(ExportColumns.EvidenceText, nullable: true);
    public static readonly DataField<string> PipelineVersion = new(ExportColumns.PipelineVersion, nullable: false);
    public static readonly DataField<string> Reviewer = new(ExportColumns.Reviewer, nullable: true);
    public static readonly DataField<DateTime?> DecidedAt = new(ExportColumns.DecidedAt);
    public static readonly DataField<int> Version = new(ExportColumns.Version);
    public static readonly DataField<long> ChangeSeq = new(ExportColumns.ChangeSeq);

    public static readonly ParquetSchema Schema = new(
        FactId, Kind, SubjectId, Status, Values, Confidence, ArticleId, ArticleUrl,
        EvidenceStart, EvidenceEnd, EvidenceText, PipelineVersion, Reviewer, DecidedAt, Version, ChangeSeq);

    private readonly Stream output;
    private readonly int rowGroupSize;
    private readonly List<ExportedFact> buffered;
    private ParquetWriter? writer;

    public ParquetFactWriter(Stream output, int rowGroupSize = DefaultRowGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        this.output = output;
        this.rowGroupSize = rowGroupSize;
        buffered = new List<ExportedFact>(rowGroupSize);
    }

    public async Task WriteAsync(ExportedFact fact, CancellationToken cancellationToken)
    {
        buffered.Add(fact);
        if (buffered.Count == rowGroupSize)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (buffered.Count > 0)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }

        // An export with no facts is still a valid Parquet file with the schema.
        writer ??= await ParquetWriter.CreateAsync(Schema, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        await writer.DisposeAsync().ConfigureAwait(false);
        writer = null;
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (writer is not null)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task FlushRowGroupAsync(CancellationToken cancellationToken)
    {
        writer ??= await ParquetWriter.CreateAsync(Schema, output, cancellationToken: cancellationToken).ConfigureAwait(false);
        using (var rowGroup = writer.CreateRowGroup())
        {
            await rowGroup.WriteAsync<long>(FactId, Column(fact => fact.Id), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rowGroup.WriteAsync(Kind, Strings(fact => fact.Kind)).ConfigureAwait(false);
            await rowGroup.WriteAsync(SubjectId, Strings(fact => fact.SubjectId)).ConfigureAwait(false);
            await rowGroup.WriteAsync(Status, Strings(fact => fact.Status)).ConfigureAwait(false);
            await rowGroup.WriteAsync(Values, Strings(fact => fact.ValuesJson)).ConfigureAwait(false);
            await rowGroup.WriteAsync<double>(Confidence, Column(fact => fact.Confidence), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rowGroup.WriteAsync<long>(ArticleId, Column(fact => fact.ArticleId), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rowGroup.WriteAsync(ArticleUrl, Strings(fact => fact.ArticleUrl)).ConfigureAwait(false);
            await rowGroup.WriteAsync<int>(EvidenceStart, Column(fact => fact.EvidenceStart), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rowGroup.WriteAsync<int>(EvidenceEnd, Column(fact => fact.EvidenceEnd), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rowGroup.WriteAsync(EvidenceText, Strings(fact => fact.EvidenceText)).ConfigureAwait(false);
            await rowGroup.WriteAsync(PipelineVersion, Strings(fact => fact.PipelineVersion)).ConfigureAwait(false);
            await rowGroup.WriteAsync(Reviewer, Strings(fact => fact.DecidedBy)).ConfigureAwait(false);
            await rowGroup.WriteAsync<DateTime>(DecidedAt, Column(fact => fact.DecidedAt?.UtcDateTime), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rowGroup.WriteAsync<int>(Version, Column(fact => fact.Version), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rowGroup.WriteAsync<long>(ChangeSeq, Column(fact => fact.ChangeSeq), cancellationToken: cancellationToken).ConfigureAwait(false);
            rowGroup.CompleteValidate();
        }

        buffered.Clear();
    }

    private ReadOnlyMemory<T> Column<T>(Func<ExportedFact, T> select) => buffered.Select(select).ToArray();

    private string?[] Strings(Func<ExportedFact, string?> select) => buffered.Select(select).ToArray();
}
