namespace Extractor.Core.Events;

/// <summary>The counts an event reports; null where the text gives none. Money is in US dollars.</summary>
public sealed record Quantities(
    int? Killed = null,
    int? Injured = null,
    int? Displaced = null,
    int? Kidnapped = null,
    int? Arrested = null,
    decimal? Usd = null)
{
    public static readonly Quantities None = new();
}
