namespace SupportBot.Server.Tests.Infrastructure;

/// <summary>One server with the registered bot, the shipped model and knowledge base.</summary>
public sealed class RealBotFixture : IAsyncDisposable
{
    public ServerFactory Factory { get; } = new();

    internal DirectLineTestClient NewClient() => new(Factory.CreateClient());

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
