using Extractor.Ingest.Feeds;

namespace Extractor.Ingest.Tests.Feeds;

public sealed class NearDuplicateDetectorFacts
{
    private static readonly string Original = Article("harbour-original.txt");

    [Fact]
    public void IsNearDuplicate_FindsACopyWithOneSentenceCorrected()
    {
        var original = NearDuplicateDetector.Fingerprint(Original);
        var edited = NearDuplicateDetector.Fingerprint(Article("harbour-corrected.txt"));

        Assert.NotEqual(original.ContentHash, edited.ContentHash);
        Assert.True(NearDuplicateDetector.IsNearDuplicate(original, edited), $"distance {NearDuplicateDetector.HammingDistance(original.SimHash, edited.SimHash)}");
    }

    [Fact]
    public void IsNearDuplicate_DoesNotMatchAnUnrelatedArticle()
    {
        var original = NearDuplicateDetector.Fingerprint(Original);
        var unrelated = NearDuplicateDetector.Fingerprint(Article("council-budget.txt"));

        Assert.False(NearDuplicateDetector.IsNearDuplicate(original, unrelated), $"distance {NearDuplicateDetector.HammingDistance(original.SimHash, unrelated.SimHash)}");
    }

    [Fact]
    public void HammingDistance_IsFarSmallerForARewrittenSentenceThanForAnUnrelatedArticle()
    {
        var original = NearDuplicateDetector.Fingerprint(Original).SimHash;
        var rewritten = NearDuplicateDetector.Fingerprint(Article("harbour-rewritten.txt")).SimHash;
        var unrelated = NearDuplicateDetector.Fingerprint(Article("council-budget.txt")).SimHash;

        Assert.True(
            NearDuplicateDetector.HammingDistance(original, rewritten) * 3 < NearDuplicateDetector.HammingDistance(original, unrelated),
            $"rewritten {NearDuplicateDetector.HammingDistance(original, rewritten)}, unrelated {NearDuplicateDetector.HammingDistance(original, unrelated)}");
    }

    [Fact]
    public void Fingerprint_IgnoresCaseSpacingAndPunctuation_ForTheExactHash()
    {
        var reflowed = Original.ToUpperInvariant().Replace("\n", "\n\n", StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);

        Assert.Equal(NearDuplicateDetector.Fingerprint(Original), NearDuplicateDetector.Fingerprint(reflowed));
    }

    [Fact]
    public void HammingDistance_CountsDifferingBits()
    {
        Assert.Equal(3, NearDuplicateDetector.HammingDistance(0b1011UL, 0b0000_0010UL | (1UL << 63)));
    }

    private static string Article(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Assets", "Articles", name));
}
