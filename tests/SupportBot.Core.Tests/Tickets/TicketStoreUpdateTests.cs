using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Tickets;

public sealed class TicketStoreUpdateTests : IDisposable
{
    private static readonly TicketActor Agent = TicketActor.Agent("ivanov");
    private readonly TicketStoreFixture _fixture = new();

    private SqliteTicketStore Store => _fixture.Store;

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [MemberData(nameof(TicketStatusRulesTests.ForwardMoves), MemberType = typeof(TicketStatusRulesTests))]
    public async Task ChangeStatusAsync_AllowedMove_AppliesAndRecordsIt(TicketStatus from, TicketStatus to)
    {
        var number = await CreateInAsync(from);
        _fixture.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await Store.ChangeStatusAsync(number, to, Agent, "по звонку", default);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(to, result.Ticket?.Status);
        var ticket = await Store.GetAsync(number, default);
        Assert.Equal(to, ticket?.Status);
        Assert.Equal(_fixture.Clock.GetUtcNow(), ticket?.Summary.UpdatedAt);
        var last = ticket!.History[^1];
        Assert.Equal(TicketEventKind.StatusChanged, last.Kind);
        Assert.Equal((from, to), (last.From, last.To));
        Assert.Equal(Agent, last.Actor);
        Assert.Equal("по звонку", last.Note);
    }

    [Theory]
    [InlineData(TicketStatus.InProgress, TicketStatus.New)]
    [InlineData(TicketStatus.Resolved, TicketStatus.WaitingForUser)]
    [InlineData(TicketStatus.Closed, TicketStatus.Resolved)]
    [InlineData(TicketStatus.New, TicketStatus.New)]
    public async Task ChangeStatusAsync_ForbiddenMove_IsRefusedAndChangesNothing(TicketStatus from, TicketStatus to)
    {
        var number = await CreateInAsync(from);
        var before = await Store.GetAsync(number, default);

        var result = await Store.ChangeStatusAsync(number, to, Agent, null, default);

        Assert.Equal(TicketOutcome.InvalidTransition, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Equal(from, result.Ticket?.Status);
        var after = await Store.GetAsync(number, default);
        Assert.Equal(before!.Summary, after!.Summary);
        Assert.Equal(before.History.Count, after.History.Count);
    }

    [Fact]
    public async Task ChangeStatusAsync_UnknownNumber_IsNotFound()
    {
        var result = await Store.ChangeStatusAsync(new TicketNumber(77), TicketStatus.Closed, Agent, null, default);
        Assert.Equal(TicketOutcome.NotFound, result.Outcome);
        Assert.Null(result.Ticket);
        Assert.Contains("SB-000077", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TicketStatus.Resolved, TicketRole.User, false, TicketStatus.New)]
    [InlineData(TicketStatus.Resolved, TicketRole.Agent, true, TicketStatus.InProgress)]
    [InlineData(TicketStatus.Closed, TicketRole.Agent, false, TicketStatus.New)]
    [InlineData(TicketStatus.Closed, TicketRole.Agent, true, TicketStatus.InProgress)]
    public async Task ReopenAsync_AllowedActor_ReopensToTheRuleTarget(TicketStatus from, TicketRole role, bool assigned, TicketStatus expected)
    {
        var number = await CreateInAsync(from, assigned);
        var actor = new TicketActor { Role = role, Name = "someone" };

        var result = await Store.ReopenAsync(number, actor, "still broken", default);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, result.Ticket?.Status);
        var last = (await Store.GetAsync(number, default))!.History[^1];
        Assert.Equal(TicketEventKind.Reopened, last.Kind);
        Assert.Equal((from, expected), (last.From, last.To));
    }

    [Theory]
    [InlineData(TicketStatus.Closed, TicketRole.User)]
    [InlineData(TicketStatus.Resolved, TicketRole.Bot)]
    [InlineData(TicketStatus.InProgress, TicketRole.Agent)]
    public async Task ReopenAsync_NotAllowed_IsRefused(TicketStatus from, TicketRole role)
    {
        var number = await CreateInAsync(from);
        var result = await Store.ReopenAsync(number, new TicketActor { Role = role, Name = "x" }, null, default);
        Assert.Equal(TicketOutcome.InvalidTransition, result.Outcome);
        Assert.Equal(from, (await Store.GetAsync(number, default))?.Status);
    }

    [Fact]
    public async Task AppendTranscriptAsync_UserAndAgentMessages_AreStoredInOrderWithHistory()
    {
        var number = (await Store.CreateAsync(TicketStoreFixture.NewTicket(), default)).Number;
        var at = TicketStoreFixture.Start.AddMinutes(3);
        TranscriptEntry[] entries =
        [
            new() { At = at, Role = TicketRole.Agent, SenderName = "ivanov", Text = "Какая у вас версия клиента?" },
            new() { At = at.AddSeconds(30), Role = TicketRole.User, SenderName = "Анна Петрова", Text = "5.2" },
        ];

        var result = await Store.AppendTranscriptAsync(number, entries, default);

        Assert.True(result.Succeeded);
        var ticket = (await Store.GetAsync(number, default))!;
        Assert.Equal(entries, ticket.Transcript.TakeLast(2));
        Assert.Equal(4, ticket.Transcript.Count);
        Assert.Equal(
            [TicketEventKind.Created, TicketEventKind.AgentReplied, TicketEventKind.UserMessage],
            ticket.History.Select(e => e.Kind));
        Assert.Equal("ivanov", ticket.History[1].Actor.Name);
    }

    [Fact]
    public async Task AppendTranscriptAsync_UserRepliesWhileWaiting_MovesBackToInProgress()
    {
        var number = await CreateInAsync(TicketStatus.WaitingForUser);
        var result = await Store.AppendTranscriptAsync(
            number, [new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.User, Text = "готово" }], default);

        Assert.Equal(TicketStatus.InProgress, result.Ticket?.Status);
        var last = (await Store.GetAsync(number, default))!.History[^1];
        Assert.Equal((TicketEventKind.StatusChanged, TicketStatus.WaitingForUser, TicketStatus.InProgress), (last.Kind, last.From, last.To));
        Assert.Equal(TicketRole.User, last.Actor.Role);
    }

    [Fact]
    public async Task AppendTranscriptAsync_NothingOrUnknownTicket_IsANoOpOrNotFound()
    {
        var number = (await Store.CreateAsync(TicketStoreFixture.NewTicket(), default)).Number;
        var before = await Store.GetAsync(number, default);

        Assert.True((await Store.AppendTranscriptAsync(number, [], default)).Succeeded);
        Assert.Equal(before!.Summary, (await Store.GetAsync(number, default))!.Summary);
        var missing = await Store.AppendTranscriptAsync(
            new TicketNumber(5), [new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.User, Text = "hi" }], default);
        Assert.Equal(TicketOutcome.NotFound, missing.Outcome);
    }

    [Fact]
    public async Task AssignAsync_AssignThenUnassign_RecordsBoth()
    {
        var number = (await Store.CreateAsync(TicketStoreFixture.NewTicket(), default)).Number;

        Assert.Equal("petrov", (await Store.AssignAsync(number, "  petrov ", Agent, default)).Ticket?.Assignee);
        var unchanged = await Store.AssignAsync(number, "petrov", Agent, default);
        Assert.True(unchanged.Succeeded);
        Assert.Null((await Store.AssignAsync(number, null, Agent, default)).Ticket?.Assignee);

        var ticket = (await Store.GetAsync(number, default))!;
        Assert.Null(ticket.Summary.Assignee);
        var assignments = ticket.History.Where(e => e.Kind == TicketEventKind.Assigned).Select(e => e.Note).ToList();
        Assert.Equal(["petrov", null], assignments);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task RateAsync_OneToFive_IsStored(int score)
    {
        var number = await CreateInAsync(TicketStatus.Resolved);
        var result = await Store.RateAsync(number, score, "спасибо 👍", default);

        Assert.True(result.Succeeded);
        var ticket = (await Store.GetAsync(number, default))!;
        Assert.Equal(new TicketRating { Score = score, Comment = "спасибо 👍" }, ticket.Summary.Rating);
        Assert.Equal(TicketEventKind.Rated, ticket.History[^1].Kind);
        Assert.StartsWith($"{score}/5", ticket.History[^1].Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task RateAsync_OutOfRange_IsAClearErrorAndKeepsTheOldRating(int score)
    {
        var number = await CreateInAsync(TicketStatus.Resolved);
        await Store.RateAsync(number, 4, null, default);

        var result = await Store.RateAsync(number, score, "x", default);

        Assert.Equal(TicketOutcome.InvalidRating, result.Outcome);
        Assert.Contains("1 to 5", result.Error, StringComparison.Ordinal);
        Assert.Equal(4, (await Store.GetAsync(number, default))!.Summary.Rating?.Score);
    }

    [Fact]
    public async Task AddNoteAsync_TextOrBlank_IsRecordedOrRefused()
    {
        var number = (await Store.CreateAsync(TicketStoreFixture.NewTicket(), default)).Number;

        Assert.True((await Store.AddNoteAsync(number, Agent, "позвонить после обеда", default)).Succeeded);
        Assert.Equal(TicketOutcome.InvalidInput, (await Store.AddNoteAsync(number, Agent, "  \n ", default)).Outcome);
        var notes = (await Store.GetAsync(number, default))!.History.Where(e => e.Kind == TicketEventKind.Note).ToList();
        Assert.Equal("позвонить после обеда", Assert.Single(notes).Note);
    }

    /// <summary>A ticket brought to <paramref name="status"/> along allowed moves.</summary>
    private async Task<TicketNumber> CreateInAsync(TicketStatus status, bool assigned = false)
    {
        var number = (await Store.CreateAsync(TicketStoreFixture.NewTicket(), default)).Number;
        if (assigned)
        {
            await Store.AssignAsync(number, "ivanov", Agent, default);
        }

        if (status != TicketStatus.New)
        {
            var result = await Store.ChangeStatusAsync(number, status, Agent, null, default);
            Assert.True(result.Succeeded, result.Error);
        }

        return number;
    }
}
