using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// The Bot API over HttpClient: POSTs each request as JSON to <c>{ApiBaseUrl}/bot{token}/{method}</c> and reads the
/// envelope. The URL holds the token, so it never goes into a log or an exception message; the HttpClient it gets
/// must not log URLs either (<see cref="TelegramServiceCollectionExtensions"/> gives it a plain handler, not one
/// from the HTTP client factory, whose loggers print request URLs).
/// </summary>
internal sealed class TelegramBotClient : ITelegramBotClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _methodPrefix;

    public TelegramBotClient(HttpClient http, IOptions<TelegramOptions> options, TimeProvider timeProvider, ILogger<TelegramBotClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options.Value;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        // Our own timeout (below) tells a timeout from the caller's cancellation; HttpClient's would blur them.
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _methodPrefix = _options.ApiBaseUrl.TrimEnd('/') + "/bot" + _options.BotToken + "/";
    }

    public async Task<TResult> SendRequestAsync<TResult>(TelegramRequest<TResult> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_options.Enabled)
        {
            throw new InvalidOperationException("Telegram:BotToken is not set; the Telegram channel is off.");
        }

        var method = request.MethodName;
        using var timeout = new CancellationTokenSource(_options.RequestTimeout + request.ServerWait, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, request.RequestTypeInfo));
            content.Headers.ContentType = Json;
            using var response = await _http.PostAsync(new Uri(_methodPrefix + method), content, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            TelegramLog.Answered(_logger, method, (int)response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return Read(request, (int)response.StatusCode, body);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            var limit = (_options.RequestTimeout + request.ServerWait).TotalSeconds;
            throw new TelegramTransportException(method, TelegramTransportFailure.Timeout, $"no answer within {limit:0.#} s", innerException: Scrubbed(exception));
        }
        catch (HttpRequestException exception)
        {
            throw new TelegramTransportException(method, TelegramTransportFailure.Network, Scrub(exception.Message), (int?)exception.StatusCode, Scrubbed(exception));
        }
        catch (IOException exception)
        {
            throw new TelegramTransportException(method, TelegramTransportFailure.Network, Scrub(exception.Message), innerException: Scrubbed(exception));
        }
    }

    private TResult Read<TResult>(TelegramRequest<TResult> request, int status, byte[] body)
    {
        TelegramResponse<TResult>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body, request.ResponseTypeInfo);
        }
        catch (JsonException exception)
        {
            // The path and position say where the JSON broke without echoing the body.
            throw new TelegramTransportException(request.MethodName, TelegramTransportFailure.MalformedResponse, $"HTTP {status} with a body that is not a Bot API answer (at {exception.Path ?? "$"}, byte {exception.BytePositionInLine})", status);
        }

        if (envelope is null)
        {
            throw new TelegramTransportException(request.MethodName, TelegramTransportFailure.MalformedResponse, $"HTTP {status} with an empty answer", status);
        }

        if (!envelope.Ok)
        {
            var retryAfter = envelope.Parameters?.RetryAfter is int seconds and >= 0 ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            var description = Scrub(envelope.Description ?? $"HTTP {status} without a description");
            throw new TelegramApiException(request.MethodName, envelope.ErrorCode ?? status, description, retryAfter, envelope.Parameters?.MigrateToChatId);
        }

        // Methods that answer "true" may answer null from a test peer; a missing object is a broken answer.
        if (envelope.Result is null && Nullable.GetUnderlyingType(typeof(TResult)) is null)
        {
            throw new TelegramTransportException(request.MethodName, TelegramTransportFailure.MalformedResponse, $"HTTP {status}: ok without a result", status);
        }

        return envelope.Result!;
    }

    private string Scrub(string text) => TelegramSecrets.Scrub(text, _options.BotToken);

    // Inner exceptions are kept for their type and stack, but their messages could hold a URL with the token.
    private Exception? Scrubbed(Exception exception) =>
        exception.ToString().Contains(_options.BotToken!, StringComparison.Ordinal) ? null : exception;
}
