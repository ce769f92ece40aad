using System.Text.Json;
using SupportBot.Core.Conversations;
using SupportBot.Core.Support;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Support;

/// <summary>Odd input gets a sensible reply, the bot keeps working, and nothing is lost from the transcript.</summary>
public sealed class HelpdeskBotBadInputTests
{
    public static TheoryData<string> OddMessages => new()
    {
        "",
        "   \n\t  ",
        "😀😀😀🔥",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "'; DROP TABLE tickets; --",
        "\"vpn\" NEAR(printer) OR title:* AND -(",
        string.Concat(Enumerable.Range(0, 400).Select(i => (char)(0x20 + ((i * 7919) % 0x5000)))),
        "\u0000\u0001\u0002\u00ff\ufffe",
    };

    [Theory]
    [MemberData(nameof(OddMessages))]
    public async Task OddMessage_GetsAReplyAndIsKeptInTheTranscript(string text)
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter();
        await adapter.SendTextToBotAsync(text, harness.Bot, CancellationToken.None);
        Assert.True(adapter.TryTakeReply(out var reply));
        Assert.False(string.IsNullOrWhiteSpace(reply!.Text));
        Assert.DoesNotContain("Извините, у меня что-то сломалось", reply.Text, StringComparison.Ordinal);

        await adapter.SendTextToBotAsync("привет", harness.Bot, CancellationToken.None);
        var transcript = await harness.Store.GetTranscriptAsync(TestAdapterChannel, "conversation1", 0, 100, CancellationToken.None);
        Assert.Contains(transcript, e => e.Role == TranscriptRole.User && e.Activity.Text == text);
        Assert.Contains(transcript, e => e.Role == TranscriptRole.User && e.Activity.Text == "привет");
    }

    [Fact]
    public async Task EmptyMessage_AsksToWriteTheProblemInWords()
    {
        using var harness = new HelpdeskHarness();
        await harness.Flow()
            .Send("   ")
            .AssertReply("Я не увидел в сообщении текста. Опишите, пожалуйста, проблему словами.")
            .StartTestAsync();
    }

    [Fact]
    public async Task HugeMessage_IsReadUpToTheLimitSaysSoAndAnswers()
    {
        using var harness = new HelpdeskHarness();
        var huge = "не работает впн " + new string('x', 50 * 1024);
        var adapter = harness.CreateAdapter();
        await adapter.SendTextToBotAsync(huge, harness.Bot, CancellationToken.None);
        Assert.True(adapter.TryTakeReply(out var first));
        Assert.Equal("Сообщение очень длинное — я прочитал первые 2000 символов.", first!.Text);
        Assert.True(adapter.TryTakeReply(out var second));
        Assert.False(string.IsNullOrWhiteSpace(second!.Text));
        var transcript = await harness.Store.GetTranscriptAsync(TestAdapterChannel, "conversation1", 0, 100, CancellationToken.None);
        Assert.Contains(transcript, e => e.Activity.Text == huge);
    }

    [Fact]
    public async Task TurnThatThrows_ApologizesKeepsTheMessageAndTheConversationGoesOn()
    {
        using var harness = new HelpdeskHarness(wrapTickets: inner => new FailingOnceTicketStore(inner));
        await harness.Flow()
            .UpToTheContactQuestion("не открывается 1С")
            .Send("-")
            .AssertReply("Извините, у меня что-то сломалось. Попробуйте написать ещё раз — разговор сохранён.")
            .Send("-")
            .AssertReply(a => Assert.StartsWith("Заявка SB-000001 создана.", a.Text, StringComparison.Ordinal), "the ticket on the retry")
            .StartTestAsync();
    }

    [Fact]
    public async Task EveryDecision_IsTracedInTheTranscript_NotSentToTheUser()
    {
        using var harness = new HelpdeskHarness();
        var adapter = harness.CreateAdapter();
        await adapter.SendTextToBotAsync("не работает впн", harness.Bot, CancellationToken.None);
        Assert.DoesNotContain(adapter.Sent, a => a.Type == ActivityTypes.Trace);
        var transcript = await harness.Store.GetTranscriptAsync(TestAdapterChannel, "conversation1", 0, 100, CancellationToken.None);
        var trace = Assert.Single(transcript, e => e.Activity.Type == ActivityTypes.Trace).Activity;
        var value = trace.Value!.Value;
        Assert.Equal("Answer", value.GetProperty("decision").GetString());
        Assert.Equal("search_match", value.GetProperty("rule").GetString());
        Assert.Equal("vpn", value.GetProperty("topIntents")[0].GetProperty("intent").GetString());
        Assert.Equal(JsonValueKind.Array, value.GetProperty("topArticles").ValueKind);
    }

    private const string TestAdapterChannel = SupportBot.Core.Conversations.Testing.TestAdapter.ChannelId;

    /// <summary>A ticket store whose first create fails, as a full disk or a locked file would.</summary>
    private sealed class FailingOnceTicketStore(ITicketStore inner) : ITicketStore
    {
        private int _creates;

        public Task<Ticket> CreateAsync(NewTicket ticket, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _creates) == 1
                ? throw new IOException("disk I/O error")
                : inner.CreateAsync(ticket, cancellationToken);

        public Task<Ticket?> GetAsync(TicketNumber number, CancellationToken cancellationToken) => inner.GetAsync(number, cancellationToken);

        public Task<Ticket?> GetForUserAsync(TicketNumber number, string channelId, string userId, CancellationToken cancellationToken) => inner.GetForUserAsync(number, channelId, userId, cancellationToken);

        public Task<TicketSummary?> FindOpenForConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken) => inner.FindOpenForConversationAsync(channelId, conversationId, cancellationToken);

        public Task<TicketPage> ListAsync(TicketQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

        public Task<TicketResult> AppendTranscriptAsync(TicketNumber number, IReadOnlyList<SupportBot.Core.Tickets.TranscriptEntry> entries, CancellationToken cancellationToken) => inner.AppendTranscriptAsync(number, entries, cancellationToken);

        public Task<TicketResult> ChangeStatusAsync(TicketNumber number, TicketStatus newStatus, TicketActor actor, string? note, CancellationToken cancellationToken) => inner.ChangeStatusAsync(number, newStatus, actor, note, cancellationToken);

        public Task<TicketResult> ReopenAsync(TicketNumber number, TicketActor actor, string? note, CancellationToken cancellationToken) => inner.ReopenAsync(number, actor, note, cancellationToken);

        public Task<TicketResult> AssignAsync(TicketNumber number, string? staffUser, TicketActor actor, CancellationToken cancellationToken) => inner.AssignAsync(number, staffUser, actor, cancellationToken);

        public Task<TicketResult> RateAsync(TicketNumber number, int score, string? comment, CancellationToken cancellationToken) => inner.RateAsync(number, score, comment, cancellationToken);

        public Task<TicketResult> AddNoteAsync(TicketNumber number, TicketActor actor, string note, CancellationToken cancellationToken) => inner.AddNoteAsync(number, actor, note, cancellationToken);

        public Task<TicketChanges> GetChangesAfterAsync(long sequence, int limit, CancellationToken cancellationToken) => inner.GetChangesAfterAsync(sequence, limit, cancellationToken);
    }
}
