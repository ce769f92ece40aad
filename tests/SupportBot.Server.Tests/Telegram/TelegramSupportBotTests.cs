using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Core.Conversations;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Core.Storage;
using SupportBot.Core.Support;
using SupportBot.Core.Tickets;
using SupportBot.Server.Channels.Telegram;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>The real support bot behind the Telegram channel, end to end through the telegram-test-api peer.</summary>
public sealed class TelegramSupportBotTests
{
    private const long User = 424242;

    [Fact]
    public async Task RussianConversation_ReachesTheArticle_PressesAButton_EndsWithATicket_AndTheAgentsReplyArrives()
    {
        await using var peer = await TelegramPeer.StartAsync();
        using var folder = new TempDirectory();
        var database = new SqliteDatabase(folder.File("bot.db"));
        using var conversations = new SqliteConversationStore(database);
        var tickets = new SqliteTicketStore(database, TimeProvider.System);
        using var search = new KnowledgeSearch(KnowledgeIndex.Build(KnowledgeBaseLoader.Load(Path.Combine(TempFolder.RepositoryRoot, "knowledge-base")).KnowledgeBase));
        var model = new LiveIntentModel(IntentModelFile.Load(Path.Combine(TempFolder.RepositoryRoot, "models", IntentModelFile.DefaultFileName)));
        var options = new SupportBotOptions();
        var bot = new HelpdeskBot(model, search, tickets, conversations, options);
        await using var services = TelegramTestServices.Create(
            peer.BaseUrl,
            bot,
            databasePath: database.Path,
            token: TelegramPeer.Token,
            configure: s => s.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<TelegramAdapter>(sp).UseSupportPipeline(conversations)));
        var receiver = services.Receiver;
        await receiver.StartAsync(CancellationToken.None);
        try
        {
            await peer.SendUserMessageAsync(User, "не работает впн, не подключается");
            var answer = await peer.WaitForBotMessagesAsync(User, 2);
            Assert.Contains("VPN", answer[0].Text, StringComparison.Ordinal);
            Assert.StartsWith("Шаг 1 из ", answer[1].Text, StringComparison.Ordinal);
            Assert.Equal(["Помогло", "Следующий шаг", "Позвать оператора"], answer[1].Buttons.Select(b => b.Text));

            await peer.PressButtonAsync(User, answer[1].MessageId, answer[1].Buttons[1].Data!);
            var step = await peer.WaitForBotMessagesAsync(User, 3);
            Assert.StartsWith("Шаг 2 из ", step[2].Text, StringComparison.Ordinal);

            var count = 3;
            foreach (var text in new[] { "позовите оператора", "-", "-", "-" })
            {
                await peer.SendUserMessageAsync(User, text);
                count = (await WaitForMoreAsync(peer, count)).Count;
            }

            var messages = await peer.GetBotMessagesAsync(User);
            Assert.Contains(messages, m => m.Text.StartsWith("Передаю вопрос специалисту", StringComparison.Ordinal));
            Assert.StartsWith("Заявка SB-000001 создана.", messages[^1].Text, StringComparison.Ordinal);

            // The handoff: an L1 agent's reply from the desk arrives in the user's own Telegram chat.
            var filed = await tickets.GetAsync(new TicketNumber(1), CancellationToken.None);
            var reference = System.Text.Json.JsonSerializer.Deserialize(filed!.ConversationReference!, ActivityJsonContext.Default.ConversationReference)!;
            var delivered = await new TicketConversation(tickets).DeliverAgentReplyAsync(
                services.Get<TelegramAdapter>(), reference, filed.Number, "Anna", "Здравствуйте, я Анна из поддержки. Перезагрузите ноутбук, пожалуйста.", CancellationToken.None);
            Assert.True(delivered.Succeeded);
            var afterReply = await peer.WaitForBotMessagesAsync(User, messages.Count + 1);
            Assert.Equal("Здравствуйте, я Анна из поддержки. Перезагрузите ноутбук, пожалуйста.", afterReply[^1].Text);
        }
        finally
        {
            await receiver.StopAsync(CancellationToken.None);
        }

        var ticket = await tickets.GetAsync(new TicketNumber(1), CancellationToken.None);
        Assert.NotNull(ticket);
        Assert.Equal("telegram", ticket.Summary.ChannelId);
        Assert.Equal("не работает впн, не подключается", ticket.Details.Problem);
        Assert.Contains(ticket.Transcript, e => e.Role == TicketRole.User && e.Text == "позовите оператора");
    }

    // The bot answers a message with one or more messages: wait until at least one more has come and the flow settles.
    private static async Task<IReadOnlyList<PeerBotMessage>> WaitForMoreAsync(TelegramPeer peer, int count)
    {
        await peer.WaitForBotMessagesAsync(User, count + 1);
        await Task.Delay(300);
        return await peer.GetBotMessagesAsync(User);
    }
}
