using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels;

/// <summary>How a channel makes its adapter known to <see cref="IChannelAdapters"/>.</summary>
public static class ChannelServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TAdapter"/> (itself registered as a singleton) as the adapter of <paramref name="channelId"/>.</summary>
    public static IServiceCollection AddChannelAdapter<TAdapter>(this IServiceCollection services, string channelId)
        where TAdapter : BotAdapter
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        services.AddSingleton(new ChannelAdapterRegistration { ChannelId = channelId, Adapter = sp => sp.GetRequiredService<TAdapter>() });
        services.TryAddSingleton<IChannelAdapters, ChannelAdapters>();
        return services;
    }
}
