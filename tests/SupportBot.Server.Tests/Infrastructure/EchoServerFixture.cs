using System.Text;
using SupportBot.Server.Channels.WebChat;

namespace SupportBot.Server.Tests.Infrastructure;

/// <summary>One server with the echo bot, shared by a test class (each test opens its own conversation).</summary>
public sealed class EchoServerFixture : IAsyncDisposable
{
    public EchoServerFixture()
    {
        Factory = new ServerFactory(Bot);
    }

    internal EchoBot Bot { get; } = new();

    public ServerFactory Factory { get; }

    internal DirectLineTestClient NewClient() => new(Factory.CreateClient());

    /// <summary>A token signed with the server's key at <paramref name="issuedAt"/>.</summary>
    public static string MintToken(string conversationId, TokenPurpose purpose, DateTimeOffset issuedAt, TimeSpan lifetime) =>
        new DirectLineTokens(Encoding.UTF8.GetBytes(ServerFactory.TestSecret), new FixedTimeProvider(issuedAt)).Issue(conversationId, purpose, lifetime);

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
