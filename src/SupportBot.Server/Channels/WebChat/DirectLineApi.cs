using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>The Direct Line 3.0 endpoints Web Chat (botframework-directlinejs 0.15) uses, under <c>/v3/directline</c>.</summary>
public static partial class DirectLineApi
{
    /// <summary>Maps the token, conversation, activity and stream endpoints.</summary>
    public static IEndpointRouteBuilder MapDirectLineApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v3/directline").RequireCors(WebChatServiceCollectionExtensions.CorsPolicy);
        api.MapPost("/tokens/generate", GenerateToken).RequireRateLimiting(DirectLineRateLimits.Start);
        api.MapPost("/tokens/refresh", RefreshToken).RequireRateLimiting(DirectLineRateLimits.Read);
        api.MapPost("/conversations", StartConversation).RequireRateLimiting(DirectLineRateLimits.Start);
        api.MapGet("/conversations/{conversationId}", Reconnect).RequireRateLimiting(DirectLineRateLimits.Read);
        api.MapPost("/conversations/{conversationId}/activities", PostActivity).RequireRateLimiting(DirectLineRateLimits.Post);
        api.MapGet("/conversations/{conversationId}/activities", GetActivities).RequireRateLimiting(DirectLineRateLimits.Read);
        api.MapGet("/conversations/{conversationId}/stream", DirectLineStream.HandleAsync);
        return app;
    }

    /// <summary>POST /tokens/generate: a new conversation and a token for it (no stream URL yet).</summary>
    internal static async Task<Results<JsonHttpResult<ConversationInfo>, JsonHttpResult<DirectLineError>>> GenerateToken(
        HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (await CheckOptionalBodyAsync(request, options.Value, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var log = await conversations.CreateAsync(cancellationToken);
        return DirectLineResults.Json(Info(request, tokens, options.Value, log.Id, watermark: null, withStream: false));
    }

    /// <summary>POST /tokens/refresh: a fresh token for the bearer token's conversation.</summary>
    internal static async Task<Results<JsonHttpResult<ConversationInfo>, JsonHttpResult<DirectLineError>>> RefreshToken(
        HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (BearerToken.Authorize(request, tokens, conversationId: null, out var claims) is { } denied)
        {
            return denied;
        }

        if (await conversations.FindAsync(claims.ConversationId, cancellationToken) is null)
        {
            return DirectLineResults.NotFound();
        }

        return DirectLineResults.Json(Info(request, tokens, options.Value, claims.ConversationId, watermark: null, withStream: false));
    }

    /// <summary>
    /// POST /conversations: starts the bearer token's conversation (from /tokens/generate), or without a token a new
    /// one; 201 with id, token, expiry and stream URL.
    /// </summary>
    internal static async Task<Results<JsonHttpResult<ConversationInfo>, JsonHttpResult<DirectLineError>>> StartConversation(
        HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (await CheckOptionalBodyAsync(request, options.Value, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        string conversationId;
        if (request.Headers.Authorization.Count > 0)
        {
            if (BearerToken.Authorize(request, tokens, conversationId: null, out var claims) is { } denied)
            {
                return denied;
            }

            if (await conversations.FindAsync(claims.ConversationId, cancellationToken) is null)
            {
                return DirectLineResults.NotFound();
            }

            conversationId = claims.ConversationId;
        }
        else
        {
            conversationId = (await conversations.CreateAsync(cancellationToken)).Id;
        }

        return DirectLineResults.Json(Info(request, tokens, options.Value, conversationId, watermark: null, withStream: true), StatusCodes.Status201Created);
    }

    /// <summary>GET /conversations/{id}?watermark=: reconnect; a fresh token and a stream URL that resumes after the watermark.</summary>
    internal static async Task<Results<JsonHttpResult<ConversationInfo>, JsonHttpResult<DirectLineError>>> Reconnect(
        string conversationId, [FromQuery] string? watermark, HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (BearerToken.Authorize(request, tokens, conversationId, out _) is { } denied)
        {
            return denied;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return DirectLineResults.BadArgument("The watermark must be a non-negative number.");
        }

        if (await conversations.FindAsync(conversationId, cancellationToken) is null)
        {
            return DirectLineResults.NotFound();
        }

        return DirectLineResults.Json(Info(request, tokens, options.Value, conversationId, from, withStream: true));
    }

    /// <summary>POST /conversations/{id}/activities: stores the activity, runs the bot's turn, answers <c>{id}</c>.</summary>
    internal static async Task<Results<JsonHttpResult<ResourceResponse>, JsonHttpResult<DirectLineError>>> PostActivity(
        string conversationId, HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens, DirectLineAdapter adapter, IBot bot,
        IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        if (BearerToken.Authorize(request, tokens, conversationId, out _) is { } denied)
        {
            return denied;
        }

        var log = await conversations.FindAsync(conversationId, cancellationToken);
        if (log is null)
        {
            return DirectLineResults.NotFound();
        }

        var limit = options.Value.MaxActivityBytes;
        var body = await RequestBody.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return DirectLineResults.TooLarge(limit);
        }

        var (activity, error) = IncomingActivity.Parse(body, ServiceUrl(request));
        if (activity is null)
        {
            return DirectLineResults.BadArgument(error!);
        }

        if (activity.Type == ActivityTypes.Typing)
        {
            // The user's typing indicator has no reader here: acknowledge it without storing or waking the bot.
            return DirectLineResults.Json(new ResourceResponse(conversationId + "|typing"));
        }

        // The turn runs to completion even if the client gives up waiting: the reply is stored and shown on reconnect.
        var stored = await adapter.ReceiveAsync(log, activity, bot, lifetime.ApplicationStopping);
        return DirectLineResults.Json(new ResourceResponse(stored.Id!));
    }

    /// <summary>
    /// GET /conversations/{id}/activities?watermark=: polling. A transient store problem answers an empty set with the
    /// same watermark, never a 5xx, because the Direct Line client stops polling on one.
    /// </summary>
    internal static async Task<IResult> GetActivities(
        string conversationId, [FromQuery] string? watermark, HttpRequest request, DirectLineConversations conversations, DirectLineTokens tokens,
        IOptions<DirectLineOptions> options, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        if (BearerToken.Authorize(request, tokens, conversationId, out _) is { } denied)
        {
            return denied;
        }

        if (!TryParseWatermark(watermark, out var from))
        {
            return DirectLineResults.BadArgument("The watermark must be a non-negative number.");
        }

        try
        {
            var log = await conversations.FindAsync(conversationId, cancellationToken);
            return log is null
                ? DirectLineResults.NotFound()
                : (await conversations.ReadAsync(log, from, options.Value.MaxActivitiesPerSet, cancellationToken)).ToResult();
        }
        catch (Exception exception) when (exception is SqliteException or TimeoutException or IOException)
        {
            LogPollingStoreProblem(loggerFactory.CreateLogger(typeof(DirectLineApi)), conversationId, exception);
            return new ActivitySet([], watermark ?? "").ToResult();
        }
    }

    internal static bool TryParseWatermark(string? watermark, out int value)
    {
        value = 0;
        return string.IsNullOrEmpty(watermark) || (int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 0);
    }

    private static ConversationInfo Info(HttpRequest request, DirectLineTokens tokens, DirectLineOptions options, string conversationId, int? watermark, bool withStream) => new()
    {
        ConversationId = conversationId,
        Token = tokens.Issue(conversationId, TokenPurpose.Conversation, options.TokenLifetime),
        ExpiresIn = (int)options.TokenLifetime.TotalSeconds,
        StreamUrl = withStream ? StreamUrl(request, tokens, options, conversationId, watermark) : null,
    };

    private static string StreamUrl(HttpRequest request, DirectLineTokens tokens, DirectLineOptions options, string conversationId, int? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var token = tokens.Issue(conversationId, TokenPurpose.Stream, options.StreamUrlLifetime);
        var url = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is > 0 ? url + "&watermark=" + watermark.Value.ToString(CultureInfo.InvariantCulture) : url;
    }

    private static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline";

    // Web Chat posts {"user":{...},"locale":...} when it starts a conversation: accepted and not needed, but it must be JSON.
    private static async Task<JsonHttpResult<DirectLineError>?> CheckOptionalBodyAsync(HttpRequest request, DirectLineOptions options, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, options.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            return DirectLineResults.TooLarge(options.MaxActivityBytes);
        }

        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? null : DirectLineResults.BadArgument("The body must be a JSON object.");
        }
        catch (JsonException exception)
        {
            return DirectLineResults.BadArgument("The body is not valid JSON: " + exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling conversation {ConversationId} hit a store problem; answered an empty set")]
    private static partial void LogPollingStoreProblem(ILogger logger, string conversationId, Exception exception);
}
