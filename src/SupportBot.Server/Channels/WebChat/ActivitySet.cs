using System.Buffers;
using System.Text.Json;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// Activities after a watermark and the new watermark: a polling answer and each stream frame. Each activity is the
/// JSON it was stored as, so an answer is written by copying bytes, not by serializing the activities again.
/// </summary>
internal sealed class ActivitySet(IReadOnlyList<byte[]> activities, string watermark)
{
    /// <summary>The activities, each as UTF-8 JSON.</summary>
    public IReadOnlyList<byte[]> Activities => activities;

    public string Watermark => watermark;

    /// <summary><c>{"activities":[…],"watermark":"N"}</c> as UTF-8 JSON.</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteStartArray("activities"u8);
        foreach (var activity in activities)
        {
            // Written by our own serializer when the activity was appended.
            writer.WriteRawValue(activity, skipInputValidation: true);
        }

        writer.WriteEndArray();
        writer.WriteString("watermark"u8, watermark);
        writer.WriteEndObject();
    }

    /// <summary>The set as a JSON body with status 200.</summary>
    public IResult ToResult() => new Result(this);

    private sealed class Result(ActivitySet set) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            set.WriteTo(httpContext.Response.BodyWriter);
            return httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
        }
    }
}
