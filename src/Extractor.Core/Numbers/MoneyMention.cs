namespace Extractor.Core.Numbers;

/// <summary>
/// An amount of money in the text. <see cref="Currency"/> is the ISO 4217 code, or null when the
/// unit names no single currency ("pesos" without a country); <see cref="Unit"/> is the text that
/// named the currency ("$", "euros", "pesos").
/// </summary>
public readonly record struct MoneyMention(int Start, int End, decimal Amount, string? Currency, string Unit)
{
    /// <summary>The amount in US dollars when it is written in US dollars; no exchange rates are guessed.</summary>
    public decimal? Usd => Currency == "USD" ? Amount : null;
}
