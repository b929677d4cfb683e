using Extractor.Core.Pipeline;
using Extractor.Data;
using Extractor.Data.Migrations;
using Extractor.Ingest.Fetching;
using Extractor.Ingest.Jobs;
using Extractor.Ingest.Sources;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Extractor.Ingest.Hosting;

public static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store and Hangfire over the same database choice: PostgreSQL storage next to a
    /// PostgreSQL store, in-memory storage next to the embedded SQLite file (the article table, not
    /// the queue, is the source of truth, so losing in-memory jobs loses no article). The pipeline is
    /// the committed default, loaded on first use; a caller may register its own before or after.
    /// Politeness, robots.txt and validators live in the store, so several worker processes share them.
    /// </summary>
    public static IServiceCollection AddExtractorIngest(this IServiceCollection services, string? connectionString)
    {
        var database = Database.Create(new StoreOptions(connectionString));
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IExtractorStore>(provider => new SqlExtractorStore(database, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<JobStorage>(_ => CreateJobStorage(database));
        services.AddSingleton<IBackgroundJobClient>(provider => new BackgroundJobClient(provider.GetRequiredService<JobStorage>()));
        services.AddSingleton<IRecurringJobManager>(provider => new RecurringJobManager(provider.GetRequiredService<JobStorage>()));
        services.AddSingleton<JobActivator, ServiceProviderJobActivator>();
        services.AddSingleton(new IngestOptions());
        services.AddSingleton<IHostPoliteness, DatabaseHostPoliteness>();
        services.AddSingleton<IRobotsCache, DatabaseRobotsCache>();
        services.AddSingleton<IValidatorStore, DatabaseValidatorStore>();
        services.AddPageFetcher();
        services.AddTransient<WebSourceCrawler>();
        services.AddTransient<CrawlSourceJob>();
        services.AddTransient<ProcessArticlesJob>();
        services.AddTransient<RecoverAbandonedArticlesJob>();
        services.AddSingleton<SourceScheduler>();
        services.AddSingleton<SourceManager>();
        services.AddSingleton<Exports.ExportScheduler>().AddHostedService<Exports.ScheduledExportRegistrar>();
        services.AddSingleton<IngestRunner>();
        services.TryAddSingleton(_ => DefaultPipeline.Create());
        return services;
    }

    private static JobStorage CreateJobStorage(Database database)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, options), options);
        }

        return new InMemoryStorage();
    }
}
