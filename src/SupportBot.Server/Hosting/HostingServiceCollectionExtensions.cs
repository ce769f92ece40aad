using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Core.Storage;

namespace SupportBot.Server.Hosting;

/// <summary>Registers the server's paths, clock and SQLite store.</summary>
public static class HostingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the paths (see <see cref="AddServerPaths"/>), the one <see cref="SqliteDatabase"/> in the data folder,
    /// and the start-up line that prints the chat's URL.
    /// </summary>
    public static IServiceCollection AddServerStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServerPaths(configuration);
        services.TryAddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<ServerPaths>().DatabasePath, backgroundCheckpoints: true));
        services.AddHostedService<WalCheckpointer>();
        services.AddHostedService<StartupBanner>();
        return services;
    }

    /// <summary>
    /// Binds <see cref="SupportBotOptions"/> (validated at start) and registers <see cref="ServerPaths"/> and
    /// <see cref="TimeProvider.System"/>; safe to call from every area that needs them.
    /// </summary>
    public static IServiceCollection AddServerPaths(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(ServerPaths)))
        {
            return services;
        }

        services.AddOptions<SupportBotOptions>()
            .Bind(configuration.GetSection(SupportBotOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataFolder), "SupportBot:DataFolder must not be empty.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ModelPath), "SupportBot:ModelPath must not be empty.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.KnowledgeBaseFolder), "SupportBot:KnowledgeBaseFolder must not be empty.")
            .ValidateOnStart();
        services.AddSingleton(ServerPaths.FromServices);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
