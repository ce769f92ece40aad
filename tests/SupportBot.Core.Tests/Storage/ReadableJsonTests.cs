using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SupportBot.Core.Conversations;
using SupportBot.Core.Intents;
using SupportBot.Core.Storage;
using SupportBot.Core.Support;

namespace SupportBot.Core.Tests.Storage;

public sealed class ReadableJsonTests
{
    // Every kind of character the escaping treats differently: Cyrillic with ё, an emoji (a surrogate pair), markup,
    // quotes, a backslash, a control character and a line break.
    private const string Awkward = "Привет, ёжик 👋 <script>alert('x')</script> & \"кавычки\" \\ \u0001 конец\nстрока";

    [Fact]
    public void SerializeToUtf8Bytes_AnActivity_WritesTheSameBytesAsTheReadableOptions()
    {
        var activity = Activity.Message(Awkward, SuggestedActions.ImBack("Да, помогло", "Позвать человека <b>")) with
        {
            Id = "conv|0000012",
            Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(1_796_137_528_848),
            From = new ChannelAccount { Id = "user-1", Name = "Пётр", Role = "user" },
            Conversation = new ConversationAccount { Id = "conv" },
            ReplyToId = "conv|0000011",
            Locale = "ru-RU",
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["clientActivityID"] = "ид-" + Awkward }),
        };

        var fast = ReadableJson.SerializeToUtf8Bytes(activity, ActivityJsonContext.Default.Activity);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJsonContext.Readable.Activity), fast);
        Assert.Contains("Привет, ёжик", Encoding.UTF8.GetString(fast), StringComparison.Ordinal);
        Assert.Equal(Awkward, JsonSerializer.Deserialize(fast, ActivityJsonContext.Default.Activity)!.Text);
    }

    [Fact]
    public void SerializeToUtf8Bytes_TheSupportState_WritesTheSameBytesAsTheReadableOptions()
    {
        var state = new SupportState
        {
            Language = "ru",
            Clarifications = 1,
            Problem = Awkward,
            Guesses = [new IntentScore("vpn", 0.81f), new IntentScore("wifi", 0.07f)],
            OfferedArticles = [new ArticleScore("vpn", "Не подключается VPN", 12.5, IsRelevant: true)],
            TriedSteps = ["Перезагрузите роутер"],
            OpenTicket = "HD-000042",
        };

        var fast = ReadableJson.SerializeToUtf8Bytes(state, SupportJsonContext.Default.SupportState);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(state, SupportJsonContext.Readable.SupportState), fast);
        Assert.Equal(state.Problem, JsonSerializer.Deserialize(fast, SupportJsonContext.Default.SupportState)!.Problem);
    }

    [Fact]
    public void SerializeToUtf8Bytes_LargeThenSmall_EachComplete()
    {
        var large = Activity.Message(new string('я', 100_000));
        var small = Activity.Message("ok");

        var first = ReadableJson.SerializeToUtf8Bytes(large, ActivityJsonContext.Default.Activity);
        var second = ReadableJson.SerializeToUtf8Bytes(small, ActivityJsonContext.Default.Activity);

        Assert.Equal(large.Text, JsonSerializer.Deserialize(first, ActivityJsonContext.Default.Activity)!.Text);
        Assert.Equal("""{"type":"message","text":"ok"}""", Encoding.UTF8.GetString(second));
    }

    [Fact]
    public void SerializeToUtf8Bytes_CalledAgainFromInsideAConverter_KeepsBothResultsApart()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        var outer = (JsonTypeInfo<Wrapper>)options.GetTypeInfo(typeof(Wrapper));

        var json = Encoding.UTF8.GetString(ReadableJson.SerializeToUtf8Bytes(new Wrapper("снаружи", new Inner("внутри")), outer));

        Assert.Equal("""{"Name":"снаружи","Inner":"{\u0022Name\u0022:\u0022внутри\u0022}"}""", json);
    }

    private sealed record Wrapper(string Name, [property: JsonConverter(typeof(InnerAsNestedJson))] Inner Inner);

    private sealed record Inner(string Name);

    // Writes the value as a string holding its own JSON, made by a nested call on the same thread.
    private sealed class InnerAsNestedJson : JsonConverter<Inner>
    {
        public override Inner Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Inner value, JsonSerializerOptions options)
        {
            var typeInfo = (JsonTypeInfo<Inner>)options.GetTypeInfo(typeof(Inner));
            writer.WriteStringValue(Encoding.UTF8.GetString(ReadableJson.SerializeToUtf8Bytes(value, typeInfo)));
        }
    }
}
