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

    private static DateMention Last(string text, DateOnly? published = null) => DateResolver.Find(text, published ?? Thursday)[^1];

    [Theory]
    [InlineData("Troops left the town on Thursday, three days after rebels seized it.", "2026-02-02")]
    [InlineData("Troops left the town on Thursday, a week after rebels seized it.", "2026-01-29")]
    [InlineData("Rebels seized the town on Monday and troops retook it four days later.", "2026-02-06")]
    [InlineData("Police charged him on Tuesday over a riot two days earlier.", "2026-02-01")]
    [InlineData("The truce began on Tuesday, the day after both sides signed it.", "2026-02-02")]
    public void Find_CountsAnOffsetFromTheDayBeforeItInTheSentence(string text, string expected)
    {
        Assert.Equal(expected, Last(text).Date.ToString());
    }

    [Fact]
    public void Find_LeavesAnOffsetWithoutADayToCountFromUnresolved()
    {
        Assert.Null(Single("Two days after the vote, troops deployed.", Thursday).Date);
    }

    [Theory]
    [InlineData("Police detained the mayor on Monday and released him the next day.", "2026-02-03")]
    [InlineData("Schools shut on Tuesday after a shooting the previous Friday.", "2026-01-30")]
    public void Find_AnchorsAnaphoricDatesOnTheDayBeforeThemInTheSentence(string text, string expected)
    {
        Assert.Equal(expected, Last(text).Date.ToString());
    }

    [Theory]
    [InlineData("Teachers said they would strike on Monday unless they are paid.", "2026-02-09", DateKind.Future)]
    [InlineData("Police were deployed ahead of Saturday's march.", "2026-02-07", DateKind.Future)]
    [InlineData("The ministers will meet on Thursday in Geneva.", "2026-02-05", DateKind.Future)]
    [InlineData("Teachers said on Monday they would strike.", "2026-02-02", DateKind.Point)]
    [InlineData("The rivals will honour a truce signed on Monday.", "2026-02-02", DateKind.Point)]
    public void Find_TakesTheComingWeekdayOnlyInAClauseAboutTheFuture(string text, string expected, DateKind kind)
    {
        var date = DateResolver.Find(text, Thursday).Single(d => d.Date?.Precision == DatePrecision.Day);
        Assert.Equal((expected, kind), (date.Date.ToString(), date.Kind));
    }

    [Fact]
    public void Find_ReadsSinceTheStartOfAMonthAsARange()
    {
        var date = Single("Police have detained 40 people since the start of January.", Thursday);
        Assert.Equal((PartialDate.Month(2026, 1), DateKind.RangeStart), (date.Date!.Value, date.Kind));
    }
}
