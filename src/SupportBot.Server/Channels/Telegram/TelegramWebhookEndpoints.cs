using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>The webhook Telegram POSTs updates to in webhook mode.</summary>
public static class TelegramWebhookEndpoints
{
    /// <summary>Where the webhook listens.</summary>
    public const string Route = "/telegram/webhook";

    /// <summary>The header Telegram puts the webhook secret in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    // Updates are a few kilobytes; anything near this is not from Telegram.
    private const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Maps <c>POST /telegram/webhook</c>: 403 without the right secret, 200 once the update is queued.</summary>
    public static IEndpointConventionBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(Route, HandleAsync).ExcludeFromDescription();
    }

    internal static async Task<IResult> HandleAsync(HttpContext context, TelegramWebhookQueue queue, IOptions<TelegramOptions> options, ILoggerFactory loggerFactory)
    {
        var settings = options.Value;
        var logger = loggerFactory.CreateLogger(typeof(TelegramWebhookEndpoints));
        if (!settings.Enabled || settings.Mode != TelegramMode.Webhook || string.IsNullOrEmpty(settings.WebhookSecret))
        {
            return Results.NotFound();
        }

        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString(), settings.WebhookSecret))
        {
            TelegramLog.WebhookRefused(logger, "wrong or missing secret token");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            TelegramLog.WebhookRefused(logger, "body too large");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(context.Request.Body, TelegramJsonContext.Default.JsonElement, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            TelegramLog.WebhookRefused(logger, "malformed JSON");
            return Results.BadRequest();
        }
        catch (BadHttpRequestException)
        {
            TelegramLog.WebhookRefused(logger, "body too large");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var (update, updateId) = TelegramUpdateReader.Read(body);
        if (update is null)
        {
            // An update Telegram sent but we cannot read: answering 200 stops it from being delivered again forever.
            TelegramLog.UpdateIgnored(logger, updateId, "unreadable", "-", "not a Bot API update we can read");
            return updateId > 0 ? Results.Ok() : Results.BadRequest();
        }

        switch (await queue.AcceptAsync(update, body.GetRawText(), context.RequestAborted).ConfigureAwait(false))
        {
            case WebhookAcceptance.Full:
                context.Response.Headers.RetryAfter = "5";
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case WebhookAcceptance.Duplicate:
                TelegramLog.DuplicateUpdate(logger, update.UpdateId);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    /// <summary>Compares in constant time; hashing first makes the time independent of the lengths too.</summary>
    internal static bool SecretMatches(string? presented, string expected)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var left = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var right = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(left, right);
    }
}
