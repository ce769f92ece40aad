using SupportBot.Core.Support;
using SupportBot.Core.Tickets;
using SupportBot.Server.Channels;

namespace SupportBot.Server.Desk;

/// <summary>
/// Carries out the console's actions on a ticket: take, reply (delivered into the user's own chat), waiting for the
/// user, resolve (the user is asked to rate), close, reopen. Refusals are values with a status code, never exceptions.
/// </summary>
internal sealed partial class DeskTicketActions(ITicketStore tickets, TicketConversation conversation, IChannelAdapters adapters, ILogger<DeskTicketActions> logger)
{
    /// <summary>The longest reply an agent can send.</summary>
    public const int MaxReplyLength = 4000;

    public async Task<DeskActionOutcome> RunAsync(TicketNumber number, DeskAction action, string agent, string? text, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (ticket is null)
        {
            return DeskActionOutcome.Refused(StatusCodes.Status404NotFound, $"Ticket {number} was not found.");
        }

        var me = TicketActor.Agent(agent);
        var (result, warning) = action switch
        {
            DeskAction.Take => (await TakeAsync(ticket, me, cancellationToken).ConfigureAwait(false), null),
            DeskAction.Reply => await ReplyAsync(ticket, me, text, cancellationToken).ConfigureAwait(false),
            DeskAction.Wait => (await tickets.ChangeStatusAsync(number, TicketStatus.WaitingForUser, me, null, cancellationToken).ConfigureAwait(false), null),
            DeskAction.Resolve => await ResolveAsync(ticket, me, cancellationToken).ConfigureAwait(false),
            DeskAction.Close => (await tickets.ChangeStatusAsync(number, TicketStatus.Closed, me, null, cancellationToken).ConfigureAwait(false), null),
            _ => (await tickets.ReopenAsync(number, me, null, cancellationToken).ConfigureAwait(false), null),
        };

        if (!result.Succeeded)
        {
            var status = result.Outcome switch
            {
                TicketOutcome.NotFound => StatusCodes.Status404NotFound,
                TicketOutcome.InvalidInput => StatusCodes.Status400BadRequest,
                TicketOutcome.Succeeded => StatusCodes.Status200OK,
                _ => StatusCodes.Status409Conflict,
            };
            return DeskActionOutcome.Refused(status == StatusCodes.Status200OK ? StatusCodes.Status502BadGateway : status, result.Error ?? "The action failed.");
        }

        LogAction(logger, agent, DeskActions.Code(action), number.ToString());
        var updated = await tickets.GetAsync(number, cancellationToken).ConfigureAwait(false) ?? ticket;
        return DeskActionOutcome.Done(updated, warning);
    }

    private async Task<TicketResult> TakeAsync(Ticket ticket, TicketActor me, CancellationToken cancellationToken)
    {
        if (!ticket.Summary.IsOpen)
        {
            return TicketResult.Refused(TicketOutcome.InvalidTransition, ticket.Summary, $"Ticket {ticket.Number} is {TicketStatusRules.Describe(ticket.Status)}; reopen it first.");
        }

        var assigned = await tickets.AssignAsync(ticket.Number, me.Name, me, cancellationToken).ConfigureAwait(false);
        if (!assigned.Succeeded || assigned.Ticket!.Status == TicketStatus.InProgress)
        {
            return assigned;
        }

        // Taking a ticket means working on it: the bot stops answering the conversation from here.
        return await tickets.ChangeStatusAsync(ticket.Number, TicketStatus.InProgress, me, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(TicketResult, string?)> ReplyAsync(Ticket ticket, TicketActor me, string? text, CancellationToken cancellationToken)
    {
        var reply = text?.Trim() ?? "";
        if (reply.Length == 0)
        {
            return (TicketResult.Refused(TicketOutcome.InvalidInput, ticket.Summary, "The reply is empty."), null);
        }

        if (reply.Length > MaxReplyLength)
        {
            return (TicketResult.Refused(TicketOutcome.InvalidInput, ticket.Summary, $"The reply is {reply.Length} characters long; at most {MaxReplyLength} fit in one message."), null);
        }

        if (!ticket.Summary.IsOpen)
        {
            return (TicketResult.Refused(TicketOutcome.InvalidTransition, ticket.Summary, $"Ticket {ticket.Number} is {TicketStatusRules.Describe(ticket.Status)}; reopen it to reply."), null);
        }

        if (TicketChannel.Find(ticket, adapters, out var error) is not { } channel)
        {
            return (TicketResult.Refused(TicketOutcome.InvalidTransition, ticket.Summary, error), null);
        }

        if (ticket.Status == TicketStatus.New)
        {
            var taken = await TakeAsync(ticket, me, cancellationToken).ConfigureAwait(false);
            if (!taken.Succeeded)
            {
                return (taken, null);
            }
        }

        try
        {
            return (await conversation.DeliverAgentReplyAsync(channel.Adapter, channel.Reference, ticket.Number, me.Name, reply, cancellationToken).ConfigureAwait(false), null);
        }
#pragma warning disable CA1031 // Any channel failure (gone conversation, network) is told to the agent; nothing is recorded.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogDeliveryFailed(logger, exception, ticket.Number.ToString());
            return (TicketResult.Refused(TicketOutcome.InvalidTransition, ticket.Summary, "The reply could not be delivered to the user's chat: " + exception.Message), null);
        }
    }

    private async Task<(TicketResult, string?)> ResolveAsync(Ticket ticket, TicketActor me, CancellationToken cancellationToken)
    {
        var resolved = await tickets.ChangeStatusAsync(ticket.Number, TicketStatus.Resolved, me, null, cancellationToken).ConfigureAwait(false);
        if (!resolved.Succeeded)
        {
            return (resolved, null);
        }

        if (TicketChannel.Find(ticket, adapters, out var error) is not { } channel)
        {
            return (resolved, "The ticket is resolved, but the user was not told: " + error);
        }

        try
        {
            await conversation.NotifyResolvedAsync(channel.Adapter, channel.Reference, ticket.Number, ticket.Summary.Language, cancellationToken).ConfigureAwait(false);
            return (resolved, null);
        }
#pragma warning disable CA1031 // The ticket stays resolved; the agent hears that the user was not told.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogDeliveryFailed(logger, exception, ticket.Number.ToString());
            return (resolved, "The ticket is resolved, but the user could not be told: " + exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Desk: {Agent} did {Action} on {Number}")]
    private static partial void LogAction(ILogger logger, string agent, string action, string number);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk: delivery into the chat of {Number} failed")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string number);
}
