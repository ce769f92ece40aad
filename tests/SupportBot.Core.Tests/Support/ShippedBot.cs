using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Core.Support;
using SupportBot.Core.Tests.Knowledge;

namespace SupportBot.Core.Tests.Support;

/// <summary>The shipped model and knowledge base, loaded once for the tests that only read them.</summary>
internal static class ShippedBot
{
    private static readonly Lazy<LiveIntentModel> LazyModel = new(() =>
        new LiveIntentModel(IntentModelFile.Load(Path.Combine(SharedData.RepositoryRoot, "models", IntentModelFile.DefaultFileName))));

    private static readonly Lazy<KnowledgeSearch> LazySearch = new(() => new KnowledgeSearch(KnowledgeIndex.Build(ShippedKnowledgeBase.Load())));

    public static LiveIntentModel Model => LazyModel.Value;

    public static KnowledgeSearch Search => LazySearch.Value;

    public static MessageUnderstander Understander(SupportBotOptions? options = null) => new(Model, Search, options ?? new SupportBotOptions());
}
