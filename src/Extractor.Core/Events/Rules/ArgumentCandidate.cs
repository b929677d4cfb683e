namespace Extractor.Core.Events.Rules;

/// <summary>
/// Something in a sentence that can fill an event argument: an entity mention, or a definite
/// description ("the cartel") resolved to an entity. <see cref="Locative"/> places follow a
/// preposition of place ("in Catatumbo") and fill the place slot rather than actor or target.
/// <see cref="Nominal"/> candidates name people by what they are ("armed men"), not by name.
/// </summary>
internal readonly record struct ArgumentCandidate(string EntityId, int FirstToken, int LastToken, bool Locative, bool Nominal = false);
