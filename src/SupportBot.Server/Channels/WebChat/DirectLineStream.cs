using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// The WebSocket behind a stream URL: sends every stored activity after the watermark as ActivitySet frames, then new
/// ones as they are stored; the client's frames (empty keep-alives) are read and ignored.
/// </summary>
internal static partial class DirectLineStream
{
    public static async Task HandleAsync(
        HttpContext context, string conversationId, [FromQuery(Name = "t")] string? token, [FromQuery] string? watermark,
        DirectLineConversations conversations, DirectLineTokens tokens, IOptions<DirectLineOptions> options, IHostApplicationLifetime lifetime, ILoggerFactory loggerFactory)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await DirectLineResults.BadArgument("The stream URL takes a WebSocket connection.").ExecuteAsync(context);
            return;
        }

        var check = tokens.Check(token, TokenPurpose.Stream);
        if (check.Claims is null || !string.Equals(check.Claims.ConversationId, conversationId, StringComparison.Ordinal))
        {
            await DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "The stream URL is not valid or has expired.").ExecuteAsync(context);
            return;
        }

        if (!DirectLineApi.TryParseWatermark(watermark, out var from))
        {
            await DirectLineResults.BadArgument("The watermark must be a non-negative number.").ExecuteAsync(context);
            return;
        }

        var log = await conversations.FindAsync(conversationId, context.RequestAborted);
        if (log is null)
        {
            await DirectLineResults.NotFound().ExecuteAsync(context);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        log.StreamOpened();
        var status = WebSocketCloseStatus.NormalClosure;
        try
        {
            var receiving = IgnoreClientFramesAsync(socket, closing);
            await SendAsync(socket, log, conversations, from, options.Value.MaxActivitiesPerSet, closing.Token);
            await receiving;
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            LogStreamEnded(loggerFactory.CreateLogger(typeof(DirectLineStream)), conversationId, exception.GetType().Name);
        }
        catch (SqliteException exception)
        {
            // Older activities come from the store; when it fails the client reconnects with its watermark and loses nothing.
            LogStreamStoreProblem(loggerFactory.CreateLogger(typeof(DirectLineStream)), conversationId, exception);
            status = WebSocketCloseStatus.InternalServerError;
        }
        finally
        {
            log.StreamClosed();
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            status = lifetime.ApplicationStopping.IsCancellationRequested ? WebSocketCloseStatus.EndpointUnavailable : status;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(status, null, timeout.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                // The peer is gone; nothing to close.
            }
        }
    }

    private static async Task SendAsync(WebSocket socket, ConversationLog log, DirectLineConversations conversations, int watermark, int max, CancellationToken cancellationToken)
    {
        var frame = new ArrayBufferWriter<byte>(16 * 1024);
        while (!cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            if (log.IsEvicted)
            {
                // Evicted between lookup and StreamOpened: follow the conversation to its reloaded log.
                log.StreamClosed();
                log = await conversations.FindAsync(log.Id, cancellationToken) ?? log;
                log.StreamOpened();
            }

            var set = await conversations.ReadAsync(log, watermark, max, cancellationToken);
            if (set.Activities.Count == 0)
            {
                await log.WaitAsync(watermark, cancellationToken);
                continue;
            }

            frame.ResetWrittenCount();
            set.WriteTo(frame);
            await socket.SendAsync(frame.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            watermark = int.Parse(set.Watermark, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static async Task IgnoreClientFramesAsync(WebSocket socket, CancellationTokenSource closing)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closing.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closing.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The connection dropped; the sender stops below.
        }
        finally
        {
            await closing.CancelAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stream for conversation {ConversationId} ended ({Reason})")]
    private static partial void LogStreamEnded(ILogger logger, string conversationId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream for conversation {ConversationId} closed: the store failed reading its activities")]
    private static partial void LogStreamStoreProblem(ILogger logger, string conversationId, Exception exception);
}
