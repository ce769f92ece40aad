using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SupportBot.Core.Conversations;
using SupportBot.Core.Support;
using SupportBot.Server.Hosting;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>Registers and wires the web chat channel: Direct Line, its store, tokens, CORS, rate limits and the page.</summary>
public static class WebChatServiceCollectionExtensions
{
    /// <summary>The CORS policy of the Direct Line endpoints.</summary>
    public const string CorsPolicy = "webchat";

    /// <summary>
    /// Binds <see cref="DirectLineOptions"/> and <see cref="WebChatOptions"/> (validated at start) and registers the
    /// <see cref="DirectLineAdapter"/>, the token signer, the conversation store, CORS and the rate limits.
    /// </summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .Validate(o => string.IsNullOrEmpty(o.TokenSecret) || o.TokenSecret.Length >= 32, "DirectLine:TokenSecret must be at least 32 characters.")
            .Validate(o => o.TokenLifetime >= TimeSpan.FromMinutes(2), "DirectLine:TokenLifetime must be at least 2 minutes.")
            .Validate(o => o.StreamUrlLifetime > TimeSpan.Zero, "DirectLine:StreamUrlLifetime must be positive.")
            .Validate(o => o.MaxActivityBytes is >= 1024 and <= 16 * 1024 * 1024, "DirectLine:MaxActivityBytes must be between 1 KiB and 16 MiB.")
            .Validate(o => o.PostsPerSecond > 0 && o.PostBurst > 0 && o.ReadsPerSecond > 0 && o.ReadBurst > 0, "DirectLine rate limits must be positive.")
            .Validate(o => o.MaxActivitiesPerSet > 0, "DirectLine:MaxActivitiesPerSet must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotId), "DirectLine:BotId must not be empty.")
            .ValidateOnStart();
        services.AddOptions<WebChatOptions>()
            .Bind(configuration.GetSection(WebChatOptions.SectionName))
            .Validate(o => o.AllowedOrigins.All(IsOrigin), "WebChat:AllowedOrigins must be origins like https://intranet.example.com (scheme and host, no path).")
            .ValidateOnStart();

        services.AddSingleton(sp => new DirectLineTokens(
            TokenSecret.Resolve(sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.TokenSecret, sp.GetRequiredService<ServerPaths>().DataFolder),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DirectLineStore>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectLineStore>());
        services.AddSingleton<DirectLineConversations>();
        services.AddHostedService<ConversationSweeper>();
        services.AddSingleton(sp => new DirectLineAdapter(
            sp.GetRequiredService<DirectLineConversations>(),
            sp.GetRequiredService<IOptions<DirectLineOptions>>())
            .UseSupportPipeline(sp.GetRequiredService<IConversationStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddChannelAdapter<DirectLineAdapter>(DirectLineAdapter.ChannelId);

        // Both read their options when the app is built, so settings from every configuration source apply.
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<WebChatOptions>>((cors, webChat) => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(webChat.Value.AllowedOrigins.Where(IsOrigin).ToArray())
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>>((limiter, directLine) => DirectLineRateLimits.Configure(limiter, directLine.Value));
        return services;
    }

    /// <summary>The page and its static files, CORS, WebSockets and rate limiting, in that order.</summary>
    public static WebApplication UseWebChat(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Resolve the signing key now: a damaged key file stops the start instead of failing the first visitor.
        app.Services.GetRequiredService<DirectLineTokens>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseCors();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseRateLimiter();
        return app;
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && !origin.EndsWith('/') && string.IsNullOrEmpty(uri.Query);
}
