using System.IO.Compression;
using System.Text;
using Extractor.Ingest.Fetching;

namespace Extractor.Ingest.Tests.Fetching;

public sealed class ContentDecoderFacts
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<html><body><p>Dock workers return after nine days.</p></body></html>");

    [Fact]
    public void Decode_ReadsZlibWrappedAndRawDeflate()
    {
        var zlib = Compress(Page, output => new ZLibStream(output, CompressionLevel.Optimal));
        var raw = Compress(Page, output => new DeflateStream(output, CompressionLevel.Optimal));

        Assert.Equal(Page, ContentDecoder.Decode(zlib, ["deflate"], 1024));
        Assert.Equal(Page, ContentDecoder.Decode(raw, ["deflate"], 1024));
    }

    [Fact]
    public void Decode_UndoesStackedEncodingsInReverseOrder()
    {
        var gzipThenBrotli = Compress(
            Compress(Page, output => new GZipStream(output, CompressionLevel.Optimal)),
            output => new BrotliStream(output, CompressionLevel.Optimal));

        Assert.Equal(Page, ContentDecoder.Decode(gzipThenBrotli, ["gzip", "br"], 1024));
    }

    [Fact]
    public void Decode_ReturnsNullWhenTheDecodedBodyPassesTheCap()
    {
        var gzip = Compress(Page, output => new GZipStream(output, CompressionLevel.Optimal));

        Assert.Null(ContentDecoder.Decode(gzip, ["gzip"], Page.Length - 1));
        Assert.Equal(Page, ContentDecoder.Decode(gzip, ["gzip"], Page.Length));
    }

    [Fact]
    public void Decode_RejectsAnUnknownEncoding() =>
        Assert.Throws<InvalidDataException>(() => ContentDecoder.Decode(Page, ["compress"], 1024));

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(content);
        }

        return output.ToArray();
    }
}
