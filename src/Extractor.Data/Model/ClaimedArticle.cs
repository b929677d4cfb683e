namespace Extractor.Data.Model;

/// <summary>An article leased to one worker, with its decompressed raw content.</summary>
public sealed record ClaimedArticle(long Id, string Url, byte[] Raw, int Attempts);
