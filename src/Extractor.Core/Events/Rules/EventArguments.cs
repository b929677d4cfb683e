namespace Extractor.Core.Events.Rules;

/// <summary>The entity ids that fill one event mention's actor, target and place slots.</summary>
internal sealed record EventArguments(IReadOnlyList<string> Actors, IReadOnlyList<string> Targets, string? Place);
