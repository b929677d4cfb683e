using Extractor.Core.Dates;

namespace Extractor.Core.Tests.Dates;

public sealed class DateResolverFacts
{
    private static readonly DateOnly Thursday = new(2026, 2, 5);

    private static DateMention Single(string text, DateOnly? published, PartialDate? anchor = null)
    {
        var found = DateResolver.Find(text, published, anchor);
        Assert.Single(found);
        return found[0];
    }

    [Theory]
    [InlineData("The strike came on February 4, 2026, at midnight.", "2026-02-04")]
    [InlineData("The strike came on 4 February 2026 at midnight.", "2026-02-04")]
    [InlineData("The report is dated 2026-02-04.", "2026-02-04")]
    [InlineData("Talks resumed in May 2025 after a pause.", "2025-05")]
    [InlineData("He won the presidency in 2022 on a peace platform.", "2022")]
    public void Find_ResolvesAbsoluteDatesAtTheirPrecision(string text, string expected)
    {
        Assert.Equal(expected, Single(text, Thursday).Date.ToString());
    }

    [Fact]
    public void Find_ReportsTheOffsetsOfTheExpression()
    {
        const string text = "Troops arrived on Feb. 4 and left.";
        var date = Single(text, Thursday);
        Assert.Equal("Feb. 4", text[date.Start..date.End]);
        Assert.Equal(PartialDate.Day(2026, 2, 4), date.Date);
    }

    [Fact]
    public void Find_GivesADayWithoutYearTheYearClosestToPublication()
    {
        var date = Single("The ceasefire began on December 28.", new DateOnly(2026, 1, 3));
        Assert.Equal(PartialDate.Day(2025, 12, 28), date.Date);
    }

    [Theory]
    [InlineData("Rebels attacked the base on Saturday.", "2026-01-31")]
    [InlineData("Rebels attacked the base on Thursday.", "2026-02-05")]
    [InlineData("Rebels attacked the base last Thursday.", "2026-01-29")]
    [InlineData("The ministers will meet next Monday.", "2026-02-09")]
    public void Find_ResolvesWeekdaysAgainstPublication(string text, string expected)
    {
        Assert.Equal(expected, Single(text, Thursday).Date.ToString());
    }

    [Theory]
    [InlineData("Police arrested him yesterday.", "2026-02-04")]
    [InlineData("Police arrest him today.", "2026-02-05")]
    [InlineData("The talks collapsed two days ago.", "2026-02-03")]
    [InlineData("The talks collapsed last May.", "2025-05")]
    [InlineData("The talks collapsed earlier this month.", "2026-02")]
    [InlineData("The talks collapsed last week.", "2026-01")]
    [InlineData("The talks collapsed last year.", "2025")]
    public void Find_ResolvesRelativeDatesAgainstPublication(string text, string expected)
    {
        Assert.Equal(expected, Single(text, Thursday).Date.ToString());
    }

    [Fact]
    public void Find_ResolvesTheDayBeforeAgainstPublicationWithoutAnAnchor()
    {
        Assert.Equal(PartialDate.Day(2026, 2, 4), Single("The day before, the two men met.", Thursday).Date);
    }

    [Fact]
    public void Find_ResolvesTheDayBeforeAgainstAnAnchorDate()
    {
        var date = Single("The day before, the two men met.", Thursday, PartialDate.Day(2026, 1, 20));
        Assert.Equal(PartialDate.Day(2026, 1, 19), date.Date);
    }

    [Fact]
    public void Find_MarksSinceAsTheStartOfARange()
    {
        var date = Single("Since January 2025, fighting has spread.", Thursday);
        Assert.Equal(DateKind.RangeStart, date.Kind);
        Assert.Equal(PartialDate.Month(2025, 1), date.Date);
    }

    [Fact]
    public void Find_MarksTheComingWeeksAsFutureWithoutADate()
    {
        var date = Single("Talks will start in the coming weeks.", Thursday);
        Assert.Equal(DateKind.Future, date.Kind);
        Assert.Null(date.Date);
    }

    [Fact]
    public void Find_ResolvesABareMonthToTheNearestOccurrence()
    {
        Assert.Equal(PartialDate.Month(2026, 5), Single("Colombia votes in May.", Thursday).Date);
    }

    [Theory]
    [InlineData("Police arrested him yesterday.")]
    [InlineData("Rebels attacked the base on Saturday.")]
    [InlineData("The day before, the two men met.")]
    [InlineData("Troops arrived on Feb. 4 and left.")]
    public void Find_LeavesRelativeDatesUnresolvedWithoutAPublicationDate(string text)
    {
        Assert.Null(Single(text, published: null).Date);
    }

    [Fact]
    public void Find_KeepsAbsoluteDatesWithoutAPublicationDate()
    {
        Assert.Equal(PartialDate.Day(2026, 2, 4), Single("On February 4, 2026, jets struck.", published: null).Date);
    }

    [Fact]
    public void Find_DoesNotTakeTheModalMayForAMonth()
    {
        Assert.Empty(DateResolver.Find("The talks may resume, officials said.", Thursday));
    }

    [Fact]
    public void Find_LeavesAnImplausiblyDistantAgoUnresolved()
    {
        Assert.Null(Single("It began 99999 years ago.", Thursday).Date);
    }
}
