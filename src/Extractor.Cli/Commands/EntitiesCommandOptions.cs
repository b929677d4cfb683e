using System.CommandLine;

namespace Extractor.Cli.Commands;

/// <summary>The options every <c>entities</c> subcommand shares (recursive on <c>entities</c>).</summary>
internal sealed record EntitiesCommandOptions(Option<string?> Database, Option<string> User);
