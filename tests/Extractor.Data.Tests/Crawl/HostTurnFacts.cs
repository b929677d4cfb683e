namespace Extractor.Data.Tests.Crawl;

public sealed class HostTurnFacts
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TryTakeHostTurn_FromConcurrentWorkers_GivesTheHostToExactlyOne(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(worker =>
            Task.Run(() => test.Store.TryTakeHostTurnAsync("news.example:443", $"worker-{worker}", Lease))));

        Assert.Single(answers, answer => answer is null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReleaseHostTurn_KeepsTheNextWorkerOutUntilTheDelayHasPassed(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        Assert.Null(await test.Store.TryTakeHostTurnAsync("news.example:443", "first", Lease));
        var nextAllowed = DateTimeOffset.UtcNow.AddMinutes(5);

        await test.Store.ReleaseHostTurnAsync("news.example:443", "first", nextAllowed);
        var retryAt = await test.Store.TryTakeHostTurnAsync("news.example:443", "second", Lease);

        Assert.NotNull(retryAt);
        Assert.True(Math.Abs((retryAt.Value - nextAllowed).TotalMilliseconds) < 1, $"retry at {retryAt:O}, expected {nextAllowed:O}");
        Assert.Null(await test.Store.TryTakeHostTurnAsync("other.example:443", "second", Lease));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DeferHost_NeverBringsTheNextRequestForward(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var retryAfter = DateTimeOffset.UtcNow.AddMinutes(10);
        await test.Store.DeferHostAsync("news.example:443", retryAfter);

        await test.Store.DeferHostAsync("news.example:443", DateTimeOffset.UtcNow.AddSeconds(1));
        var retryAt = await test.Store.TryTakeHostTurnAsync("news.example:443", "worker", Lease);

        Assert.NotNull(retryAt);
        Assert.True(retryAt.Value >= retryAfter.AddMilliseconds(-1), $"retry at {retryAt:O}, deferred to {retryAfter:O}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TryTakeHostTurn_AfterTheHoldersLeaseExpired_HandsTheHostOn(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        Assert.Null(await test.Store.TryTakeHostTurnAsync("news.example:443", "crashed", TimeSpan.FromMilliseconds(-1)));

        Assert.Null(await test.Store.TryTakeHostTurnAsync("news.example:443", "survivor", Lease));
        Assert.NotNull(await test.Store.TryTakeHostTurnAsync("news.example:443", "third", Lease));
    }
}
