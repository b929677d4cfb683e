namespace Extractor.Core.Gazetteers;

/// <summary>A run of tokens [<see cref="StartToken"/>, <see cref="EndToken"/>) that names every entry in <see cref="Candidates"/>.</summary>
public sealed record GazetteerMatch(int StartToken, int EndToken, IReadOnlyList<GazetteerAlias> Candidates);
