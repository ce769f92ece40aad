using Microsoft.Extensions.Options;
using SupportBot.Core.Support;
using SupportBot.Core.Tickets;
using SupportBot.Server.Channels;

namespace SupportBot.Server.Desk.Handoff;

/// <summary>
/// Looks at the new (untaken) tickets every <see cref="DeskOptions.NoticeCheckInterval"/> and tells a waiting user,
/// once per ticket: outside working hours, when someone will answer; in working hours, after
/// <see cref="DeskOptions.FirstResponseWait"/> (counted from when the hours began, if the ticket came in before), the
/// expected wait. The notice goes into the user's chat and the ticket's transcript. Time comes from the TimeProvider.
/// </summary>
internal sealed partial class HandoffNotifier(
    ITicketStore tickets,
    TicketConversation conversation,
    IChannelAdapters adapters,
    DeskNoticeLog notices,
    WorkingHours hours,
    IOptions<DeskOptions> options,
    TimeProvider timeProvider,
    ILogger<HandoffNotifier> logger) : BackgroundService
{
    private readonly DeskOptions _options = options.Value;

    /// <summary>One look at the queue; returns how many notices were sent.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var waiting = await tickets.ListAsync(new TicketQuery { Statuses = [TicketStatus.New], Limit = TicketQuery.MaxLimit }, cancellationToken).ConfigureAwait(false);
        var sent = 0;
        foreach (var summary in waiting.Items)
        {
            if (Due(summary, now) is { } kind && await SendAsync(summary, kind, now, cancellationToken).ConfigureAwait(false))
            {
                sent++;
            }
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.NoticeCheckInterval, timeProvider);
        do
        {
            try
            {
                await CheckAsync(stoppingToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // One failed look must not stop the notices for good; the next tick tries again.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogCheckFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private DeskNoticeKind? Due(TicketSummary ticket, DateTimeOffset now)
    {
        if (!hours.IsOpen(now))
        {
            return DeskNoticeKind.OutOfHours;
        }

        var since = hours.NextOpening(ticket.CreatedAt);
        return now - since >= _options.FirstResponseWait ? DeskNoticeKind.ExpectedWait : null;
    }

    private async Task<bool> SendAsync(TicketSummary summary, DeskNoticeKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ticket = await tickets.GetAsync(summary.Number, cancellationToken).ConfigureAwait(false);
        if (ticket is null || TicketChannel.Find(ticket, adapters, out _) is not { } channel)
        {
            return false;
        }

        if (!await notices.TryClaimAsync(summary.Id, kind, now, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var phrases = BotPhrases.For(summary.Language);
        var text = kind == DeskNoticeKind.OutOfHours
            ? phrases.OutOfHours(summary.Number.ToString(), hours.ToLocal(hours.NextOpening(now)), hours.Zone.Id)
            : phrases.ExpectedWait(summary.Number.ToString(), (int)Math.Ceiling(_options.ExpectedWait.TotalMinutes));
        try
        {
            await conversation.SendNoticeAsync(channel.Adapter, channel.Reference, text, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A gone conversation gets no second try: the notice is claimed, the agent still sees the ticket.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogNoticeFailed(logger, exception, summary.Number.ToString());
            return false;
        }

        await tickets.AppendTranscriptAsync(summary.Number, [new TranscriptEntry { At = now, Role = TicketRole.Bot, SenderName = "bot", Text = text }], cancellationToken).ConfigureAwait(false);
        LogNoticeSent(logger, kind, summary.Number.ToString());
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Desk: {Kind} notice sent for {Number}")]
    private static partial void LogNoticeSent(ILogger logger, DeskNoticeKind kind, string number);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Desk: the notice for {Number} could not be delivered")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception, string number);

    [LoggerMessage(Level = LogLevel.Error, Message = "Desk: the handoff notice check failed")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
