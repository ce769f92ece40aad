using System.Diagnostics.CodeAnalysis;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels;

/// <summary>
/// The adapters of the channels this server runs, by channel id, so the desk can deliver into a ticket's conversation
/// without knowing the channels. A channel joins with <see cref="ChannelServiceCollectionExtensions.AddChannelAdapter"/>.
/// </summary>
public interface IChannelAdapters
{
    /// <summary>The channel ids with an adapter.</summary>
    IReadOnlyCollection<string> ChannelIds { get; }

    /// <summary>The adapter of <paramref name="channelId"/>, or false when that channel is not running here.</summary>
    bool TryGet(string channelId, [NotNullWhen(true)] out BotAdapter? adapter);
}
