using Microsoft.AspNetCore.Hosting;
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

    public ServerFactory(IBot? bot = null, string? dataFolder = null, IReadOnlyDictionary<string, string?>? settings = null, bool useKestrel = false)
    {
        _bot = bot;
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
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        if (useKestrel)
        {
            UseKestrel(0);
        }
    }

    public string DataFolder { get; }

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
    }
}
