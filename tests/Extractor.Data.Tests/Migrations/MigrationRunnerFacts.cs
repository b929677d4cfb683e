using Dapper;
using Extractor.Data.Migrations;

namespace Extractor.Data.Tests.Migrations;

public sealed class MigrationRunnerFacts
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_AppliesEveryMigrationOnce_AndIsANoOpTheSecondTime(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);
        var runner = new MigrationRunner(test.Database);

        var first = await runner.MigrateAsync();
        var second = await runner.MigrateAsync();

        Assert.Equal(MigrationRunner.Embedded.Select(migration => migration.Version), first);
        Assert.Empty(second);
        await using var connection = await test.Database.OpenAsync();
        Assert.Equal(first.Count, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM schema_migrations"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM facts"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_FromConcurrentRunners_AppliesEachMigrationExactlyOnce(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new MigrationRunner(test.Database).MigrateAsync())));

        Assert.Equal(MigrationRunner.Embedded.Count, results.Sum(applied => applied.Count));
        await using var connection = await test.Database.OpenAsync();
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM counters WHERE name = 'fact_change'"));
    }
}
