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
        await using var factory = new ServerFactory(settings: new Dictionary<string, string?>
        {
            ["SupportBot:KnowledgeBaseFolder"] = folder,
            ["SupportBot:WatchKnowledgeBase"] = "true",
        });
        var http = factory.CreateClient();
        var before = await ArticlesAsync(http);

        File.WriteAllText(Path.Combine(folder, "en", "coffee-machine.md"),
            "---\nid: coffee-machine\nlang: en\ntitle: The coffee machine shows error E42\nintents: [hardware_fault]\nquestions:\n  - coffee machine error e42\n---\nThe coffee machine error E42 means the water tank is empty: refill it.\n");
        var after = before;
        for (var i = 0; i < 100 && after == before; i++)
        {
            await Task.Delay(100);
            after = await ArticlesAsync(http);
        }

        Assert.Equal(before + 1, after);
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
        await using var factory = new ServerFactory(settings: new Dictionary<string, string?>
        {
            ["SupportBot:KnowledgeBaseFolder"] = folder,
            ["SupportBot:WatchKnowledgeBase"] = "true",
        });
        var http = factory.CreateClient();
        var before = await ArticlesAsync(http);

        File.WriteAllText(Path.Combine(folder, "en", "broken.md"), "---\nid: Broken Id!\nlang: en\ntitle: x\n---\nx\n");
        JsonObject health = await http.GetFromJsonAsync<JsonObject>("/healthz") ?? [];
        for (var i = 0; i < 100 && health["knowledgeBase"]!["lastReloadFailed"]!.GetValue<bool>() == false; i++)
        {
            await Task.Delay(100);
            health = await http.GetFromJsonAsync<JsonObject>("/healthz") ?? [];
        }

        Assert.True(health["knowledgeBase"]!["lastReloadFailed"]!.GetValue<bool>());
        Assert.Contains("broken.md", health["knowledgeBase"]!["lastProblem"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, health["knowledgeBase"]!["articles"]!.GetValue<int>());
    }

    private static async Task<int> ArticlesAsync(HttpClient http)
    {
        var health = await http.GetFromJsonAsync<JsonObject>("/healthz");
        return health!["knowledgeBase"]!["articles"]!.GetValue<int>();
    }
}
