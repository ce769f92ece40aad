using Microsoft.Extensions.DependencyInjection;
using SupportBot.Core.Conversations;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

public sealed class DirectLineConversationsTests
{
    [Fact]
    public async Task WaitStored_ForWhatIsStoredAlready_LeavesOthersActivitiesForTheirOwnWait()
    {
        await using var factory = new ServerFactory(new EchoBot());
        var conversations = factory.Services.GetRequiredService<DirectLineConversations>();
        var first = await conversations.CreateAsync(CancellationToken.None);
        var second = await conversations.CreateAsync(CancellationToken.None);
        var (firstLog, _, firstSequence) = await conversations.AppendWithoutWaitingAsync(first.Id, Message("one"), CancellationToken.None);
        await conversations.WaitStoredAsync(firstLog, firstSequence, CancellationToken.None);
        var (secondLog, _, secondSequence) = await conversations.AppendWithoutWaitingAsync(second.Id, Message("two"), CancellationToken.None);

        // Written here, the other conversation's activity would take a transaction of its own instead of riding
        // with its turn's commit.
        await conversations.WaitStoredAsync(firstLog, firstSequence, CancellationToken.None);
        var storedByTheOtherWait = secondLog.IsStored(secondSequence);
        await conversations.WaitStoredAsync(secondLog, secondSequence, CancellationToken.None);

        Assert.False(storedByTheOtherWait);
        Assert.True(secondLog.IsStored(secondSequence));
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
