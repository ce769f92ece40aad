using System.Text.Json;
using SupportBot.Core.Conversations;
using SupportBot.Core.Tickets;
using SupportBot.Server.Channels;

namespace SupportBot.Server.Desk;

/// <summary>A ticket's way back into its chat: the channel's adapter and the stored conversation reference.</summary>
internal sealed record TicketChannel(BotAdapter Adapter, ConversationReference Reference)
{
    /// <summary>The channel of <paramref name="ticket"/>, or null with why it cannot be reached from this server.</summary>
    public static TicketChannel? Find(Ticket ticket, IChannelAdapters adapters, out string error)
    {
        if (!adapters.TryGet(ticket.Summary.ChannelId, out var adapter))
        {
            error = $"The channel '{ticket.Summary.ChannelId}' is not running on this server, so the user cannot be reached.";
            return null;
        }

        ConversationReference? reference = null;
        try
        {
            reference = ticket.ConversationReference is { Length: > 0 } json
                ? JsonSerializer.Deserialize(json, ActivityJsonContext.Readable.ConversationReference)
                : null;
        }
        catch (JsonException)
        {
            // A damaged reference is a ticket the desk can still read, only not answer.
        }

        if (reference?.Conversation?.Id is not { Length: > 0 })
        {
            error = "The ticket has no usable conversation reference, so the user cannot be reached.";
            return null;
        }

        error = "";
        return new TicketChannel(adapter, reference);
    }
}
