using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using SupportBot.Core.Intents;
using SupportBot.Core.Storage;
using SupportBot.Core.Support.Review;

namespace SupportBot.Cli.Commands;

/// <summary>
/// <c>supportbot review list|label|export</c>: the messages the bot could not understand, labeled by staff and appended
/// to training-data/ so the next <c>supportbot train</c> learns them.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "The data folder with the bot's SQLite file (default: the server's, data/)." };

        var limit = new Option<int>("--limit") { Description = "How many to show.", DefaultValueFactory = _ => 50 };
        var all = new Option<bool>("--all") { Description = "Show labeled messages too." };
        var json = new Option<bool>("--json") { Description = "Print the messages as JSON." };
        var list = new Command("list", "The newest messages the bot could not understand.") { data, limit, all, json };
        list.SetAction((parse, ct) => ListAsync(context, Inbox(parse.GetValue(data)), parse.GetValue(limit), parse.GetValue(all), parse.GetValue(json), ct));

        var id = new Argument<long>("id") { Description = "The message's id (from review list)." };
        var intent = new Argument<string>("intent") { Description = "The intent it should have been, from the domain's intents (or oos)." };
        var label = new Command("label", "Say which intent a message should have been.") { data, id, intent };
        label.SetAction((parse, ct) => LabelAsync(context, Inbox(parse.GetValue(data)), parse.GetValue(id), parse.GetValue(intent)!, ct));

        var trainingData = new Option<string?>("--training-data") { Description = "The training-data folder to append to (default: training-data/)." };
        var export = new Command("export", "Append the labeled messages to training-data/<lang>/<intent>.txt and take them out of the inbox.") { data, trainingData };
        export.SetAction((parse, ct) => ExportAsync(context, Inbox(parse.GetValue(data)), parse.GetValue(trainingData) ?? CliPaths.TrainingData, ct));

        return new Command("review", "Messages the bot could not understand, for retraining.") { list, label, export };
    }

    private static SqliteReviewInbox Inbox(string? dataFolder) =>
        new(new SqliteDatabase(Path.Combine(CliPaths.DataFolder(dataFolder), SqliteDatabase.DefaultFileName)));

    private static async Task<int> ListAsync(CliContext context, IReviewInbox inbox, int limit, bool includeLabeled, bool json, CancellationToken cancellationToken)
    {
        var items = await inbox.ListAsync(limit, includeLabeled, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            context.Output.WriteLine(JsonSerializer.Serialize(items, CliJsonContext.Default.IReadOnlyListReviewItem));
            return 0;
        }

        if (items.Count == 0)
        {
            context.Output.WriteLine("The review inbox is empty.");
            return 0;
        }

        var table = new Table().AddColumns("Id", "When", "Lang", "Message", "Bot's guess", "Rule", "Label");
        foreach (var item in items)
        {
            table.AddRow(
                item.Id.ToString(CultureInfo.InvariantCulture),
                item.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                item.Language,
                Markup.Escape(item.Text.Length > 80 ? item.Text[..80] + "…" : item.Text),
                Markup.Escape($"{item.GuessedIntent} {item.Probability:P0}"),
                item.Rule,
                Markup.Escape(item.Label ?? ""));
        }

        context.Console.Write(table);
        return 0;
    }

    private static async Task<int> LabelAsync(CliContext context, IReviewInbox inbox, long id, string intent, CancellationToken cancellationToken)
    {
        if (!HelpdeskIntents.All.Contains(intent))
        {
            throw new CliException($"'{intent}' is not one of the domain's intents ({string.Join(", ", HelpdeskIntents.All.Order(StringComparer.Ordinal))})");
        }

        if (!await inbox.LabelAsync(id, intent, cancellationToken).ConfigureAwait(false))
        {
            throw new CliException($"there is no message {id} in the review inbox");
        }

        context.Output.WriteLine($"Message {id} labeled {intent}.");
        return 0;
    }

    private static async Task<int> ExportAsync(CliContext context, IReviewInbox inbox, string trainingData, CancellationToken cancellationToken)
    {
        var labeled = await inbox.LabeledAsync(cancellationToken).ConfigureAwait(false);
        var added = 0;
        foreach (var group in labeled.GroupBy(i => (i.Language, Intent: i.Label!)))
        {
            var file = Path.Combine(trainingData, group.Key.Language, group.Key.Intent + ".txt");
            var existing = File.Exists(file) ? new HashSet<string>(File.ReadLines(file).Select(l => l.Trim()), StringComparer.Ordinal) : [];
            var lines = group.Select(i => OneLine(i.Text)).Where(t => t.Length > 0 && existing.Add(t)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var block = new StringBuilder();
            block.Append(CultureInfo.InvariantCulture, $"# from the review inbox, {DateTime.UtcNow:yyyy-MM-dd}\n");
            foreach (var line in lines)
            {
                block.Append(line).Append('\n');
            }

            var separator = File.Exists(file) && !File.ReadAllText(file).EndsWith('\n') ? "\n" : "";
            await File.AppendAllTextAsync(file, separator + block, cancellationToken).ConfigureAwait(false);
            added += lines.Count;
        }

        var removed = await inbox.RemoveAsync([.. labeled.Select(i => i.Id)], cancellationToken).ConfigureAwait(false);
        context.Output.WriteLine($"{added} example(s) added to {trainingData}, {removed} message(s) taken out of the inbox. Run 'supportbot train' to learn them.");
        return 0;
    }

    // A training example is one line; a leading '#' would make it a comment.
    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.TrimStart('#').Trim();
    }
}
