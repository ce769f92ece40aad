using System.Diagnostics.CodeAnalysis;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels;

/// <summary>The registered channel adapters, resolved on first use so a channel's adapter is built only if something delivers.</summary>
internal sealed class ChannelAdapters : IChannelAdapters
{
    private readonly Dictionary<string, Lazy<BotAdapter>> _adapters;

    public ChannelAdapters(IEnumerable<ChannelAdapterRegistration> registrations, IServiceProvider services)
    {
        _adapters = new Dictionary<string, Lazy<BotAdapter>>(StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            if (!_adapters.TryAdd(registration.ChannelId, new Lazy<BotAdapter>(() => registration.Adapter(services))))
            {
                throw new InvalidOperationException($"Two adapters are registered for channel '{registration.ChannelId}'.");
            }
        }
    }

    public IReadOnlyCollection<string> ChannelIds => _adapters.Keys;

    public bool TryGet(string channelId, [NotNullWhen(true)] out BotAdapter? adapter)
    {
        adapter = _adapters.TryGetValue(channelId, out var lazy) ? lazy.Value : null;
        return adapter is not null;
    }
}
