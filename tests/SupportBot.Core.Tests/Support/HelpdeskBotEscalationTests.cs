using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Support;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Support;

/// <summary>Scripted escalations to L1: collecting only the missing details, skipping, cancelling, the ticket itself.</summary>
public sealed class HelpdeskBotEscalationTests
{
    private static readonly TicketNumber First = new(1);

    [Fact]
    public async Task AskForAPerson_Russian_CollectsMissingDetailsAndGivesTheTicketNumber()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("позовите оператора")
            .AssertReplyContains("Передаю вопрос специалисту")
            .AssertReply("Опишите проблему своими словами.")
            .AssertSuggestedActions("Пропустить", "Отмена")
            .Send("принтер на 3 этаже не печатает, пишет ошибка 0x00000709")
            .AssertReply("Что вы уже пробовали сделать?")
            .Send("перезагружал компьютер")
            .AssertReply("Какая у вас система и версия программы (например, Windows 11, Outlook 2021)?")
            .Send("Windows 11")
            .AssertReply("Как с вами связаться, если понадобится (телефон или почта)?")
            .Send("+7 900 123-45-67")
            .AssertReply(a => Assert.StartsWith("Заявка SB-000001 создана.", a.Text, StringComparison.Ordinal), "the ticket number")
            .StartTestAsync();

        var ticket = await harness.Tickets.GetAsync(First, CancellationToken.None);
        Assert.NotNull(ticket);
        Assert.Equal(TicketStatus.New, ticket.Status);
        Assert.Equal("ru", ticket.Summary.Language);
        Assert.Equal("human_requested", ticket.Summary.EscalationReason);
        Assert.Equal("принтер на 3 этаже не печатает, пишет ошибка 0x00000709", ticket.Details.Problem);
        Assert.Equal("0x00000709", ticket.Details.ErrorText);
        Assert.Equal("перезагружал компьютер", ticket.Details.AlreadyTried);
        Assert.Equal("Windows 11", ticket.Details.SoftwareVersion);
        Assert.Equal("+7 900 123-45-67", ticket.Details.Contact);
        Assert.Contains(ticket.Transcript, e => e.Role == TicketRole.User && e.Text == "позовите оператора");
        Assert.Contains(ticket.Transcript, e => e.Role == TicketRole.Bot && e.Text == "Что вы уже пробовали сделать?");
        Assert.Contains(ticket.Transcript, e => e.Role == TicketRole.User && e.Text == "+7 900 123-45-67");
        Assert.Equal("printer", ticket.Intents[0].Intent);
    }

    [Fact]
    public async Task TwoAnswersThatDidNotHelp_EscalateWithTheStepsTriedAndTheBotsGuesses()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow(locale: "en-US")
            .Send("vpn won't connect from home, Windows 10")
            .AssertReply(a => Assert.NotNull(a.Text), "the VPN article")
            .AssertReply(a => Assert.StartsWith("Step 1 of ", a.Text, StringComparison.Ordinal), "step 1")
            .Send("Next step")
            .AssertReply(a => Assert.StartsWith("Step 2 of ", a.Text, StringComparison.Ordinal), "step 2")
            .Send("Talk to a person")
            .AssertReplyContains("I'm passing this to a specialist")
            .AssertReply("What is the exact error message? Copy it if you can.")
            .Send("skip")
            .AssertReply("How can we reach you if needed (phone or email)?")
            .Send("anna@example.com")
            .AssertReply(a => Assert.StartsWith("Ticket SB-000001 is open.", a.Text, StringComparison.Ordinal), "the ticket number")
            .StartTestAsync();

        var ticket = await harness.Tickets.GetAsync(First, CancellationToken.None);
        Assert.NotNull(ticket);
        Assert.Equal("en", ticket.Summary.Language);
        Assert.Equal("asked_during_answer", ticket.Summary.EscalationReason);
        Assert.Equal("vpn won't connect from home, Windows 10", ticket.Details.Problem);
        Assert.Equal("Windows 10", ticket.Details.SoftwareVersion);
        Assert.Null(ticket.Details.ErrorText);
        Assert.StartsWith("Steps from the bot's guides:", ticket.Details.AlreadyTried, StringComparison.Ordinal);
        Assert.Equal(2, ticket.Details.AlreadyTried!.Split('•').Length - 1);
        Assert.Equal("vpn", ticket.Intents[0].Intent);
        Assert.NotEmpty(ticket.Articles);
    }

    [Fact]
    public async Task DidNotHelpTwice_EscalatesByItself()
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter();
        var replies = new List<string>();
        var next = "забыл пароль, как сбросить";
        for (var turn = 0; turn < 40 && next is not null; turn++)
        {
            await adapter.SendTextToBotAsync(next, harness.Bot, CancellationToken.None);
            next = null;
            while (adapter.TryTakeReply(out var reply))
            {
                if (reply!.Text is not { } text)
                {
                    continue;
                }

                replies.Add(text);
                var buttons = reply.SuggestedActions?.Actions.Select(a => a.Title).ToArray() ?? [];
                next = text.StartsWith("Передаю вопрос специалисту", StringComparison.Ordinal) ? null
                    : buttons.Contains("Следующий шаг") ? "Следующий шаг"
                    : buttons.Contains("Нет") ? "Нет"
                    : next;
            }
        }

        Assert.Contains(replies, r => r.StartsWith("Тогда попробуем другое", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.StartsWith("Передаю вопрос специалисту", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancel_MidWay_CreatesNoTicketAndTheBotGoesOn()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("/operator")
            .AssertReplyContains("Передаю вопрос специалисту")
            .AssertReply("Опишите проблему своими словами.")
            .Send("Отмена")
            .AssertReply("Хорошо, заявку не создаю. Чем ещё помочь?")
            .Send("привет")
            .AssertReplyContains("Здравствуйте")
            .StartTestAsync();
        Assert.Null(await harness.Tickets.GetAsync(First, CancellationToken.None));
    }

    [Fact]
    public async Task MessagesAfterTheTicket_GoToTheTicket()
    {
        using var harness = new HelpdeskHarness();
        await EscalateQuickly(harness.Flow())
            .Send("забыл добавить: ошибка появляется только утром")
            .AssertReply("Добавил ваше сообщение к заявке SB-000001, специалист его увидит. Чтобы вернуться к боту, напишите /bot.")
            .Send("/bot")
            .AssertReply("Снова на связи бот. Чем помочь?")
            .Send("спасибо")
            .AssertReply("Пожалуйста! Обращайтесь, если что-то ещё понадобится.")
            .StartTestAsync();
        var ticket = await harness.Tickets.GetAsync(First, CancellationToken.None);
        Assert.Contains(ticket!.Transcript, e => e.Text == "забыл добавить: ошибка появляется только утром");
    }

    [Fact]
    public async Task SecondTicketInAConversation_HoldsOnlyWhatCameAfterTheFirst()
    {
        using var harness = new HelpdeskHarness();
        await EscalateQuickly(harness.Flow())
            .Send("/bot")
            .AssertReply("Снова на связи бот. Чем помочь?")
            .UpToTheContactQuestion("сломалась мышка")
            .Send("-")
            .AssertReply(a => Assert.StartsWith("Заявка SB-000002 создана.", a.Text, StringComparison.Ordinal), "the second ticket")
            .StartTestAsync();

        var second = await harness.Tickets.GetAsync(new TicketNumber(2), CancellationToken.None);
        Assert.Contains(second!.Transcript, e => e.Text == "сломалась мышка");
        Assert.DoesNotContain(second.Transcript, e => e.Text == "не открывается 1С");
        var first = await harness.Tickets.GetAsync(First, CancellationToken.None);
        Assert.Contains(first!.Transcript, e => e.Text == "не открывается 1С");
    }

    [Fact]
    public async Task TicketResolvedByAnAgent_GivesTheConversationBackToTheBot()
    {
        using var harness = new HelpdeskHarness();
        await EscalateQuickly(harness.Flow())
            .Do(ct => harness.Tickets.ChangeStatusAsync(First, TicketStatus.Resolved, TicketActor.Agent("anna"), null, ct))
            .Send("спасибо")
            .AssertReply("Пожалуйста! Обращайтесь, если что-то ещё понадобится.")
            .StartTestAsync();
    }

    [Fact]
    public async Task TicketStatus_OwnTicket_IsAnswered_SomeoneElsesIsNot()
    {
        using var harness = new HelpdeskHarness();
        await EscalateQuickly(harness.Flow())
            .Send("/bot")
            .AssertReply("Снова на связи бот. Чем помочь?")
            .Send("какой статус у заявки SB-000001?")
            .AssertReply("Заявка SB-000001: новая, ждёт специалиста.")
            .Send("/status 1")
            .AssertReply("Заявка SB-000001: новая, ждёт специалиста.")
            .StartTestAsync();

        var strangerAdapter = harness.CreateAdapter(locale: "en-US", conversationId: "conversation2");
        var stranger = strangerAdapter.MakeActivity("status of ticket 1") with { From = new ChannelAccount { Id = "user2", Name = "Someone else" } };
        await new TestFlow(strangerAdapter, harness.Bot)
            .Send(stranger)
            .AssertReply("I couldn't find ticket SB-000001 among yours. Please check the number.")
            .StartTestAsync();
    }

    [Fact]
    public async Task TicketStatus_WithoutANumber_AsksForIt()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow(locale: "en-US")
            .Send("/status")
            .AssertReply("What is the ticket number? For example SB-000123.")
            .Send("SB-000042")
            .AssertReply("I couldn't find ticket SB-000042 among yours. Please check the number.")
            .StartTestAsync();
    }

    private static TestFlow EscalateQuickly(TestFlow flow) => flow
        .Send("/operator")
        .AssertReplyContains("Передаю вопрос специалисту")
        .AssertReply("Опишите проблему своими словами.")
        .Send("не открывается 1С")
        .AssertReply("Что вы уже пробовали сделать?")
        .Send("Пропустить")
        .AssertReply("Какой текст ошибки вы видите? Скопируйте его, если можно.")
        .Send("нет")
        .AssertReply(a => Assert.NotNull(a.Text), "the version question")
        .Send("-")
        .AssertReply(a => Assert.NotNull(a.Text), "the contact question")
        .Send("Пропустить")
        .AssertReply(a => Assert.StartsWith("Заявка SB-000001 создана.", a.Text, StringComparison.Ordinal), "the ticket number");
}
