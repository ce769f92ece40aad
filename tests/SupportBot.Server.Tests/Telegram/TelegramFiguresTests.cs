namespace SupportBot.Server.Tests.Telegram;

public sealed class TelegramFiguresTests
{
    [Fact]
    public async Task MeasureAsync_BurstFromManyChats_RespectsBothLimitsWhereMessagesArrive()
    {
        // 45 chats writing twice: 90 answers at 30/s take three seconds at least.
        var figures = await TelegramFigures.MeasureAsync(45, 2, answerEvery: 1, TelegramLimits.Telegram);

        Assert.Equal(90, figures.Updates);
        Assert.Equal(90, figures.Sent);
        Assert.InRange(figures.MaxPerSecond, 1, 30);
        Assert.True(figures.MinChatGap >= TimeSpan.FromSeconds(1), $"two messages to one chat {figures.MinChatGap.TotalMilliseconds} ms apart");
        Assert.True(figures.Elapsed >= TimeSpan.FromSeconds(2), $"90 messages in {figures.Elapsed.TotalSeconds} s");
    }
}
