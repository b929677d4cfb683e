using Extractor.Data.Model;

namespace Extractor.Data.Tests;

public sealed class SqlExtractorStoreUserFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RecordLogin_CountsFailuresWithTheLock_AndASuccessClearsThem(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await test.Store.SaveUserAsync(new UserRecord { Username = "ana", PasswordHash = "hash-1", Role = "reviewer" });
        var lockUntil = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

        await test.Store.RecordLoginAsync("ana", succeeded: false, null);
        await test.Store.RecordLoginAsync("ana", succeeded: false, lockUntil);
        var locked = await test.Store.GetUserAsync("ana");
        await test.Store.RecordLoginAsync("ana", succeeded: true, null);
        var cleared = await test.Store.GetUserAsync("ana");

        Assert.Equal((2, lockUntil), (locked!.FailedLogins, locked.LockedUntil));
        Assert.Equal((0, (DateTimeOffset?)null), (cleared!.FailedLogins, cleared.LockedUntil));
        Assert.Equal("reviewer", cleared.Role);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveUser_WithAnExistingName_UpdatesTheSameUser(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var first = await test.Store.SaveUserAsync(new UserRecord { Username = "ana", PasswordHash = "hash-1", Role = "reviewer" });
        var second = await test.Store.SaveUserAsync(new UserRecord { Username = "ana", PasswordHash = "hash-2", Role = "admin" });

        Assert.Equal(first, second);
        var user = await test.Store.GetUserAsync("ana");
        Assert.Equal(("hash-2", "admin"), (user!.PasswordHash, user.Role));
        Assert.Null(await test.Store.GetUserAsync("ben"));
    }
}
