using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SupportBot.Benchmarks;

/// <summary>A minimal Direct Line client for the load run: start a conversation, post a message, poll.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public async Task<(string Id, string Token, string StreamUrl)> StartAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync("v3/directline/conversations", new StringContent("{}", Encoding.UTF8, "application/json"), cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        var root = body.RootElement;
        return (root.GetProperty("conversationId").GetString()!, root.GetProperty("token").GetString()!, root.GetProperty("streamUrl").GetString()!);
    }

    /// <summary>Posts a message and returns the server's id for it.</summary>
    public async Task<string> PostAsync(string conversationId, string token, string text, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(text);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent(
                "{\"type\":\"message\",\"text\":" + json + ",\"from\":{\"id\":\"bench\",\"role\":\"user\"},\"channelData\":{\"clientActivityID\":\"" + Guid.NewGuid().ToString("N") + "\"}}",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return body.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>One poll: the activities after <paramref name="watermark"/> and the new watermark.</summary>
    public async Task<(List<Received> Activities, string Watermark)> PollAsync(string conversationId, string token, string watermark, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return Parse(body.RootElement);
    }

    /// <summary>Reads an ActivitySet (polling answer or stream frame).</summary>
    public static (List<Received> Activities, string Watermark) Parse(JsonElement set)
    {
        var activities = new List<Received>();
        foreach (var activity in set.GetProperty("activities").EnumerateArray())
        {
            activities.Add(new Received(
                activity.GetProperty("id").GetString()!,
                activity.GetProperty("type").GetString()!,
                activity.TryGetProperty("replyToId", out var replyTo) ? replyTo.GetString() : null,
                activity.GetProperty("from").GetProperty("role").GetString() == "bot",
                activity.TryGetProperty("text", out var text) ? text.GetString() : null));
        }

        return (activities, set.GetProperty("watermark").GetString() ?? "");
    }

    /// <summary>What the load run needs of a received activity.</summary>
    public sealed record Received(string Id, string Type, string? ReplyToId, bool FromBot, string? Text);
}
