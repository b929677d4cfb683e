using System.Text.RegularExpressions;

namespace Extractor.Core.Numbers;

/// <summary>
/// Finds amounts of money: a symbol or code before the number ("$68 million", "US$ 2bn", "€5m",
/// "USD 40,000") or a currency word after it ("68 million dollars", "500 million Colombian pesos").
/// A bare "$" is read as US dollars, the convention of English-language news wires.
/// </summary>
public static partial class MoneyParser
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD",
        ["US$"] = "USD",
        ["U.S.$"] = "USD",
        ["USD"] = "USD",
        ["C$"] = "CAD",
        ["A$"] = "AUD",
        ["R$"] = "BRL",
        ["€"] = "EUR",
        ["EUR"] = "EUR",
        ["£"] = "GBP",
        ["GBP"] = "GBP",
        ["¥"] = "JPY",
        ["COP"] = "COP",
        ["MXN"] = "MXN",
    };

    private static readonly Dictionary<string, string> CountryPesos = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Colombian"] = "COP",
        ["Mexican"] = "MXN",
        ["Argentine"] = "ARS",
        ["Argentinian"] = "ARS",
        ["Chilean"] = "CLP",
        ["Philippine"] = "PHP",
        ["Cuban"] = "CUP",
        ["Uruguayan"] = "UYU",
    };

    private static readonly Dictionary<string, string> CountryDollars = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD",
        ["U.S."] = "USD",
        ["American"] = "USD",
        ["Canadian"] = "CAD",
        ["Australian"] = "AUD",
        ["Hong Kong"] = "HKD",
        ["Singapore"] = "SGD",
        ["New Zealand"] = "NZD",
    };

    public static IReadOnlyList<MoneyMention> Find(string text) => Find(text, 0, text?.Length ?? 0);

    /// <summary>Every amount of money in <paramref name="text"/>[start..end), in text order.</summary>
    public static IReadOnlyList<MoneyMention> Find(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<MoneyMention>();
        for (var match = SymbolFirst().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            if (NumberParser.TryValue(match, out var amount))
            {
                var symbol = match.Groups["sym"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
                found.Add(new MoneyMention(match.Index, match.Index + match.Length, amount, Symbols.GetValueOrDefault(symbol, "USD"), symbol));
            }
        }

        for (var match = UnitAfter().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            if (found.Exists(m => m.Start < match.Index + match.Length && match.Index < m.End)) continue;
            if (NumberParser.TryValue(match, out var amount))
            {
                var unit = match.Groups["unit"].Value;
                found.Add(new MoneyMention(match.Index, match.Index + match.Length, amount, CurrencyOf(match.Groups["adj"].Value, unit), unit));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static string? CurrencyOf(string adjective, string unit)
    {
        var singular = unit.ToLowerInvariant().TrimEnd('s');
        return singular switch
        {
            "dollar" => adjective.Length == 0 ? "USD" : CountryDollars.GetValueOrDefault(adjective),
            "peso" => CountryPesos.GetValueOrDefault(adjective),
            "euro" => "EUR",
            "pound" or "pounds sterling" => "GBP",
            "yen" => "JPY",
            "yuan" => "CNY",
            "rupee" => "INR",
            "real" or "reai" => "BRL",
            _ => null,
        };
    }

    [GeneratedRegex(@"(?<sym>U\.?S\.?\s?\$|[CAR]\$|\$|€|£|¥|\b(?:USD|EUR|GBP|COP|MXN)\b)\s?" + NumberParser.NumberCore + NumberParser.Scale, RegexOptions.CultureInvariant)]
    private static partial Regex SymbolFirst();

    [GeneratedRegex(@"(?<![\w.,-])" + NumberParser.NumberCore + NumberParser.Scale + @"\s+(?:(?<adj>US|U\.S\.|American|Canadian|Australian|Hong Kong|Singapore|New Zealand|Colombian|Mexican|Argentine|Argentinian|Chilean|Philippine|Cuban|Uruguayan)\s+)?(?<unit>dollars?|euros?|pounds(?: sterling)?|pesos?|yen|yuan|rupees?|reais)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();
}
