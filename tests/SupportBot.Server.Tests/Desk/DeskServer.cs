using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Core.Conversations;
using SupportBot.Core.Staff;
using SupportBot.Core.Tickets;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Tests.Infrastructure;
using TranscriptEntry = SupportBot.Core.Tickets.TranscriptEntry;

namespace SupportBot.Server.Tests.Desk;

/// <summary>
/// The real server with the real bot, a fake clock the test moves, and two accounts: agent <c>anna</c> and admin
/// <c>boss</c>, both with password <see cref="Password"/>.
/// </summary>
public sealed class DeskServer : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    /// <param name="settings">Settings over the test defaults.</param>
    /// <param name="useKestrel">Listen on a loopback socket (for the browser).</param>
    /// <param name="start">Where the fake clock starts.</param>
    /// <param name="systemClock">Keep the real clock (the browser test), leaving <see cref="Clock"/> unused by the server.</param>
    public DeskServer(IReadOnlyDictionary<string, string?>? settings = null, bool useKestrel = false, DateTimeOffset? start = null, bool systemClock = false)
    {
        Clock = new FakeTimeProvider(start ?? DateTimeOffset.UtcNow);
        Factory = new ServerFactory(settings: settings, useKestrel: useKestrel, services: systemClock ? null : services => services.AddSingleton<TimeProvider>(Clock));
        Address = useKestrel ? Factory.StartListening() : null;
        AddStaff("anna", StaffRole.Agent);
        AddStaff("boss", StaffRole.Admin);
    }

    public FakeTimeProvider Clock { get; }

    public ServerFactory Factory { get; }

    public Uri? Address { get; }

    public ITicketStore Tickets => Factory.Services.GetRequiredService<ITicketStore>();

    internal DeskClient NewDeskClient() => DeskClient.Create(Factory);

    internal DirectLineTestClient NewChatClient() => new(Factory.CreateClient());

    public void AddStaff(string name, StaffRole role)
    {
        var account = new StaffAccount { Name = name, Role = role, PasswordHash = "", Stamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)), CreatedAt = Clock.GetUtcNow() };
        account = account with { PasswordHash = new PasswordHasher<StaffAccount>().HashPassword(account, Password) };
        Assert.Equal(StaffAddOutcome.Added, Factory.Services.GetRequiredService<IStaffStore>().AddAsync(account, CancellationToken.None).GetAwaiter().GetResult());
    }

    /// <summary>A ticket on a real web chat conversation (started by <paramref name="chat"/>), as the bot files it.</summary>
    internal async Task<Ticket> CreateTicketAsync(DirectLineTestClient chat, TicketDetails? details = null, string userName = "Anna K", IReadOnlyList<TranscriptEntry>? transcript = null, string language = "en")
    {
        if (chat.ConversationId.Length == 0)
        {
            await chat.StartAsync();
        }

        var reference = new ConversationReference
        {
            ChannelId = DirectLineAdapter.ChannelId,
            Conversation = new ConversationAccount { Id = chat.ConversationId },
            User = new ChannelAccount { Id = "dl_user", Name = userName, Role = "user" },
            Bot = new ChannelAccount { Id = "supportbot", Role = "bot" },
        };
        return await Tickets.CreateAsync(
            new NewTicket
            {
                ChannelId = DirectLineAdapter.ChannelId,
                ConversationId = chat.ConversationId,
                UserId = "dl_user",
                UserName = userName,
                Language = language,
                ConversationReference = JsonSerializer.Serialize(reference, ActivityJsonContext.Default.ConversationReference),
                Details = details ?? new TicketDetails { Problem = "VPN drops every few minutes" },
                Transcript = transcript ?? [new TranscriptEntry { At = Clock.GetUtcNow(), Role = TicketRole.User, SenderName = userName, Text = "vpn keeps dropping" }],
                Intents = [new IntentGuess { Intent = "vpn", Probability = 0.82 }, new IntentGuess { Intent = "wifi", Probability = 0.09 }],
                Articles = [new OfferedArticle { Id = "vpn-connect", Title = "VPN does not connect", Score = 7.5 }],
                EscalationReason = "user_asked_for_human",
            },
            CancellationToken.None);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
