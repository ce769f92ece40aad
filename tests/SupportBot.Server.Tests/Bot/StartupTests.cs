using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Bot;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_InvalidKnowledgeBase_FailsNamingTheFileAndTheProblem()
    {
        var folder = TempFolder.CopyKnowledgeBase();
        File.WriteAllText(Path.Combine(folder, "en", "broken.md"), "---\nid: broken\nlang: en\ntitle: Broken\nintents: [no_such_intent]\n---\nBody.\n");
        await using var factory = new ServerFactory(settings: new Dictionary<string, string?> { ["SupportBot:KnowledgeBaseFolder"] = folder });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var message = failure.ToString();
        Assert.Contains("knowledge base", message, StringComparison.Ordinal);
        Assert.Contains("broken.md", message, StringComparison.Ordinal);
        Assert.Contains("no_such_intent", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MissingModel_FailsNamingTheSetting()
    {
        await using var factory = new ServerFactory(settings: new Dictionary<string, string?> { ["SupportBot:ModelPath"] = Path.Combine(TempFolder.Create("nomodel"), "missing.sbim") });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("SupportBot:ModelPath", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_CorruptModel_FailsSayingWhy()
    {
        var model = Path.Combine(TempFolder.Create("badmodel"), "intent-model.sbim");
        File.WriteAllBytes(model, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40]);
        await using var factory = new ServerFactory(settings: new Dictionary<string, string?> { ["SupportBot:ModelPath"] = model });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("cannot be loaded", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ShortTokenSecret_FailsNamingTheSetting()
    {
        await using var factory = new ServerFactory(settings: new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = "short" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("DirectLine:TokenSecret", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnowledgeBaseChange_NewArticleOnDisk_IsSearchableWithoutRestart()
    {
        var folder = TempFolder.CopyKnowledgeBase();
        await using var factory = WatchingServer(folder);
        var http = factory.CreateClient();
        var before = (await HealthAsync(http))["knowledgeBase"]!["articles"]!.GetValue<int>();

        File.WriteAllText(Path.Combine(folder, "en", "coffee-machine.md"),
            "---\nid: coffee-machine\nlang: en\ntitle: The coffee machine shows error E42\nintents: [hardware_fault]\nquestions:\n  - coffee machine error e42\n---\nThe coffee machine error E42 means the water tank is empty: refill it.\n");
        var health = await HealthWhenAsync(http, h => h["knowledgeBase"]!["articles"]!.GetValue<int>() != before);

        Assert.Equal(before + 1, health["knowledgeBase"]!["articles"]!.GetValue<int>());
        var client = new DirectLineTestClient(http);
        await client.StartAsync();
        await client.SendAsync("coffee machine error E42");
        var replies = (await client.PollAsync()).Activities.Skip(1).Select(DirectLineTestClient.Text);
        Assert.Contains(replies, r => r.Contains("coffee machine", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task KnowledgeBaseChange_BrokenArticle_KeepsTheOldIndexAndReportsIt()
    {
        var folder = TempFolder.CopyKnowledgeBase();
        await using var factory = WatchingServer(folder);
        var http = factory.CreateClient();
        var before = (await HealthAsync(http))["knowledgeBase"]!["articles"]!.GetValue<int>();

        File.WriteAllText(Path.Combine(folder, "en", "broken.md"), "---\nid: Broken Id!\nlang: en\ntitle: x\n---\nx\n");
        var health = await HealthWhenAsync(http, h => h["knowledgeBase"]!["lastReloadFailed"]!.GetValue<bool>());

        Assert.True(health["knowledgeBase"]!["lastReloadFailed"]!.GetValue<bool>());
        Assert.Contains("broken.md", health["knowledgeBase"]!["lastProblem"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, health["knowledgeBase"]!["articles"]!.GetValue<int>());
    }

    private static ServerFactory WatchingServer(string knowledgeBaseFolder) => new(settings: new Dictionary<string, string?>
    {
        ["SupportBot:KnowledgeBaseFolder"] = knowledgeBaseFolder,
        ["SupportBot:WatchKnowledgeBase"] = "true",
    });

    private static async Task<JsonObject> HealthAsync(HttpClient http) => await http.GetFromJsonAsync<JsonObject>("/healthz") ?? [];

    // The watcher reloads a moment after the change: poll /healthz for up to 10 s.
    private static async Task<JsonObject> HealthWhenAsync(HttpClient http, Func<JsonObject, bool> condition)
    {
        var health = await HealthAsync(http);
        for (var i = 0; i < 100 && !condition(health); i++)
        {
            await Task.Delay(100);
            health = await HealthAsync(http);
        }

        return health;
    }
}
