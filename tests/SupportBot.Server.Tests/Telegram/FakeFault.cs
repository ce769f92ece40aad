namespace SupportBot.Server.Tests.Telegram;

/// <summary>How the fake Bot API misbehaves on one call: after <see cref="Delay"/>, answers <see cref="Body"/> with <see cref="Status"/> (no body: answers normally).</summary>
internal sealed record FakeFault(int Status, string? Body, TimeSpan Delay = default)
{
    public static FakeFault TooManyRequests(int retryAfterSeconds) =>
        new(429, $$$"""{"ok":false,"error_code":429,"description":"Too Many Requests: retry after {{{retryAfterSeconds}}}","parameters":{"retry_after":{{{retryAfterSeconds}}}}}""");

    public static FakeFault ServerError() => new(500, """{"ok":false,"error_code":500,"description":"Internal Server Error"}""");

    public static FakeFault BadGateway() => new(502, "<html><body>502 Bad Gateway</body></html>");

    public static FakeFault Malformed() => new(200, """{"ok":true,"result":[{"update_id":""");

    public static FakeFault Conflict() => new(409, """{"ok":false,"error_code":409,"description":"Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"}""");

    public static FakeFault BadRequest(string description) => new(400, $$"""{"ok":false,"error_code":400,"description":"{{description}}"}""");

    public static FakeFault Hang(TimeSpan delay) => new(200, null, delay);
}
