using Microsoft.AspNetCore.Http.HttpResults;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Server.Bot;
using SupportBot.Server.Channels.WebChat;

namespace SupportBot.Server.Health;

/// <summary>GET /healthz: the model and knowledge base are loaded and the store answers (200), or which part is not (503).</summary>
public static class HealthApi
{
    /// <summary>Maps /healthz.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth);
        return app;
    }

    internal static async Task<JsonHttpResult<HealthReport>> GetHealth(
        LiveIntentModel liveModel, KnowledgeSearch search, KnowledgeBaseStatus status, DirectLineStore store, CancellationToken cancellationToken)
    {
        var model = liveModel.Current;
        var reachable = await store.PingAsync(cancellationToken);
        var knowledgeBase = status.Current;
        var healthy = reachable && model.Labels.Count > 0 && search.KnowledgeBase.Articles.Count > 0;
        var report = new HealthReport
        {
            Status = healthy ? "healthy" : "unhealthy",
            Model = new ModelHealth(model.Labels.Count > 0, model.Labels.Count),
            KnowledgeBase = new KnowledgeBaseHealth(search.KnowledgeBase.Articles.Count > 0, search.KnowledgeBase.Articles.Count, knowledgeBase.LoadedAt, knowledgeBase.LastReloadFailed, knowledgeBase.LastProblem),
            Store = new StoreHealth(reachable),
        };
        return TypedResults.Json(report, HealthJsonContext.Default.HealthReport, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
