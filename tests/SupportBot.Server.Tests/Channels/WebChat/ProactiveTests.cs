using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Core.Conversations;
using SupportBot.Server.Channels.WebChat;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Channels.WebChat;

public sealed class ProactiveTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    [Fact]
    public async Task ContinueConversation_AgentReply_ReachesTheStreamAndPollingAsABotMessage()
    {
        var client = server.NewClient();
        await client.StartAsync();
        var userMessageId = await client.SendAsync("I need a human");
        var echo = (await client.PollAsync()).Activities[0]!;
        var reference = new ConversationReference
        {
            ChannelId = DirectLineAdapter.ChannelId,
            Conversation = new ConversationAccount { Id = client.ConversationId },
            User = new ChannelAccount { Id = echo["from"]!["id"]!.GetValue<string>(), Role = "user" },
            Bot = new ChannelAccount { Id = "supportbot", Role = "bot" },
            ActivityId = userMessageId,
        };
        using var socket = await server.Factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(client.StreamUrl), CancellationToken.None);
        var reader = new ActivityStreamReader(socket);
        var adapter = server.Factory.Services.GetRequiredService<DirectLineAdapter>();

        await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendTextAsync("Agent Anna here, looking into it.", ct), CancellationToken.None);
        await reader.ReadUntilAsync(a => a.Any(x => DirectLineTestClient.Text(x) == "Agent Anna here, looking into it."));

        var pushed = reader.Activities.Last();
        Assert.Equal("bot", pushed["from"]!["role"]!.GetValue<string>());
        Assert.Equal("dl_user", pushed["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(client.ConversationId + "|0000004", pushed["id"]!.GetValue<string>());
        Assert.Equal("Agent Anna here, looking into it.", DirectLineTestClient.Text((await client.PollAsync("3")).Activities.Single()));
    }

    [Fact]
    public async Task ContinueConversation_UnknownConversation_ThrowsUnknownConversation()
    {
        var adapter = server.Factory.Services.GetRequiredService<DirectLineAdapter>();
        var reference = new ConversationReference { ChannelId = DirectLineAdapter.ChannelId, Conversation = new ConversationAccount { Id = "NoSuchConversation0004" } };

        await Assert.ThrowsAsync<UnknownConversationException>(() =>
            adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendTextAsync("anyone?", ct), CancellationToken.None));
    }
}
