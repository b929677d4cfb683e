namespace Extractor.Core.Events.Rules;

/// <summary>What a trigger word or phrase signals: a PLOVER type and, where the word decides it, a mode.</summary>
internal readonly record struct TriggerEntry(PloverType Type, string? Mode);
