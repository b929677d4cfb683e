using Extractor.Core.Numbers;

namespace Extractor.Core.Tests.Numbers;

public sealed class MoneyParserFacts
{
    [Theory]
    [InlineData("a budget of $68 million this year", 68_000_000, "USD")]
    [InlineData("a loan of US$ 2bn was approved", 2_000_000_000, "USD")]
    [InlineData("the EU pledged €5m in aid", 5_000_000, "EUR")]
    [InlineData("it earns 68 million dollars annually", 68_000_000, "USD")]
    [InlineData("a fine of 500 million Colombian pesos", 500_000_000, "COP")]
    public void Find_ReadsAmountAndCurrency(string text, double amount, string currency)
    {
        var money = Assert.Single(MoneyParser.Find(text));
        Assert.Equal((decimal)amount, money.Amount);
        Assert.Equal(currency, money.Currency);
    }

    [Fact]
    public void Find_LeavesPesosWithoutACountryUncoded()
    {
        var money = Assert.Single(MoneyParser.Find("a fine of 500 million pesos"));
        Assert.Equal(500_000_000m, money.Amount);
        Assert.Null(money.Currency);
        Assert.Equal("pesos", money.Unit);
    }

    [Fact]
    public void Usd_IsOnlyGivenForAmountsInUsDollars()
    {
        var amounts = MoneyParser.Find("The EU gave €5m and Washington $3 million.");
        Assert.Equal([null, 3_000_000m], amounts.Select(m => m.Usd));
    }

    [Fact]
    public void Find_ReportsTheOffsetsOfTheAmount()
    {
        const string text = "They seized $4.5 billion in assets.";
        var money = Assert.Single(MoneyParser.Find(text));
        Assert.Equal("$4.5 billion", text[money.Start..money.End]);
    }
}
