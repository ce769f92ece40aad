using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels;

/// <summary>One channel's entry in <see cref="IChannelAdapters"/>: its id and how to get its (singleton) adapter.</summary>
public sealed record ChannelAdapterRegistration
{
    /// <summary>The channel id its activities carry, e.g. <c>webchat</c>.</summary>
    public required string ChannelId { get; init; }

    /// <summary>Resolves the adapter.</summary>
    public required Func<IServiceProvider, BotAdapter> Adapter { get; init; }
}
