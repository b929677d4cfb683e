namespace Extractor.Core.Events;

/// <summary>Whether the text reports the event as having happened, planned, denied, claimed or supposed.</summary>
public enum EventStatus
{
    Occurred,
    Planned,
    Negated,
    Claimed,
    Hypothetical,
}
