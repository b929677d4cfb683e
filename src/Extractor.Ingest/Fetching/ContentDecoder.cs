using System.IO.Compression;

namespace Extractor.Ingest.Fetching;

/// <summary>Undoes Content-Encoding (gzip, deflate, br) while capping the decoded size, so a bomb is cut off early.</summary>
public static class ContentDecoder
{
    /// <returns>The decoded bytes, or null when decoding would exceed <paramref name="maxDecodedBytes"/>.</returns>
    public static byte[]? Decode(byte[] body, IEnumerable<string> contentEncodings, long maxDecodedBytes)
    {
        var current = body;
        foreach (var encoding in contentEncodings.Reverse())
        {
            var decoded = DecodeOne(current, encoding.Trim().ToLowerInvariant(), maxDecodedBytes);
            if (decoded is null)
            {
                return null;
            }

            current = decoded;
        }

        return current.LongLength > maxDecodedBytes ? null : current;
    }

    private static byte[]? DecodeOne(byte[] body, string encoding, long maxDecodedBytes)
    {
        switch (encoding)
        {
            case "" or "identity":
                return body;
            case "gzip" or "x-gzip":
                return Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), maxDecodedBytes);
            case "br":
                return Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress), maxDecodedBytes);
            case "deflate":
                // "deflate" should be zlib-wrapped (RFC 9110) but some servers send a raw deflate stream.
                var zlibHeader = body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;
                Stream inflater = zlibHeader
                    ? new ZLibStream(new MemoryStream(body), CompressionMode.Decompress)
                    : new DeflateStream(new MemoryStream(body), CompressionMode.Decompress);
                return Inflate(inflater, maxDecodedBytes);
            default:
                throw new InvalidDataException($"Unsupported content encoding '{encoding}'.");
        }
    }

    private static byte[]? Inflate(Stream decompressor, long maxDecodedBytes)
    {
        using (decompressor)
        {
            var read = BodyReader.ReadCapped(decompressor, maxDecodedBytes);
            return read.Exceeded ? null : read.Bytes;
        }
    }
}
