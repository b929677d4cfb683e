namespace Extractor.Ingest.Fetching;

/// <summary>Bytes read from a stream up to a cap; <see cref="Exceeded"/> says the stream had more.</summary>
public readonly record struct CappedBody(byte[] Bytes, bool Exceeded);
