using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>End to end against the real telegram-test-api peer: its gaps (no offsets, no long polling, dates in ms, no sendChatAction) must not matter.</summary>
public sealed class TelegramPeerSmokeTests
{
    [Fact]
    public async Task Conversation_MessageButtonsAndPress_RoundTripThroughThePeer()
    {
        await using var peer = await TelegramPeer.StartAsync();
        var bot = new RecordingBot();
        await using var services = TelegramTestServices.Create(peer.BaseUrl, bot, new Dictionary<string, string?> { ["TypingDelay"] = "00:00:00", ["PerChatInterval"] = "00:00:01" }, token: TelegramPeer.Token);
        const long user = 31337;
        var receiver = services.Receiver;
        await receiver.StartAsync(CancellationToken.None);
        try
        {
            // A user message reaches the receiver as an Activity.
            await peer.SendUserMessageAsync(user, "кнопки");
            await bot.WaitForAsync(1);
            var typed = bot.Received[0];
            Assert.Equal("кнопки", typed.Text);
            Assert.Equal("telegram", typed.ChannelId);
            Assert.Equal("31337", typed.Conversation!.Id);
            Assert.Equal("ru", typed.Locale);
            Assert.InRange(typed.Timestamp!.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));

            // The bot's reply arrives in the peer with an inline keyboard.
            var reply = Assert.Single(await peer.WaitForBotMessagesAsync(user, 1));
            Assert.Equal("Выберите вариант:", reply.Text);
            Assert.Equal("HTML", reply.Message["parse_mode"]!.GetValue<string>());
            Assert.Equal(["Сбросить пароль", "Позвать оператора"], reply.Buttons.Select(b => b.Text));

            // Pressing a button comes back as the same Activity as typing its text.
            await peer.PressButtonAsync(user, reply.MessageId, reply.Buttons[0].Data!);
            await bot.WaitForAsync(2);
            Assert.Equal("Сбросить пароль", bot.Received[1].Text);
            Assert.Equal(typed.Conversation, bot.Received[1].Conversation);
            Assert.Equal(typed.From, bot.Received[1].From);

            // The answer to the press, then the pressed keyboard goes (a chat interval after the answer).
            var messages = await peer.WaitForBotMessagesAsync(user, 2);
            Assert.Equal("Вы написали: Сбросить пароль", messages[1].Text);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while ((await peer.GetBotMessagesAsync(user))[0].Buttons.Count > 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the pressed keyboard was not removed");
                await Task.Delay(50);
            }

            // Typed text keeps working after the press, and nothing was handled twice.
            await peer.SendUserMessageAsync(user, "/status T-000042");
            await bot.WaitForAsync(3);
            await Task.Delay(600);
            Assert.Equal(["кнопки", "Сбросить пароль", "/status T-000042"], bot.Received.Select(a => a.Text));
        }
        finally
        {
            await receiver.StopAsync(CancellationToken.None);
        }

        Assert.DoesNotContain(services.Logs.Lines, l => l.EventId.Id is 6003 or 6008);
    }
}
