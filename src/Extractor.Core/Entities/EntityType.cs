namespace Extractor.Core.Entities;

/// <summary>The kinds of entity an analyst reviews. NER's PER splits into leaders and other persons.</summary>
public enum EntityType
{
    Leader,
    Person,
    Group,
    Place,
}
