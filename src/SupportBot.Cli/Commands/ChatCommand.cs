using System.CommandLine;
using SupportBot.Core.Conversations;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Core.Storage;
using SupportBot.Core.Support;
using SupportBot.Core.Support.Review;
using SupportBot.Core.Tickets;

namespace SupportBot.Cli.Commands;

/// <summary><c>supportbot chat</c>: talk to the real bot in the terminal; buttons are numbered choices, tickets go to the server's store.</summary>
internal static class ChatCommand
{
    public static Command Create(CliContext context)
    {
        var language = new Option<string>("--lang") { Description = "The chat's language: ru or en.", DefaultValueFactory = _ => "ru" };
        language.AcceptOnlyFromAmong("ru", "en");
        var model = new Option<string?>("--model") { Description = "The model file (default: models/intent-model.sbim)." };
        var knowledgeBase = new Option<string?>("--kb") { Description = "The knowledge-base folder (default: knowledge-base/)." };
        var data = new Option<string?>("--data") { Description = "The data folder with the bot's SQLite file (default: the server's, data/)." };
        var command = new Command("chat", "Chat with the bot in the terminal; /exit ends.") { language, model, knowledgeBase, data };
        command.SetAction((parse, ct) => RunAsync(
            context,
            parse.GetValue(language)!,
            parse.GetValue(model) ?? CliPaths.DefaultModel,
            parse.GetValue(knowledgeBase) ?? CliPaths.KnowledgeBase,
            CliPaths.DataFolder(parse.GetValue(data)),
            ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string language, string modelPath, string knowledgeBaseFolder, string dataFolder, CancellationToken cancellationToken)
    {
        var model = IntentModelFile.Load(modelPath);
        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(knowledgeBaseFolder);
        if (problems.FirstOrDefault(p => p.IsError) is { } problem)
        {
            throw new CliException($"the knowledge base in {knowledgeBaseFolder} is invalid: {problem}");
        }

        using var search = new KnowledgeSearch(KnowledgeIndex.Build(knowledgeBase));
        var database = new SqliteDatabase(Path.Combine(dataFolder, SqliteDatabase.DefaultFileName));
        using var conversations = new SqliteConversationStore(database);
        var options = new SupportBotOptions();
        var bot = new HelpdeskBot(
            new LiveIntentModel(model),
            search,
            new SqliteTicketStore(database, TimeProvider.System),
            conversations,
            options,
            reviewInbox: new SqliteReviewInbox(database));
        var locale = language == "en" ? "en-US" : "ru-RU";
        var adapter = new ConsoleAdapter(context.Input, context.Output, locale, "console-" + Guid.NewGuid().ToString("N")).UseSupportPipeline(conversations);
        await adapter.RunAsync(bot, cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
