namespace Extractor.Core.Entities;

/// <summary>
/// A span of the article text that names an entity. <see cref="Cue"/> is the text that decided the
/// type (a title such as "President", a gazetteer entry), and <see cref="GazetteerId"/> the
/// gazetteer entry the span matched, if any. Offsets point into the body unless
/// <see cref="Field"/> says the mention is in the title.
/// </summary>
public sealed record Mention(
    int Start,
    int End,
    string Text,
    EntityType Type,
    MentionSource Source,
    double Confidence,
    string? Cue = null,
    string? GazetteerId = null,
    TextField Field = TextField.Body);
