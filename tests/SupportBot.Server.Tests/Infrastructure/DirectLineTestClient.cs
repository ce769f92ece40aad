using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SupportBot.Server.Tests.Infrastructure;

/// <summary>Speaks Direct Line to the server the way botframework-directlinejs does, with raw JSON to see the wire.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public string ConversationId { get; set; } = "";

    public string Token { get; set; } = "";

    public string StreamUrl { get; private set; } = "";

    /// <summary>POST /conversations without a token; remembers id, token and stream URL.</summary>
    public async Task<JsonObject> StartAsync()
    {
        using var response = await Http.PostAsync("/v3/directline/conversations", Json("""{"user":{}}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ReadObjectAsync(response);
        ConversationId = body["conversationId"]!.GetValue<string>();
        Token = body["token"]!.GetValue<string>();
        StreamUrl = body["streamUrl"]!.GetValue<string>();
        return body;
    }

    public async Task<HttpResponseMessage> PostRawAsync(HttpContent content, string? conversationId = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return await Http.SendAsync(request);
    }

    /// <summary>Posts a message like Web Chat does (with a clientActivityID) and returns the server's activity id.</summary>
    public async Task<string> SendAsync(string text, string? clientActivityId = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "dl_user", ["role"] = "user" },
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        using var response = await PostRawAsync(Json(activity.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadObjectAsync(response))["id"]!.GetValue<string>();
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return await Http.SendAsync(request);
    }

    /// <summary>Polls once: the activities after <paramref name="watermark"/> and the new watermark.</summary>
    public async Task<(JsonArray Activities, string Watermark)> PollAsync(string watermark = "")
    {
        using var response = await GetAsync($"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadObjectAsync(response);
        return (body["activities"]!.AsArray(), body["watermark"]!.GetValue<string>());
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Asserts a Direct Line error body with <paramref name="code"/>.</summary>
    public static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await ReadObjectAsync(response);
        Assert.Equal(code, body["error"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body["error"]!["message"]!.GetValue<string>()));
    }

    public static string Text(JsonNode? activity) => activity?["text"]?.GetValue<string>() ?? "";

    public static string Type(JsonNode? activity) => activity!["type"]!.GetValue<string>();

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
