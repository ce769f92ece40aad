using SupportBot.Core.Conversations;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Server.Hosting;

namespace SupportBot.Server.Bot;

/// <summary>The one registration of the bot the channels talk to.</summary>
public static class SupportBotServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBot"/>, the <see cref="IntentModel"/> and the live <see cref="KnowledgeSearch"/>, loaded
    /// at start from the configured paths (an invalid knowledge base or model stops the start with the reason), and a
    /// watcher that rebuilds the index when articles change.
    /// </summary>
    public static IServiceCollection AddSupportBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServerPaths(configuration);
        services.AddSingleton(sp => LoadModel(sp.GetRequiredService<ServerPaths>().ModelPath));
        services.AddSingleton(sp => LoadKnowledgeBase(sp.GetRequiredService<ServerPaths>().KnowledgeBaseFolder));
        services.AddSingleton(sp => new KnowledgeBaseStatus(
            sp.GetRequiredService<TimeProvider>().GetUtcNow(),
            sp.GetRequiredService<KnowledgeSearch>().KnowledgeBase.Articles.Count));
        services.AddSingleton<IBot, KnowledgeAnswerBot>();
        // Resolving the watcher at start loads the model and the knowledge base, so a broken one fails the start.
        services.AddHostedService<KnowledgeBaseWatcher>();
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
