namespace Extractor.Core.Gazetteers;

/// <summary>Which list an entry comes from; ambiguous place names are ranked by it.</summary>
public enum GazetteerKind
{
    Country,
    Region,
    Landmark,
    City,
    Leader,
    Group,
    Government,
    Demonym,
}
