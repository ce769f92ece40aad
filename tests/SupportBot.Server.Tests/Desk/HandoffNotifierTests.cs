using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportBot.Core.Tickets;
using SupportBot.Server.Desk.Handoff;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Desk;

/// <summary>The expected-wait and out-of-hours notices, driven by the fake clock.</summary>
public sealed class HandoffNotifierTests
{
    // Tuesday 1 December 2026, in Moscow (UTC+3, no daylight saving).
    private static readonly DateTimeOffset TuesdayMorning = new(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(3));

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Desk:WorkingHours"] = "Mon-Fri 09:00-18:00",
        ["Desk:TimeZone"] = "Europe/Moscow",
        ["Desk:FirstResponseWait"] = "00:10:00",
        ["Desk:ExpectedWait"] = "00:25:00",
        // The test drives the checks itself; the hosted loop must not race it.
        ["Desk:NoticeCheckInterval"] = "1.00:00:00",
        // The fake clock jumps hours ahead; the chat's token must outlive the jumps.
        ["DirectLine:TokenLifetime"] = "2.00:00:00",
    };

    [Fact]
    public async Task Check_NewTicketUntakenPastTheWait_TellsTheExpectedWaitOnce()
    {
        await using var desk = new DeskServer(Settings(), start: TuesdayMorning);
        var chat = desk.NewChatClient();
        var ticket = await desk.CreateTicketAsync(chat);
        var notifier = desk.Factory.Services.GetRequiredService<HandoffNotifier>();

        desk.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(0, await notifier.CheckAsync(CancellationToken.None));
        desk.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await notifier.CheckAsync(CancellationToken.None));
        desk.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await notifier.CheckAsync(CancellationToken.None));

        var texts = (await chat.PollAsync()).Activities.Select(DirectLineTestClient.Text).ToList();
        Assert.Equal(
            $"All specialists are busy right now; ticket {ticket.Number} is in the queue. The expected wait is about 25 min. Anything you write here is added to the ticket.",
            Assert.Single(texts, t => t.Contains("expected wait", StringComparison.Ordinal)));
        var after = await desk.Tickets.GetAsync(ticket.Number, CancellationToken.None);
        Assert.Equal(TicketRole.Bot, after!.Transcript[^1].Role);
        Assert.Contains("25 min", after.Transcript[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TakenTicket_GetsNoNotice()
    {
        await using var desk = new DeskServer(Settings(), start: TuesdayMorning);
        var ticket = await desk.CreateTicketAsync(desk.NewChatClient());
        await desk.Tickets.AssignAsync(ticket.Number, "anna", TicketActor.Agent("anna"), CancellationToken.None);
        await desk.Tickets.ChangeStatusAsync(ticket.Number, TicketStatus.InProgress, TicketActor.Agent("anna"), null, CancellationToken.None);

        desk.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await desk.Factory.Services.GetRequiredService<HandoffNotifier>().CheckAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Check_FridayEvening_SaysMondayMorningInTheUsersLanguageOnce()
    {
        await using var desk = new DeskServer(Settings(), start: new DateTimeOffset(2026, 12, 4, 19, 30, 0, TimeSpan.FromHours(3)));
        var chat = desk.NewChatClient();
        var ticket = await desk.CreateTicketAsync(chat, language: "ru");
        var notifier = desk.Factory.Services.GetRequiredService<HandoffNotifier>();

        Assert.Equal(1, await notifier.CheckAsync(CancellationToken.None));
        desk.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await notifier.CheckAsync(CancellationToken.None));

        var notice = Assert.Single((await chat.PollAsync()).Activities, a => DirectLineTestClient.Text(a).Contains("нерабочее время", StringComparison.Ordinal));
        Assert.Equal(
            $"Заявка {ticket.Number} пришла в нерабочее время. Специалист ответит с 09:00, понедельник, 7 декабря (Europe/Moscow). Всё, что вы напишете здесь, добавится к заявке.",
            DirectLineTestClient.Text(notice));
    }

    [Fact]
    public async Task Check_TicketFromTheNight_CountsTheWaitFromOpening()
    {
        await using var desk = new DeskServer(Settings(), start: new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.FromHours(3)));
        var ticket = await desk.CreateTicketAsync(desk.NewChatClient());
        var notifier = desk.Factory.Services.GetRequiredService<HandoffNotifier>();
        Assert.Equal(1, await notifier.CheckAsync(CancellationToken.None));

        desk.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 5, 0, TimeSpan.FromHours(3)));
        Assert.Equal(0, await notifier.CheckAsync(CancellationToken.None));
        desk.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 10, 0, TimeSpan.FromHours(3)));
        Assert.Equal(1, await notifier.CheckAsync(CancellationToken.None));
        Assert.NotNull(ticket);
    }

    [Fact]
    public async Task Service_ClockTicks_SendsWithoutBeingAsked()
    {
        var settings = Settings();
        settings["Desk:NoticeCheckInterval"] = "00:00:15";
        await using var desk = new DeskServer(settings, start: TuesdayMorning);
        _ = desk.Factory.Services.GetServices<IHostedService>().OfType<HandoffNotifier>().Single();
        var chat = desk.NewChatClient();
        await desk.CreateTicketAsync(chat);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!(await chat.PollAsync()).Activities.Any(a => DirectLineTestClient.Text(a).Contains("expected wait", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "the notice service never sent the expected-wait notice");
            desk.Clock.Advance(TimeSpan.FromSeconds(15));
            await Task.Delay(50);
        }
    }
}
