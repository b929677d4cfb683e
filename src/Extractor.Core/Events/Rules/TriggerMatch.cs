namespace Extractor.Core.Events.Rules;

/// <summary>
/// A trigger found in a sentence: the token range [<see cref="First"/>, <see cref="Last"/>] and, for
/// verb–object patterns ("suspended ... talks"), the object token that the pattern absorbed.
/// </summary>
internal readonly record struct TriggerMatch(int First, int Last, TriggerEntry Entry, int ObjectToken = -1);
