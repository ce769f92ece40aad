using System.Text.Json;
using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Support;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Support;

/// <summary>The desk's side of a handoff: an agent's reply in the user's chat, resolution, rating, reopening.</summary>
public sealed class HelpdeskBotHandoffTests
{
    private static readonly TicketNumber First = new(1);

    [Fact]
    public async Task AgentReply_ArrivesInTheUsersChatFromTheAgent_AndIsRecordedOnTheTicket()
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter();
        await OpenTicketAsync(harness, adapter);

        var result = await new TicketConversation(harness.Tickets).DeliverAgentReplyAsync(adapter, await ReferenceAsync(harness), First, "Anna", "Здравствуйте! Перезагрузите, пожалуйста, роутер.", CancellationToken.None);

        Assert.True(result.Succeeded);
        var reply = Assert.Single(adapter.Sent, a => a.Text == "Здравствуйте! Перезагрузите, пожалуйста, роутер.");
        Assert.Equal("agent", reply.From!.Role);
        Assert.Equal("Anna", reply.From.Name);
        var ticket = await harness.Tickets.GetAsync(First, CancellationToken.None);
        Assert.Contains(ticket!.Transcript, e => e.Role == TicketRole.Agent && e.SenderName == "Anna");
        var transcript = await harness.Store.GetTranscriptAsync(TestAdapter.ChannelId, "conversation1", 0, 200, CancellationToken.None);
        Assert.Contains(transcript, e => e.Role == TranscriptRole.Agent && e.Activity.Text == reply.Text);
    }

    [Fact]
    public async Task WhileAnAgentWorksOnTheTicket_TheBotStaysSilentAndTheMessageGoesToTheTicket()
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter();
        await OpenTicketAsync(harness, adapter);
        await harness.Tickets.ChangeStatusAsync(First, TicketStatus.InProgress, TicketActor.Agent("anna"), null, CancellationToken.None);

        await new TestFlow(adapter, harness.Bot)
            .Send("роутер перезагрузил, не помогло")
            .AssertNoReply()
            .StartTestAsync();
        var ticket = await harness.Tickets.GetAsync(First, CancellationToken.None);
        Assert.Contains(ticket!.Transcript, e => e.Role == TicketRole.User && e.Text == "роутер перезагрузил, не помогло");
    }

    [Fact]
    public async Task Resolved_UserRates_RatingIsStored()
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter();
        await OpenTicketAsync(harness, adapter);
        await harness.Tickets.ChangeStatusAsync(First, TicketStatus.Resolved, TicketActor.Agent("anna"), null, CancellationToken.None);

        await new TicketConversation(harness.Tickets).NotifyResolvedAsync(adapter, await ReferenceAsync(harness), First, "ru", CancellationToken.None);
        Drain(adapter);
        var notice = adapter.Sent[^1];
        Assert.Equal("Заявка SB-000001 решена. Оцените, пожалуйста, помощь от 1 до 5.", notice.Text);
        Assert.Equal(["1", "2", "3", "4", "5"], notice.SuggestedActions!.Actions.Select(a => a.Title));

        await new TestFlow(adapter, harness.Bot)
            .Send("4")
            .AssertReply("Спасибо за оценку! Если понадобится что-то ещё — пишите.")
            .StartTestAsync();
        var ticket = await harness.Tickets.GetAsync(First, CancellationToken.None);
        Assert.Equal(4, ticket!.Summary.Rating!.Score);
    }

    [Fact]
    public async Task Resolved_UserWritesAgain_ReopensTheTicket()
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter();
        await OpenTicketAsync(harness, adapter);
        await ResolveAndAskForARatingAsync(harness, adapter);

        await new TestFlow(adapter, harness.Bot)
            .Send("опять не печатает")
            .AssertReply("Открыл заявку SB-000001 снова, специалист увидит ваше сообщение.")
            .Send("и ещё сканер не работает")
            .AssertReply("Добавил ваше сообщение к заявке SB-000001, специалист его увидит. Чтобы вернуться к боту, напишите /bot.")
            .StartTestAsync();
        var ticket = await harness.Tickets.GetAsync(First, CancellationToken.None);
        Assert.True(ticket!.Summary.IsOpen);
    }

    [Fact]
    public async Task Resolved_UserSaysThanks_DoesNotReopen()
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter();
        await OpenTicketAsync(harness, adapter);
        await ResolveAndAskForARatingAsync(harness, adapter);

        await new TestFlow(adapter, harness.Bot)
            .Send("спасибо!")
            .AssertReply("Пожалуйста! Обращайтесь, если что-то ещё понадобится.")
            .StartTestAsync();
        Assert.Equal(TicketStatus.Resolved, (await harness.Tickets.GetAsync(First, CancellationToken.None))!.Status);
    }

    private static async Task OpenTicketAsync(HelpdeskHarness harness, TestAdapter adapter)
    {
        foreach (var text in new[] { "/operator", "не печатает принтер", "-", "-", "-", "-" })
        {
            await adapter.SendTextToBotAsync(text, harness.Bot, CancellationToken.None);
        }

        Drain(adapter);
        Assert.NotNull(await harness.Tickets.FindOpenForConversationAsync(TestAdapter.ChannelId, "conversation1", CancellationToken.None));
    }

    private static async Task ResolveAndAskForARatingAsync(HelpdeskHarness harness, TestAdapter adapter)
    {
        await harness.Tickets.ChangeStatusAsync(First, TicketStatus.Resolved, TicketActor.Agent("anna"), null, CancellationToken.None);
        await new TicketConversation(harness.Tickets).NotifyResolvedAsync(adapter, await ReferenceAsync(harness), First, "ru", CancellationToken.None);
        Drain(adapter);
    }

    private static void Drain(TestAdapter adapter)
    {
        while (adapter.TryTakeReply(out _))
        {
        }
    }

    private static async Task<ConversationReference> ReferenceAsync(HelpdeskHarness harness)
    {
        var ticket = await harness.Tickets.GetAsync(First, CancellationToken.None);
        return JsonSerializer.Deserialize(ticket!.ConversationReference!, ActivityJsonContext.Default.ConversationReference)!;
    }
}
