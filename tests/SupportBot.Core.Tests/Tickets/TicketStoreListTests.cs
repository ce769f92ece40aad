using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Tickets;

public sealed class TicketStoreListTests : IDisposable
{
    private static readonly TicketActor Agent = TicketActor.Agent("ivanov");
    private readonly TicketStoreFixture _fixture = new();

    private SqliteTicketStore Store => _fixture.Store;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task ListAsync_NoFilter_NewestFirstWithTotal()
    {
        await CreateManyAsync(5);
        var page = await Store.ListAsync(new TicketQuery(), default);

        Assert.Equal(5, page.Total);
        Assert.Equal([5L, 4, 3, 2, 1], page.Items.Select(t => t.Number.Value));
        Assert.Null(page.NextOffset);
    }

    [Fact]
    public async Task ListAsync_Paging_WalksEveryTicketOnce()
    {
        await CreateManyAsync(7);
        var seen = new List<long>();
        int? offset = 0;
        while (offset is { } at)
        {
            var page = await Store.ListAsync(new TicketQuery { Limit = 3, Offset = at }, default);
            Assert.Equal(7, page.Total);
            Assert.True(page.Items.Count <= 3);
            seen.AddRange(page.Items.Select(t => t.Number.Value));
            offset = page.NextOffset;
        }

        Assert.Equal([7L, 6, 5, 4, 3, 2, 1], seen);
        Assert.Empty((await Store.ListAsync(new TicketQuery { Offset = 100 }, default)).Items);
    }

    [Fact]
    public async Task ListAsync_StatusLanguageChannelAndAssigneeFilters_Combine()
    {
        var ruTelegram = await Store.CreateAsync(TicketStoreFixture.NewTicket(), default);
        var enTelegram = await Store.CreateAsync(TicketStoreFixture.NewTicket(language: "en", problem: "VPN fails"), default);
        var ruWeb = await Store.CreateAsync(TicketStoreFixture.NewTicket(channel: "webchat"), default);
        await Store.ChangeStatusAsync(enTelegram.Number, TicketStatus.Resolved, Agent, null, default);
        await Store.AssignAsync(ruWeb.Number, "petrov", Agent, default);

        Assert.Equal([ruWeb.Number, ruTelegram.Number], await NumbersAsync(new TicketQuery { Language = "RU" }));
        Assert.Equal([enTelegram.Number], await NumbersAsync(new TicketQuery { Statuses = [TicketStatus.Resolved, TicketStatus.Closed] }));
        Assert.Equal([ruTelegram.Number], await NumbersAsync(new TicketQuery { ChannelId = "telegram", Statuses = [TicketStatus.New] }));
        Assert.Equal([ruWeb.Number], await NumbersAsync(new TicketQuery { Assignee = "petrov" }));
        Assert.Empty(await NumbersAsync(new TicketQuery { ChannelId = "webchat", Language = "en" }));
    }

    [Theory]
    [InlineData("принтер", 2L)]
    [InlineData("ПРИНТЕР", 2L)]
    [InlineData("Принтёр", 2L)]
    [InlineData("outlook", 3L)]
    [InlineData("OUTLOOK не", 3L)]
    [InlineData("Смирнов", 2L)]
    [InlineData("SB-000003", 3L)]
    [InlineData("#1", 1L)]
    [InlineData("000002", 2L)]
    [InlineData("0x80070005", 3L)]
    [InlineData("картридж", 2L)]
    [InlineData("ЕЩЁ вчера", 2L)]
    [InlineData("еще", 2L)]
    public async Task ListAsync_Search_FindsByNumberProblemTranscriptOrName(string search, long expected)
    {
        await Store.CreateAsync(TicketStoreFixture.NewTicket(), default);
        var printer = await Store.CreateAsync(TicketStoreFixture.NewTicket(problem: "Принтер на 3 этаже не печатает", userName: "Олег Смирнов"), default);
        await Store.AppendTranscriptAsync(
            printer.Number, [new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.User, Text = "Закончился картридж? Ещё вчера." }], default);
        await Store.CreateAsync(TicketStoreFixture.NewTicket(language: "en", problem: "Outlook не отправляет письма, ошибка 0x80070005"), default);

        Assert.Equal([new TicketNumber(expected)], await NumbersAsync(new TicketQuery { Search = search }));
    }

    [Theory]
    [InlineData("нет такого слова")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("NEAR(vpn printer)")]
    [InlineData("vpn*")]
    [InlineData("'; DROP TABLE tickets; --")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\"\"\"")]
    [InlineData("((( )))")]
    [InlineData("😡😡😡")]
    [InlineData("title: vpn*")]
    public async Task ListAsync_SearchForAbsentOrHostileText_FindsNothingAndBreaksNothing(string search)
    {
        await CreateManyAsync(2);
        Assert.Empty(await NumbersAsync(new TicketQuery { Search = search }));
        Assert.Equal(2, (await Store.ListAsync(new TicketQuery(), default)).Total);
    }

    [Fact]
    public async Task ListAsync_HugeSearch_IsCappedAndAnswers()
    {
        await CreateManyAsync(2);
        var page = await Store.ListAsync(new TicketQuery { Search = string.Concat(Enumerable.Repeat("принтер vpn ", 10_000)) }, default);
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task ListAsync_BlankSearch_IsNoFilter()
    {
        await CreateManyAsync(2);
        Assert.Equal(2, (await Store.ListAsync(new TicketQuery { Search = " \t " }, default)).Total);
    }

    [Fact]
    public async Task ListAsync_ShortWord_MatchesNameAndProblemOnly()
    {
        await Store.CreateAsync(TicketStoreFixture.NewTicket(problem: "Не работает 1С"), default);
        await Store.CreateAsync(TicketStoreFixture.NewTicket(problem: "VPN"), default);
        Assert.Equal([new TicketNumber(1)], await NumbersAsync(new TicketQuery { Search = "1с" }));
    }

    [Fact]
    public async Task GetChangesAfterAsync_NewTicketsAndMessages_AppearInChangeOrder()
    {
        var first = await Store.CreateAsync(TicketStoreFixture.NewTicket(), default);
        var second = await Store.CreateAsync(TicketStoreFixture.NewTicket(user: "u2"), default);
        var mark = (await Store.ListAsync(new TicketQuery(), default)).Sequence;
        Assert.Equal(second.Summary.Sequence, mark);
        Assert.Empty((await Store.GetChangesAfterAsync(mark, 10, default)).Tickets);

        await Store.AppendTranscriptAsync(
            first.Number, [new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.User, Text = "ещё тут?" }], default);
        var third = await Store.CreateAsync(TicketStoreFixture.NewTicket(user: "u3"), default);
        await Store.RateAsync(second.Number, 5, null, default);

        var changes = await Store.GetChangesAfterAsync(mark, 10, default);
        Assert.Equal([first.Number, third.Number, second.Number], changes.Tickets.Select(t => t.Number));
        Assert.True(changes.Tickets.Zip(changes.Tickets.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal(changes.Tickets[^1].Sequence, changes.Sequence);
        Assert.False(changes.HasMore);
        Assert.Empty((await Store.GetChangesAfterAsync(changes.Sequence, 10, default)).Tickets);
        Assert.Equal(changes.Sequence, (await Store.GetChangesAfterAsync(changes.Sequence, 10, default)).Sequence);
    }

    [Fact]
    public async Task GetChangesAfterAsync_MoreThanTheLimit_PagesThroughAll()
    {
        await CreateManyAsync(5);
        var first = await Store.GetChangesAfterAsync(0, 3, default);
        Assert.Equal(3, first.Tickets.Count);
        Assert.True(first.HasMore);
        var rest = await Store.GetChangesAfterAsync(first.Sequence, 3, default);
        Assert.Equal(2, rest.Tickets.Count);
        Assert.False(rest.HasMore);
    }

    [Fact]
    public async Task GetChangesAfterAsync_RefusedUpdate_IsNotAChange()
    {
        var ticket = await Store.CreateAsync(TicketStoreFixture.NewTicket(), default);
        await Store.RateAsync(ticket.Number, 9, null, default);
        await Store.ChangeStatusAsync(ticket.Number, TicketStatus.New, Agent, null, default);
        Assert.Empty((await Store.GetChangesAfterAsync(ticket.Summary.Sequence, 10, default)).Tickets);
    }

    private async Task CreateManyAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Store.CreateAsync(TicketStoreFixture.NewTicket(user: "u" + i, conversation: "c" + i), default);
        }
    }

    private async Task<List<TicketNumber>> NumbersAsync(TicketQuery query) =>
        [.. (await Store.ListAsync(query, default)).Items.Select(t => t.Number)];
}
