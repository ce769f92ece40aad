using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>Every minute, drops conversations idle past the configured time from memory; they stay in the store.</summary>
internal sealed class ConversationSweeper(DirectLineConversations conversations, IOptions<DirectLineOptions> options, TimeProvider timeProvider) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                conversations.EvictIdle(options.Value.IdleEviction);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
