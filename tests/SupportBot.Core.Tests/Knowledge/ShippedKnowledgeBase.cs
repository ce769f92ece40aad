using SupportBot.Core.Knowledge;
using SupportBot.Core.Tests.Support;

namespace SupportBot.Core.Tests.Knowledge;

/// <summary>The repository's knowledge-base/ folder, loaded and indexed once for the tests that only read it.</summary>
internal static class ShippedKnowledgeBase
{
    private static readonly Lazy<KnowledgeIndex> LazyIndex = new(() => KnowledgeIndex.Build(Load()));

    public static string Folder => Path.Combine(SharedData.RepositoryRoot, "knowledge-base");

    public static KnowledgeIndex Index => LazyIndex.Value;

    public static KnowledgeBase Load()
    {
        var (knowledgeBase, problems) = KnowledgeBaseLoader.Load(Folder);
        Assert.DoesNotContain(problems, p => p.IsError);
        return knowledgeBase;
    }
}
