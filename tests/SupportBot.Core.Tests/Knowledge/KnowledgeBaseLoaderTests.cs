using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;

namespace SupportBot.Core.Tests.Knowledge;

public sealed class KnowledgeBaseLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-kb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_ShippedKnowledgeBase_IsValidAndCoversEverySupportTopicInBothLanguages()
    {
        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(ShippedKnowledgeBase.Folder);

        Assert.Empty(problems);
        foreach (var language in new[] { "ru", "en" })
        {
            var articles = knowledgeBase.Articles.Where(a => a.Language == language).ToList();
            Assert.True(articles.Count >= 40, $"{language}: {articles.Count} articles");
            var missing = HelpdeskIntents.SupportTopics.Except(articles.SelectMany(a => a.Intents)).ToList();
            Assert.True(missing.Count == 0, $"{language} lacks articles for: {string.Join(", ", missing)}");
        }

        Assert.Contains(knowledgeBase.Articles, a => a.Steps.Count >= 3);
    }

    [Fact]
    public void Load_DuplicateIdUnknownIntentAndMissingTwin_AreReportedWithFiles()
    {
        Write("en/a.md", Article("a", "en", "vpn"));
        Write("ru/a.md", Article("a", "ru", "vpn"));
        Write("en/a-copy.md", Article("a", "en", "vpn"));
        Write("en/b.md", Article("b", "en", "weather"));
        Write("en/c.md", Article("c", "en", "printer"));
        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(_folder);

        Assert.Contains(problems, p => p.IsError && p.Location.File == Path.Combine("en", "a.md") && p.Message.Contains("duplicate id 'a'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.IsError && p.Message.Contains("unknown intent 'weather'", StringComparison.Ordinal));
        Assert.Contains(problems, p => !p.IsError && p.Message == "'c' has no 'ru' version");
        Assert.Equal(["a", "c", "a"], knowledgeBase.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Load_LanguageNotMatchingFolder_IsAnError()
    {
        Write("ru/a.md", Article("a", "en", "vpn"));
        var (_, problems) = KnowledgeBaseLoader.Load(_folder);
        Assert.Contains(problems, p => p.IsError && p.Message.Contains("does not match the folder 'ru'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_EmptyFolder_SaysNoArticles()
    {
        var (_, problems) = KnowledgeBaseLoader.Load(_folder);
        Assert.Contains(problems, p => p.IsError && p.Message == "no articles found");
    }

    [Fact]
    public void Load_MissingFolder_Throws() =>
        Assert.Throws<DirectoryNotFoundException>(() => KnowledgeBaseLoader.Load(Path.Combine(_folder, "absent")));

    private static string Article(string id, string language, string intent) =>
        $"---\nid: {id}\nlang: {language}\ntitle: Title {id}\nintents: [{intent}]\n---\nBody of {id}.\n";

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
