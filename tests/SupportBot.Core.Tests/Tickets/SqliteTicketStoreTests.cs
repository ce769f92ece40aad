using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Tickets;

public sealed class SqliteTicketStoreTests : IDisposable
{
    private readonly TicketStoreFixture _fixture = new();

    private SqliteTicketStore Store => _fixture.Store;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task CreateAsync_NewTicket_StoresEverythingAndStartsNew()
    {
        var input = TicketStoreFixture.NewTicket();
        var created = await Store.CreateAsync(input, default);

        Assert.Equal(new TicketNumber(1), created.Number);
        Assert.Equal("SB-000001", created.Number.ToString());
        Assert.Equal(TicketStatus.New, created.Status);
        Assert.Equal(input.ChannelId, created.Summary.ChannelId);
        Assert.Equal(input.ConversationId, created.Summary.ConversationId);
        Assert.Equal(input.UserId, created.Summary.UserId);
        Assert.Equal(input.UserName, created.Summary.UserName);
        Assert.Equal("ru", created.Summary.Language);
        Assert.Equal(input.ConversationReference, created.ConversationReference);
        Assert.Equal(input.Details, created.Details);
        Assert.Equal(input.Details.Problem, created.Summary.Problem);
        Assert.Equal(input.Transcript, created.Transcript);
        Assert.Equal(input.Intents, created.Intents);
        Assert.Equal(input.Articles, created.Articles);
        Assert.Equal("low_confidence", created.Summary.EscalationReason);
        Assert.Null(created.Summary.Assignee);
        Assert.Null(created.Summary.Rating);
        Assert.Equal(TicketStoreFixture.Start, created.Summary.CreatedAt);
        Assert.Equal(TicketStoreFixture.Start, created.Summary.UpdatedAt);
        Assert.True(created.Summary.Sequence > 0);
        var history = Assert.Single(created.History);
        Assert.Equal(TicketEventKind.Created, history.Kind);
        Assert.Equal(TicketActor.Bot, history.Actor);
        Assert.Equal(TicketStatus.New, history.To);
    }

    [Fact]
    public async Task GetAsync_AfterCreate_ReturnsTheSameTicket()
    {
        var created = await Store.CreateAsync(TicketStoreFixture.NewTicket(), default);
        var read = await Store.GetAsync(created.Number, default);

        Assert.NotNull(read);
        Assert.Equal(created.Summary, read.Summary);
        Assert.Equal(created.Transcript, read.Transcript);
        Assert.Equal(created.History, read.History);
    }

    [Fact]
    public async Task GetAsync_UnknownNumber_ReturnsNull()
    {
        await Store.CreateAsync(TicketStoreFixture.NewTicket(), default);
        Assert.Null(await Store.GetAsync(new TicketNumber(999), default));
    }

    [Fact]
    public async Task CreateAsync_SeveralTickets_NumbersIncreaseByOne()
    {
        var numbers = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            numbers.Add((await Store.CreateAsync(TicketStoreFixture.NewTicket(user: "u" + i), default)).Number.Value);
        }

        Assert.Equal([1, 2, 3, 4, 5], numbers);
    }

    [Theory]
    [InlineData("RU", "ru")]
    [InlineData(" en ", "en")]
    public async Task CreateAsync_LanguageInAnyCase_IsStoredLowerCase(string language, string expected)
    {
        var created = await Store.CreateAsync(TicketStoreFixture.NewTicket(language: language), default);
        Assert.Equal(expected, created.Summary.Language);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    public async Task CreateAsync_UnsupportedLanguage_ThrowsArgumentException(string language) =>
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync(TicketStoreFixture.NewTicket(language: language), default));

    [Fact]
    public async Task CreateAsync_MissingOrHugeIds_ThrowArgumentExceptionAndStoreNothing()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.CreateAsync(TicketStoreFixture.NewTicket(user: " "), default));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.CreateAsync(TicketStoreFixture.NewTicket(conversation: new string('c', 600)), default));
        var hugeReference = TicketStoreFixture.NewTicket() with { ConversationReference = new string('x', TicketLimits.ReferenceLength + 1) };
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync(hugeReference, default));
        Assert.Equal(0, (await Store.ListAsync(new TicketQuery(), default)).Total);
    }

    [Fact]
    public async Task NewStoreOnTheSameFile_AfterChanges_SeesEverything()
    {
        var created = await Store.CreateAsync(TicketStoreFixture.NewTicket(), default);
        await Store.AssignAsync(created.Number, "ivanov", TicketActor.Agent("ivanov"), default);
        await Store.AppendTranscriptAsync(
            created.Number, [new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.Agent, SenderName = "ivanov", Text = "Здравствуйте!" }], default);
        var before = await Store.GetAsync(created.Number, default);

        var reopened = _fixture.OpenStore();
        var after = await reopened.GetAsync(created.Number, default);

        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal(before.Summary, after.Summary);
        Assert.Equal(before.Transcript, after.Transcript);
        Assert.Equal(before.History, after.History);
        Assert.Equal(new TicketNumber(2), (await reopened.CreateAsync(TicketStoreFixture.NewTicket(user: "u2"), default)).Number);
    }

    [Fact]
    public async Task GetForUserAsync_OwnTicket_ReturnsIt_SomeoneElses_LooksMissing()
    {
        var mine = await Store.CreateAsync(TicketStoreFixture.NewTicket(user: "alice"), default);

        Assert.NotNull(await Store.GetForUserAsync(mine.Number, "telegram", "alice", default));
        Assert.Null(await Store.GetForUserAsync(mine.Number, "telegram", "bob", default));
        Assert.Null(await Store.GetForUserAsync(mine.Number, "webchat", "alice", default));
        Assert.Null(await Store.GetForUserAsync(new TicketNumber(42), "telegram", "alice", default));
    }

    [Fact]
    public async Task FindOpenForConversationAsync_SeveralTickets_ReturnsTheNewestOpenOne()
    {
        var older = await Store.CreateAsync(TicketStoreFixture.NewTicket(conversation: "chat"), default);
        var newer = await Store.CreateAsync(TicketStoreFixture.NewTicket(conversation: "chat"), default);
        await Store.CreateAsync(TicketStoreFixture.NewTicket(conversation: "other"), default);
        await Store.CreateAsync(TicketStoreFixture.NewTicket(conversation: "chat", channel: "webchat"), default);

        Assert.Equal(newer.Number, (await Store.FindOpenForConversationAsync("telegram", "chat", default))?.Number);

        await Store.ChangeStatusAsync(newer.Number, TicketStatus.Resolved, TicketActor.Agent("ivanov"), null, default);
        Assert.Equal(older.Number, (await Store.FindOpenForConversationAsync("telegram", "chat", default))?.Number);

        await Store.ChangeStatusAsync(older.Number, TicketStatus.Closed, TicketActor.Agent("ivanov"), null, default);
        Assert.Null(await Store.FindOpenForConversationAsync("telegram", "chat", default));
        Assert.Null(await Store.FindOpenForConversationAsync("telegram", "nobody", default));
    }
}
