using SupportBot.Core.Storage;

namespace SupportBot.Server.Hosting;

/// <summary>Registers the server's paths, clock and SQLite store.</summary>
public static class HostingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SupportBotOptions"/> (validated at start), resolves <see cref="ServerPaths"/>, and registers
    /// the one <see cref="SqliteDatabase"/> in the data folder and <see cref="TimeProvider.System"/>.
    /// </summary>
    public static IServiceCollection AddServerStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupportBotOptions>()
            .Bind(configuration.GetSection(SupportBotOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataFolder), "SupportBot:DataFolder must not be empty.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ModelPath), "SupportBot:ModelPath must not be empty.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.KnowledgeBaseFolder), "SupportBot:KnowledgeBaseFolder must not be empty.")
            .ValidateOnStart();
        services.AddSingleton(ServerPaths.FromServices);
        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<ServerPaths>().DatabasePath));
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<StartupBanner>();
        return services;
    }
}
