using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Core.Conversations;
using SupportBot.Core.Support;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Joins the Telegram channel to the server: the support pipeline on its adapter, and the desk's channel registry.</summary>
public static class TelegramChannelServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="TelegramServiceCollectionExtensions.AddTelegram"/> with the adapter set up like every channel's
    /// (state and transcript per turn, typing, the turn-error handler) and, when a bot token is set, registered for
    /// agents' replies.
    /// </summary>
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        // Registered before AddTelegram, whose bare adapter registration then stands aside.
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<TelegramAdapter>(sp).UseSupportPipeline(
            sp.GetRequiredService<IConversationStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddTelegram(configuration);
        if (!string.IsNullOrWhiteSpace(configuration.GetSection(TelegramOptions.SectionName)[nameof(TelegramOptions.BotToken)]))
        {
            // Without a token nothing can be delivered to Telegram, so the desk must say the channel is not running.
            services.AddChannelAdapter<TelegramAdapter>(TelegramActivityMapper.ChannelId);
        }

        return services;
    }
}
