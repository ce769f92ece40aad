using System.Text.Json;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>Parses and checks an activity a client posts; what the server owns (ids, time, addressing) is not taken from it.</summary>
internal static class IncomingActivity
{
    private const int MaxAccountIdLength = 256;

    /// <summary>The activity ready to store, or the reason it is refused (for a 400).</summary>
    public static (Activity? Activity, string? Error) Parse(ReadOnlySpan<byte> body, string serviceUrl)
    {
        if (body.IsEmpty)
        {
            return (null, "The body is empty; expected an activity as JSON.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, DirectLineJson.Context.Activity);
        }
        catch (JsonException exception)
        {
            return (null, "The body is not a valid activity: " + exception.Message);
        }

        if (activity is null)
        {
            return (null, "The body is not a valid activity: null.");
        }

        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Typing or ActivityTypes.Event))
        {
            return (null, $"Activity type '{activity.Type}' is not accepted; expected message, typing or event.");
        }

        if (activity.Type == ActivityTypes.Message && string.IsNullOrWhiteSpace(activity.Text) && activity.Attachments is not { Count: > 0 } && activity.Value is null)
        {
            return (null, "A message needs text, attachments or a value.");
        }

        if (activity.From is { Id.Length: > MaxAccountIdLength })
        {
            return (null, $"from.id is longer than {MaxAccountIdLength} characters.");
        }

        var from = activity.From is { Id.Length: > 0 } sender ? sender with { Role = "user" } : new ChannelAccount { Id = "user", Role = "user" };
        return (activity with
        {
            Id = null,
            Timestamp = null,
            ReplyToId = null,
            From = from,
            ServiceUrl = serviceUrl,
        }, null);
    }
}
