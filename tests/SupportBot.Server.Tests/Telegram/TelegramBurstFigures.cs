namespace SupportBot.Server.Tests.Telegram;

/// <summary>What one burst through the Telegram channel measured.</summary>
internal sealed record TelegramBurstFigures(int Updates, int Sent, TimeSpan Elapsed, int MaxPerSecond, TimeSpan MinChatGap, TimeSpan LatencyP50, TimeSpan LatencyP95, TimeSpan LatencyMax)
{
    public double UpdatesPerSecond => Updates / Elapsed.TotalSeconds;
}
