using System.CommandLine;
using System.Security.Cryptography;
using Extractor.Data;
using Extractor.Data.Migrations;
using Extractor.Web.Security;

namespace Extractor.Cli.Commands;

/// <summary>
/// <c>users add</c>: creates a review-app user, or resets its role and password. Without
/// <c>--password-stdin</c> a random password is generated and printed once.
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var username = new Option<string>("--username") { Description = "Login name.", Required = true };
        var role = new Option<string>("--role") { Description = "admin, reviewer, analyst or viewer.", Required = true };
        role.AcceptOnlyFromAmong([.. AppRoles.All]);
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input." };
        var add = new Command("add", "Create a user or reset its role and password.") { username, role, passwordStdin };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var configuration = parseResult.InvocationConfiguration;
            var generated = !parseResult.GetValue(passwordStdin);
            var password = generated
                ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(15))
                : (await Console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false))?.TrimEnd('\r');
            if (string.IsNullOrEmpty(password))
            {
                await configuration.Error.WriteLineAsync("users add: --password-stdin given but standard input had no password").ConfigureAwait(false);
                return ExitCodes.BadUsage;
            }

            var database = Database.Create(StoreOptions.FromEnvironment());
            await new MigrationRunner(database).MigrateAsync(cancellationToken).ConfigureAwait(false);
            var accounts = new UserAccounts(new SqlExtractorStore(database), TimeProvider.System);
            var name = parseResult.GetValue(username)!;
            var chosenRole = parseResult.GetValue(role)!;
            await accounts.SaveAsync(name, chosenRole, password, cancellationToken).ConfigureAwait(false);
            await configuration.Output.WriteLineAsync($"Saved user {name} with role {chosenRole}.").ConfigureAwait(false);
            if (generated)
            {
                await configuration.Output.WriteLineAsync($"Generated password (shown once): {password}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return new Command("users", "Manage review-app users.") { add };
    }
}
