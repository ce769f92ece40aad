using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Tickets;

public sealed class TicketStoreHostileInputTests : IDisposable
{
    private readonly TicketStoreFixture _fixture = new();

    private SqliteTicketStore Store => _fixture.Store;

    public void Dispose() => _fixture.Dispose();

    public static TheoryData<string> VerbatimTexts() =>
    [
        "'; DROP TABLE tickets; --",
        "\" OR 1=1 --",
        "Robert'); DELETE FROM ticket_transcript WHERE ('1'='1",
        "<script>alert('x')</script>",
        "**bold** _it_ [link](javascript:alert(1)) `code`",
        "<b>жирный</b> &amp; &lt;",
        "😡🔥👍🏽 👩‍💻 🇷🇺",
        "Ёжик, ёлка — «кавычки» „и“ ещё",
        "line one\nline two\n\ttabbed",
        "%_[]\\^$.|?*+(){}",
        "  leading and trailing  ",
        "NULL",
        "{\"json\": [1, 2, {\"x\": null}]}",
    ];

    [Theory]
    [MemberData(nameof(VerbatimTexts))]
    public async Task EveryTextField_InjectionMarkupEmoji_RoundTripsVerbatim(string text)
    {
        var created = await Store.CreateAsync(
            TicketStoreFixture.NewTicket() with
            {
                UserName = text,
                ConversationReference = text,
                Details = new TicketDetails { Problem = text, AlreadyTried = text, ErrorText = text, SoftwareVersion = text, Contact = text },
                Transcript = [new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.User, SenderName = text, Text = text }],
                Intents = [new IntentGuess { Intent = text, Probability = 0.5 }],
                Articles = [new OfferedArticle { Id = text, Title = text, Score = 1 }],
                EscalationReason = text,
            },
            default);
        await Store.AddNoteAsync(created.Number, TicketActor.Agent(text), text, default);
        await Store.ChangeStatusAsync(created.Number, TicketStatus.Resolved, TicketActor.Agent("ivanov"), text, default);
        await Store.RateAsync(created.Number, 2, text, default);
        await Store.AssignAsync(created.Number, text, TicketActor.Agent("ivanov"), default);

        var ticket = (await _fixture.OpenStore().GetAsync(created.Number, default))!;
        Assert.Equal(OneLine(text), ticket.Summary.UserName);
        Assert.Equal(text, ticket.ConversationReference);
        Assert.Equal(new TicketDetails { Problem = text, AlreadyTried = text, ErrorText = text, SoftwareVersion = text, Contact = text }, ticket.Details);
        Assert.Equal(text, ticket.Transcript[0].Text);
        Assert.Equal(OneLine(text), ticket.Intents[0].Intent);
        Assert.Equal(OneLine(text), ticket.Articles[0].Title);
        Assert.Equal(OneLine(text), ticket.Summary.EscalationReason);
        Assert.Equal(text, ticket.History.Single(e => e.Kind == TicketEventKind.Note).Note);
        Assert.Equal(text, ticket.History.Single(e => e.Kind == TicketEventKind.StatusChanged).Note);
        Assert.Equal(text, ticket.Summary.Rating?.Comment);
        Assert.Equal(OneLine(text), ticket.Summary.Assignee);
        Assert.Equal(1, (await Store.ListAsync(new TicketQuery(), default)).Total);
    }

    [Fact]
    public async Task CreateAsync_OversizedFields_AreCutToTheirCapsWithAMarker()
    {
        var huge = new string('ж', 50_000);
        var created = await Store.CreateAsync(
            TicketStoreFixture.NewTicket() with
            {
                UserName = huge,
                Details = new TicketDetails { Problem = huge, Contact = huge },
                Transcript = [new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.User, Text = huge }],
                EscalationReason = huge,
            },
            default);

        var ticket = (await Store.GetAsync(created.Number, default))!;
        AssertCut(ticket.Details.Problem, TicketLimits.DetailLength);
        AssertCut(ticket.Details.Contact, TicketLimits.DetailLength);
        AssertCut(ticket.Transcript[0].Text, TicketLimits.TranscriptEntryLength);
        AssertCut(ticket.Summary.UserName, TicketLimits.NameLength);
        AssertCut(ticket.Summary.EscalationReason, TicketLimits.TitleLength);
    }

    [Fact]
    public async Task AppendTranscriptAsync_HugeAndControlCharacterText_IsCappedAndCleaned()
    {
        var number = (await Store.CreateAsync(TicketStoreFixture.NewTicket(), default)).Number;
        await Store.AppendTranscriptAsync(
            number,
            [
                new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.User, Text = new string('x', 1_000_000) },
                new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.User, Text = "a\u0000b\u0007c\r\nd\u001b" },
                new TranscriptEntry { At = TicketStoreFixture.Start, Role = TicketRole.User, Text = "" },
            ],
            default);

        var transcript = (await Store.GetAsync(number, default))!.Transcript;
        AssertCut(transcript[^3].Text, TicketLimits.TranscriptEntryLength);
        Assert.Equal("abc\nd", transcript[^2].Text);
        Assert.Equal("", transcript[^1].Text);
    }

    [Fact]
    public async Task CreateAsync_BlankDetailsAndOddNumbers_AreNormalized()
    {
        var created = await Store.CreateAsync(
            TicketStoreFixture.NewTicket() with
            {
                Details = new TicketDetails { Problem = "   ", ErrorText = "\u0001\u0002", Contact = "" },
                Intents = [new IntentGuess { Intent = "vpn", Probability = double.NaN }, new IntentGuess { Intent = "wifi", Probability = 1.7 }],
                Articles = [new OfferedArticle { Id = "a", Title = "A", Score = double.PositiveInfinity }],
            },
            default);

        Assert.Equal(TicketDetails.Empty, created.Details);
        Assert.Null(created.Summary.Problem);
        Assert.Equal([0.0, 1.0], created.Intents.Select(i => i.Probability));
        Assert.Equal(0, created.Articles[0].Score);
    }

    [Fact]
    public async Task CreateAsync_BinaryNoise_IsStoredAndReadBackAsCleaned()
    {
        var random = new Random(11);
        var chars = new char[3_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0x10000);
        }

        var noise = new string(chars);
        var created = await Store.CreateAsync(TicketStoreFixture.NewTicket(problem: noise), default);

        var expected = TicketText.CleanOptional(noise, TicketLimits.DetailLength);
        Assert.Equal(expected, (await Store.GetAsync(created.Number, default))!.Details.Problem);
        Assert.DoesNotContain(expected!, c => char.IsControl(c) && c is not '\n' and not '\t');
    }

    /// <summary>Names are kept on one line and trimmed, otherwise as written.</summary>
    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\t', ' ').Trim();

    private static void AssertCut(string? value, int cap)
    {
        Assert.NotNull(value);
        Assert.Equal(cap, value.Length);
        Assert.EndsWith(TicketLimits.TruncationMarker, value, StringComparison.Ordinal);
    }
}
