using System.Text.Json.Nodes;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>One request the fake Bot API received.</summary>
internal sealed record FakeCall(string Method, JsonObject Body, DateTimeOffset At);
