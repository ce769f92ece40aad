using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Tests.Infrastructure;

/// <summary>
/// The real server in process, on a fresh data folder (a real SQLite file) with generous rate limits; settings and the
/// bot can be replaced per test.
/// </summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    public const string TestSecret = "test-signing-secret-0123456789-0123456789";

    private readonly Dictionary<string, string?> _settings;
    private readonly IBot? _bot;
    private readonly Action<IServiceCollection>? _services;

    public ServerFactory(IBot? bot = null, string? dataFolder = null, IReadOnlyDictionary<string, string?>? settings = null, bool useKestrel = false, Action<IServiceCollection>? services = null)
    {
        _bot = bot;
        _services = services;
        DataFolder = dataFolder ?? TempFolder.Create("data");
        _settings = new Dictionary<string, string?>
        {
            ["SupportBot:DataFolder"] = DataFolder,
            ["SupportBot:WatchKnowledgeBase"] = "false",
            ["DirectLine:TokenSecret"] = TestSecret,
            ["DirectLine:PostsPerSecond"] = "1000",
            ["DirectLine:PostBurst"] = "1000",
            ["DirectLine:ReadsPerSecond"] = "1000",
            ["DirectLine:ReadBurst"] = "1000",
            ["DirectLine:ConversationsPerMinutePerClient"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
            // Handoff notices follow the wall clock; tests that want them set working hours and a fake clock.
            ["Desk:WorkingHours"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        if (useKestrel)
        {
            // A real socket for the browser, on loopback only, on a free port.
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }
    }

    public string DataFolder { get; }

    /// <summary>Starts Kestrel (for a factory made with <c>useKestrel</c>) and returns its address, like http://127.0.0.1:41234.</summary>
    public Uri StartListening()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_bot is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_bot));
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
