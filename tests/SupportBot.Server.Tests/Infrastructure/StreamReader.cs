using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace SupportBot.Server.Tests.Infrastructure;

/// <summary>Reads ActivitySet frames from a Direct Line WebSocket, collecting activities until a condition holds.</summary>
internal sealed class ActivityStreamReader(WebSocket socket)
{
    public List<JsonNode> Activities { get; } = [];

    public List<string> Watermarks { get; } = [];

    public async Task ReadUntilAsync(Func<List<JsonNode>, bool> done, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        while (!done(Activities))
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancel.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("The server closed the stream.");
            }

            var set = JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!;
            Watermarks.Add(set["watermark"]!.GetValue<string>());
            Activities.AddRange(set["activities"]!.AsArray().Select(a => a!.DeepClone()));
        }
    }
}
