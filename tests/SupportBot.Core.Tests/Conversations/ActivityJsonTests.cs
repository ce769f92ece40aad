using System.Text.Json;
using SupportBot.Core.Conversations;

namespace SupportBot.Core.Tests.Conversations;

public sealed class ActivityJsonTests
{
    private const string WebChatMessage = """
        {
          "type": "message",
          "id": "abc|0000001",
          "timestamp": "2026-12-01T06:00:00+00:00",
          "channelId": "webchat",
          "serviceUrl": "https://bot.example/",
          "from": { "id": "dl_user", "name": "Пользователь", "role": "user" },
          "recipient": { "id": "bot", "role": "bot" },
          "conversation": { "id": "conv-1" },
          "text": "Не работает VPN 😕",
          "textFormat": "plain",
          "locale": "ru-RU",
          "channelData": { "clientActivityID": "167|x", "nested": { "n": [1, 2] } },
          "entities": [ { "type": "ClientCapabilities" } ]
        }
        """;

    [Fact]
    public void Deserialize_WebChatMessage_ReadsBotFrameworkFieldsAndKeepsChannelData()
    {
        var activity = JsonSerializer.Deserialize(WebChatMessage, ActivityJsonContext.Default.Activity)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("abc|0000001", activity.Id);
        Assert.Equal("dl_user", activity.From?.Id);
        Assert.Equal("user", activity.From?.Role);
        Assert.Equal("conv-1", activity.Conversation?.Id);
        Assert.Equal("Не работает VPN 😕", activity.Text);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal("167|x", activity.ChannelData?.GetProperty("clientActivityID").GetString());
    }

    [Fact]
    public void Serialize_RoundTrip_CamelCaseNoNullsChannelDataIntact()
    {
        var activity = JsonSerializer.Deserialize(WebChatMessage, ActivityJsonContext.Default.Activity)!;
        var reply = activity.CreateReply(Activity.Message("Попробуйте переподключиться", SuggestedActions.ImBack("Да", "Нет")));

        var json = JsonSerializer.Serialize(reply, ActivityJsonContext.Default.Activity);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("message", root.GetProperty("type").GetString());
        Assert.Equal("abc|0000001", root.GetProperty("replyToId").GetString());
        Assert.Equal("bot", root.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("dl_user", root.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("imBack", root.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("type").GetString());
        Assert.Equal("Да", root.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("value").GetString());
        Assert.False(root.TryGetProperty("attachments", out _));
        Assert.False(root.TryGetProperty("Text", out _));
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);

        var original = JsonSerializer.Serialize(activity, ActivityJsonContext.Default.Activity);
        var again = JsonSerializer.Deserialize(original, ActivityJsonContext.Default.Activity)!;
        Assert.Equal(original, JsonSerializer.Serialize(again, ActivityJsonContext.Default.Activity));
        Assert.Contains("\"channelData\":{\"clientActivityID\":\"167|x\",\"nested\":{\"n\":[1,2]}}", original, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"type\": \"message\", \"text\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{ \"text\": \"no type\" }")]
    public void Deserialize_MalformedJson_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, ActivityJsonContext.Default.Activity));
    }

    [Fact]
    public void CreateReply_AgentSender_KeepsTheAgentAsSender()
    {
        var incoming = JsonSerializer.Deserialize(WebChatMessage, ActivityJsonContext.Default.Activity)!;
        var agent = new ChannelAccount { Id = "agent-7", Name = "Анна (L1)", Role = "agent" };

        var reply = incoming.CreateReply(Activity.Message("Здравствуйте, я посмотрю.") with { From = agent });

        Assert.Equal(agent, reply.From);
        Assert.Equal("dl_user", reply.Recipient?.Id);
    }
}
