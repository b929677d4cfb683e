using System.CommandLine;
using Extractor.Data.Migrations;
using Extractor.Ingest.Hosting;
using Extractor.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Extractor.Cli.Commands;

/// <summary><c>serve</c>: migrates the store and runs the review web app until stopped.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Address(es) to listen on, ';'-separated.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Run the analyst review web app.") { urls };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var address = parseResult.GetValue(urls)!;
            await using var app = WebApp.Build(["--urls", address], builder => builder.Services.AddHostedService<IngestWorker>());
            await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Review app listening on {address}; Ctrl+C stops it.").ConfigureAwait(false);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
