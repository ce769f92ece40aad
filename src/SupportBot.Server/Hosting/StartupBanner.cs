using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SupportBot.Server.Hosting;

/// <summary>Prints where the web chat can be opened once the server listens.</summary>
internal sealed partial class StartupBanner(IServer server, IHostApplicationLifetime lifetime, ServerPaths paths, ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                LogListening(logger, address.TrimEnd('/') + "/");
                LogDesk(logger, address.TrimEnd('/') + "/desk");
            }

            LogDataFolder(logger, paths.DataFolder);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "SupportBot web chat: {Url}")]
    private static partial void LogListening(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "SupportBot desk: {Url} (accounts: supportbot staff add)")]
    private static partial void LogDesk(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Data folder: {DataFolder}")]
    private static partial void LogDataFolder(ILogger logger, string dataFolder);
}
