namespace Extractor.Ingest.Fetching;

/// <summary>Reads a stream only up to a byte cap, stopping at the first byte past it.</summary>
public static class BodyReader
{
    private const int ChunkSize = 81920;

    public static async Task<CappedBody> ReadCappedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        while (true)
        {
            var wanted = (int)Math.Min(ChunkSize, maxBytes - buffer.Length + 1);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new CappedBody(buffer.ToArray(), false);
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return new CappedBody(buffer.ToArray()[..(int)maxBytes], true);
            }
        }
    }

    public static CappedBody ReadCapped(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        while (true)
        {
            var wanted = (int)Math.Min(ChunkSize, maxBytes - buffer.Length + 1);
            var read = stream.Read(chunk, 0, wanted);
            if (read == 0)
            {
                return new CappedBody(buffer.ToArray(), false);
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return new CappedBody(buffer.ToArray()[..(int)maxBytes], true);
            }
        }
    }
}
