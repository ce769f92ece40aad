using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Spectre.Console;
using SupportBot.Core.Staff;
using SupportBot.Core.Storage;

namespace SupportBot.Cli.Commands;

/// <summary><c>supportbot staff add|list|remove</c>: the desk's accounts in the server's SQLite file.</summary>
internal static class StaffCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "The server's data folder (default: the server's setting SupportBot__DataFolder, else data/ in the repository)." };

        var name = new Argument<string>("name") { Description = "The sign-in name (letters, digits, . _ - @)." };
        var role = new Option<string>("--role") { Description = "agent or admin.", Required = true };
        role.AcceptOnlyFromAmong(StaffRoles.Agent, StaffRoles.Admin);
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of the terminal." };
        var add = new Command("add", "Add a desk account; the password is asked without echo.") { name, role, passwordStdin, data };
        add.SetAction((parse, ct) => AddAsync(context, parse.GetValue(name)!, parse.GetValue(role)!, parse.GetValue(passwordStdin), parse.GetValue(data), ct));

        var list = new Command("list", "List the desk accounts.") { data };
        list.SetAction((parse, ct) => ListAsync(context, parse.GetValue(data), ct));

        var removeName = new Argument<string>("name") { Description = "The account to remove." };
        var remove = new Command("remove", "Remove a desk account; its sign-in stops working at once.") { removeName, data };
        remove.SetAction((parse, ct) => RemoveAsync(context, parse.GetValue(removeName)!, parse.GetValue(data), ct));

        return new Command("staff", "Desk accounts (agents and admins).") { add, list, remove };
    }

    private static async Task<int> AddAsync(CliContext context, string rawName, string rawRole, bool fromStdin, string? data, CancellationToken cancellationToken)
    {
        var name = Normalize(rawName);
        if (!StaffRoles.TryParse(rawRole, out var role))
        {
            throw new CliException("--role must be agent or admin.");
        }

        var store = Open(data);
        if (await store.FindAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new CliException($"A staff account named {name} exists already.");
        }

        var password = fromStdin ? await StaffPassword.ReadLineAsync(context.Input, cancellationToken).ConfigureAwait(false) : StaffPassword.Prompt(context);
        var account = new StaffAccount
        {
            Name = name,
            Role = role,
            PasswordHash = "",
            Stamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        account = account with { PasswordHash = new PasswordHasher<StaffAccount>().HashPassword(account, password) };
        if (await store.AddAsync(account, cancellationToken).ConfigureAwait(false) == StaffAddOutcome.NameTaken)
        {
            throw new CliException($"A staff account named {name} exists already.");
        }

        await context.Output.WriteLineAsync($"Added {StaffRoles.Name(role)} {name}.").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> ListAsync(CliContext context, string? data, CancellationToken cancellationToken)
    {
        var accounts = await Open(data).ListAsync(cancellationToken).ConfigureAwait(false);
        if (accounts.Count == 0)
        {
            await context.Output.WriteLineAsync("No staff accounts. Add one with: supportbot staff add <name> --role admin").ConfigureAwait(false);
            return 0;
        }

        var now = DateTimeOffset.UtcNow;
        var table = new Table().AddColumns("Name", "Role", "Added (UTC)", "Sign-in");
        foreach (var account in accounts)
        {
            var state = account.IsLockedOut(now) ? "locked until " + account.LockedUntil!.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "ok";
            table.AddRow(Markup.Escape(account.Name), StaffRoles.Name(account.Role), account.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), state);
        }

        context.Console.Write(table);
        return 0;
    }

    private static async Task<int> RemoveAsync(CliContext context, string rawName, string? data, CancellationToken cancellationToken)
    {
        var name = Normalize(rawName);
        if (!await Open(data).RemoveAsync(name, cancellationToken).ConfigureAwait(false))
        {
            throw new CliException($"There is no staff account named {name}.");
        }

        await context.Output.WriteLineAsync($"Removed {name}.").ConfigureAwait(false);
        return 0;
    }

    private static string Normalize(string rawName) =>
        StaffNames.TryNormalize(rawName, out var name, out var error) ? name : throw new CliException(error);

    private static SqliteStaffStore Open(string? data) =>
        new(new SqliteDatabase(Path.Combine(CliPaths.DataFolder(data), SqliteDatabase.DefaultFileName)));
}
