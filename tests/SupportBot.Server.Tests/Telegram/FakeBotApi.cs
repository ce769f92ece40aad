using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>
/// A Bot API of our own on 127.0.0.1 (Kestrel, port 0) that can misbehave on purpose: scripted faults per method
/// (429 with retry_after, 500, hangs, malformed JSON), getUpdates with real offset and long-poll semantics (or
/// without offsets, like telegram-test-api), and a record of every call with the time it arrived.
/// </summary>
internal sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-secret_token-ABCDEFGHIJ";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeFault>> _faults = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _updates = [];
    private readonly Lock _updatesLock = new();
    private readonly ConcurrentQueue<FakeCall> _calls = new();
    private readonly TimeProvider _timeProvider;
    private TaskCompletionSource _updatesAdded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextUpdateId = 1000;
    private long _nextMessageId = 1;

    private FakeBotApi(WebApplication app, TimeProvider timeProvider)
    {
        _app = app;
        _timeProvider = timeProvider;
    }

    /// <summary>The base URL to give the client (no token).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>When false, getUpdates ignores the offset and hands out each update once, like telegram-test-api.</summary>
    public bool OffsetSemantics { get; set; } = true;

    /// <summary>When true, getUpdates returns every stored update on every call, offset or not (a broken peer).</summary>
    public bool RepeatEverything { get; set; }

    public IReadOnlyList<FakeCall> Calls => [.. _calls];

    public IReadOnlyList<FakeCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    public static async Task<FakeBotApi> StartAsync(TimeProvider? timeProvider = null)
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeBotApi(app, timeProvider ?? TimeProvider.System);
        app.MapPost("/bot{token}/{method}", fake.HandleAsync);
        fake.BaseUrl = await LoopbackApp.StartAsync(app);
        return fake;
    }

    /// <summary>The next call(s) to <paramref name="method"/> misbehave as given, in order.</summary>
    public void Fail(string method, params FakeFault[] faults)
    {
        var queue = _faults.GetOrAdd(method, _ => new ConcurrentQueue<FakeFault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>Adds a raw update (its update_id is assigned when missing) and returns its id.</summary>
    public long AddUpdate(JsonObject update)
    {
        lock (_updatesLock)
        {
            if (!update.ContainsKey("update_id"))
            {
                update["update_id"] = ++_nextUpdateId;
            }

            _updates.Add(update);
            _updatesAdded.TrySetResult();
            _updatesAdded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return update["update_id"]!.GetValue<long>();
        }
    }

    /// <summary>A private text message from user <paramref name="userId"/> in their chat (same id).</summary>
    public long AddMessage(long userId, string text, string languageCode = "ru") => AddUpdate(new JsonObject
    {
        ["message"] = Message(userId, text, languageCode),
    });

    public static JsonObject Message(long userId, string? text, string languageCode = "ru", string chatType = "private", long? chatId = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = (int)(userId % 100_000) + 1,
            ["from"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Иван", ["last_name"] = "Петров", ["username"] = "ivan", ["language_code"] = languageCode },
            ["chat"] = new JsonObject { ["id"] = chatId ?? userId, ["type"] = chatType },
            ["date"] = 1_764_547_200,
        };
        if (text is not null)
        {
            message["text"] = text;
        }

        return message;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        var body = await JsonSerializer.DeserializeAsync<JsonObject>(context.Request.Body) ?? [];
        _calls.Enqueue(new FakeCall(method, body, _timeProvider.GetUtcNow()));
        if (token != Token)
        {
            await WriteAsync(context, 401, """{"ok":false,"error_code":401,"description":"Unauthorized"}""");
            return;
        }

        if (_faults.TryGetValue(method, out var faults) && faults.TryDequeue(out var fault))
        {
            if (fault.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fault.Delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            if (fault.Body is not null)
            {
                await WriteAsync(context, fault.Status, fault.Body);
                return;
            }
        }

        var result = method switch
        {
            "getUpdates" => await GetUpdatesAsync(body, context.RequestAborted),
            "sendMessage" => new JsonObject
            {
                ["message_id"] = Interlocked.Increment(ref _nextMessageId),
                ["chat"] = new JsonObject { ["id"] = body["chat_id"]!.DeepClone(), ["type"] = "private" },
                ["date"] = _timeProvider.GetUtcNow().ToUnixTimeSeconds(),
                ["text"] = body["text"]!.DeepClone(),
            },
            "getMe" => new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "Support", ["username"] = "support_test_bot" },
            "getWebhookInfo" => new JsonObject { ["url"] = "", ["has_custom_certificate"] = false, ["pending_update_count"] = 0 },
            _ => (JsonNode)true,
        };
        await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
    }

    private async Task<JsonNode> GetUpdatesAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var offset = body["offset"]?.GetValue<long>() ?? 0;
        var limit = body["limit"]?.GetValue<int>() ?? 100;
        var timeout = body["timeout"]?.GetValue<int>() ?? 0;
        var deadline = DateTime.UtcNow.AddSeconds(timeout);
        while (true)
        {
            Task added;
            lock (_updatesLock)
            {
                IEnumerable<JsonObject> pending = _updates;
                if (RepeatEverything)
                {
                    pending = _updates;
                }
                else if (OffsetSemantics)
                {
                    // Telegram forgets everything below the offset once asked for it.
                    _updates.RemoveAll(u => u["update_id"]!.GetValue<long>() < offset);
                }
                else
                {
                    pending = _updates.Where(u => !u.ContainsKey("__read"));
                }

                var batch = pending.Take(limit).ToList();
                if (batch.Count > 0 || DateTime.UtcNow >= deadline)
                {
                    if (!OffsetSemantics && !RepeatEverything)
                    {
                        batch.ForEach(u => u["__read"] = true);
                    }

                    var array = new JsonArray();
                    foreach (var update in batch)
                    {
                        var copy = update.DeepClone().AsObject();
                        copy.Remove("__read");
                        array.Add(copy);
                    }

                    return array;
                }

                added = _updatesAdded.Task;
            }

            var wait = deadline - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.WhenAny(added, Task.Delay(wait, cancellationToken));
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }
}
