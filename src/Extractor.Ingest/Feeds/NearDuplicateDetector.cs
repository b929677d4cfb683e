using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace Extractor.Ingest.Feeds;

/// <summary>
/// Finds republished or lightly edited copies of an article: a 64-bit SimHash over word shingles, where
/// texts within <see cref="MaxDistance"/> differing bits are near duplicates, plus an exact content hash.
/// </summary>
public static class NearDuplicateDetector
{
    public const int MaxDistance = 3;
    public const int ShingleSize = 3;

    public static ContentFingerprint Fingerprint(string text)
    {
        var words = Words(text);
        return new ContentFingerprint(SimHash(words), ContentHash(words));
    }

    public static bool IsNearDuplicate(ContentFingerprint a, ContentFingerprint b) =>
        a.ContentHash == b.ContentHash || HammingDistance(a.SimHash, b.SimHash) <= MaxDistance;

    public static int HammingDistance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    public static ulong SimHash(IReadOnlyList<string> words)
    {
        Span<int> votes = stackalloc int[64];
        foreach (var shingle in Shingles(words))
        {
            var hash = Hash(shingle);
            for (var bit = 0; bit < 64; bit++)
            {
                votes[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong simHash = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (votes[bit] > 0)
            {
                simHash |= 1UL << bit;
            }
        }

        return simHash;
    }

    /// <summary>Lowercased runs of letters and digits; punctuation and spacing changes do not count as edits.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static HashSet<string> Shingles(IReadOnlyList<string> words)
    {
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count < ShingleSize)
        {
            shingles.Add(string.Join(' ', words));
            return shingles;
        }

        for (var start = 0; start + ShingleSize <= words.Count; start++)
        {
            shingles.Add(string.Join(' ', words.Skip(start).Take(ShingleSize)));
        }

        return shingles;
    }

    private static string ContentHash(IReadOnlyList<string> words) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words))));

    // FNV-1a followed by a SplitMix64 finaliser: FNV alone leaves the high bits poorly mixed for short strings.
    private static ulong Hash(string shingle)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in shingle)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        return hash ^ (hash >> 31);
    }
}
