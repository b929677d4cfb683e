namespace Extractor.Ingest.Fetching;

/// <summary>Thrown from the connect callback when every address a host resolves to is off limits.</summary>
public sealed class BlockedAddressException(string host, string addresses)
    : Exception($"Refusing to connect to {host}: it resolves only to non-public addresses ({addresses}).");
