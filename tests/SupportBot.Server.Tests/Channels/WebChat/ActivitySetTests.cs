using System.Buffers;
using System.Text;
using System.Text.Json;
using SupportBot.Core.Conversations;
using SupportBot.Server.Channels.WebChat;

namespace SupportBot.Server.Tests.Channels.WebChat;

public sealed class ActivitySetTests
{
    [Fact]
    public void WriteTo_StoredActivities_FormsTheDirectLineSetAroundTheirJson()
    {
        var first = JsonSerializer.SerializeToUtf8Bytes(new Activity { Type = ActivityTypes.Message, Id = "c|0000001", Text = "Не работает \"ВПН\" <b>" }, DirectLineJson.Context.Activity);
        var second = Encoding.UTF8.GetBytes("""{"type":"message","id":"c|0000002","text":"\u041f\u0440\u0438\u0432\u0435\u0442"}""");
        var output = new ArrayBufferWriter<byte>();

        new ActivitySet([first, second], "2").WriteTo(output);

        using var set = JsonDocument.Parse(output.WrittenMemory);
        var activities = set.RootElement.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(["c|0000001", "c|0000002"], activities.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("Не работает \"ВПН\" <b>", activities[0].GetProperty("text").GetString());
        Assert.Equal("Привет", activities[1].GetProperty("text").GetString());
        Assert.Equal("2", set.RootElement.GetProperty("watermark").GetString());
    }

    [Fact]
    public void WriteTo_NoActivities_IsAnEmptySetWithTheWatermark()
    {
        var output = new ArrayBufferWriter<byte>();

        new ActivitySet([], "7").WriteTo(output);

        Assert.Equal("""{"activities":[],"watermark":"7"}""", Encoding.UTF8.GetString(output.WrittenSpan));
    }
}
