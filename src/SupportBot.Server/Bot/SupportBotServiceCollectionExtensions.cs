using SupportBot.Core.Conversations;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Core.Storage;
using SupportBot.Core.Support;
using SupportBot.Core.Support.Review;
using SupportBot.Core.Tickets;
using SupportBot.Server.Hosting;
using BotOptions = SupportBot.Core.Support.SupportBotOptions;

namespace SupportBot.Server.Bot;

/// <summary>The one registration of the bot the channels talk to.</summary>
public static class SupportBotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the support bot as <see cref="IBot"/> with what it stands on: the <see cref="LiveIntentModel"/> and the
    /// live <see cref="KnowledgeSearch"/>, loaded at start from the configured paths (an invalid knowledge base or model
    /// stops the start with the reason), the conversation and ticket stores in the SQLite file, the bot's settings
    /// (section <c>SupportBot:Bot</c>, validated at start), and a watcher that rebuilds the index when articles change.
    /// </summary>
    public static IServiceCollection AddSupportBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddServerPaths(configuration);
        var botOptions = configuration.GetSection(BotOptions.Section).Get<BotOptions>() ?? new BotOptions();
        botOptions.Validate();
        services.AddSingleton(botOptions);
        services.AddSingleton(sp => new LiveIntentModel(LoadModel(sp.GetRequiredService<ServerPaths>().ModelPath)));
        services.AddSingleton(sp => LoadKnowledgeBase(sp.GetRequiredService<ServerPaths>().KnowledgeBaseFolder));
        services.AddSingleton(sp => new KnowledgeBaseStatus(
            sp.GetRequiredService<TimeProvider>().GetUtcNow(),
            sp.GetRequiredService<KnowledgeSearch>().KnowledgeBase.Articles.Count));
        services.AddSingleton(sp => new SqliteConversationStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<SqliteConversationStore>());
        services.AddSingleton<ITicketStore>(sp => new SqliteTicketStore(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IReviewInbox>(sp => new SqliteReviewInbox(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IBot>(sp => new HelpdeskBot(
            sp.GetRequiredService<LiveIntentModel>(),
            sp.GetRequiredService<KnowledgeSearch>(),
            sp.GetRequiredService<ITicketStore>(),
            sp.GetRequiredService<IConversationStore>(),
            botOptions,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<HelpdeskBot>>(),
            sp.GetRequiredService<IReviewInbox>()));
        // Resolving the watcher at start loads the model and the knowledge base, so a broken one fails the start.
        services.AddHostedService<KnowledgeBaseWatcher>();
        services.AddHostedService<ModelWatcher>();
        return services;
    }

    private static IntentModel LoadModel(string path)
    {
        if (!File.Exists(path))
        {
            throw new BotStartupException($"The intent model was not found at {path} (setting SupportBot:ModelPath).");
        }

        try
        {
            return IntentModelFile.Load(path);
        }
        catch (IntentModelFormatException exception)
        {
            throw new BotStartupException($"The intent model {path} cannot be loaded: {exception.Message}", exception);
        }
    }

    private static KnowledgeSearch LoadKnowledgeBase(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new BotStartupException($"The knowledge base folder was not found at {folder} (setting SupportBot:KnowledgeBaseFolder).");
        }

        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(folder);
        var errors = problems.Where(p => p.IsError).ToList();
        if (errors.Count > 0)
        {
            throw new BotStartupException(
                $"The knowledge base in {folder} is invalid ({errors.Count} error(s)):{Environment.NewLine}" +
                string.Join(Environment.NewLine, errors.Select(e => "  " + e)));
        }

        return new KnowledgeSearch(KnowledgeIndex.Build(knowledgeBase));
    }
}
