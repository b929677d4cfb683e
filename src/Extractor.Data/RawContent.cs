using System.IO.Compression;
using System.Security.Cryptography;

namespace Extractor.Data;

/// <summary>Raw pages are stored compressed; the hash is over the uncompressed bytes.</summary>
public static class RawContent
{
    public static byte[] Compress(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(raw);
        }

        return output.ToArray();
    }

    public static byte[] Decompress(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public static string Hash(byte[] raw) => Convert.ToHexStringLower(SHA256.HashData(raw));
}
