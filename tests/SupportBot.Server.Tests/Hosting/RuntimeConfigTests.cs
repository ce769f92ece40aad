using System.Text.Json;

namespace SupportBot.Server.Tests.Hosting;

public sealed class RuntimeConfigTests
{
    // The server's runtimeconfig.json is copied next to the tests with the server's assembly.
    private static readonly string ServerRuntimeConfig = Path.Combine(AppContext.BaseDirectory, "SupportBot.Server.runtimeconfig.json");

    [Fact]
    public void Server_ThreadPoolWorkersSleepWithoutSpinning()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(ServerRuntimeConfig));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", out var spinLimit), "the server's runtimeconfig.json sets no spin limit");
        Assert.Equal(0, spinLimit.GetInt32());
    }
}
