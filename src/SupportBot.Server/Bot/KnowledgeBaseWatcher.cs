using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Server.Hosting;

namespace SupportBot.Server.Bot;

/// <summary>
/// Watches the knowledge-base folder and, a moment after the last change (editors write in several steps), rebuilds the
/// index and swaps it in; a knowledge base with errors is refused and the current index stays.
/// </summary>
internal sealed partial class KnowledgeBaseWatcher(
    KnowledgeSearch search,
    LiveIntentModel model,
    KnowledgeBaseStatus status,
    ServerPaths paths,
    Microsoft.Extensions.Options.IOptions<SupportBotOptions> options,
    TimeProvider timeProvider,
    ILogger<KnowledgeBaseWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogLoaded(logger, search.KnowledgeBase.Articles.Count, paths.KnowledgeBaseFolder, model.Current.Labels.Count, paths.ModelPath);
        if (!options.Value.WatchKnowledgeBase)
        {
            return;
        }

        using var watcher = new FileSystemWatcher(paths.KnowledgeBaseFolder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        await FileChanges.WatchAsync(watcher, Quiet, timeProvider, Reload, stoppingToken).ConfigureAwait(false);
    }

    private void Reload()
    {
        try
        {
            var problems = search.Reload(paths.KnowledgeBaseFolder);
            var errors = problems.Where(p => p.IsError).ToList();
            if (errors.Count > 0)
            {
                status.ReloadFailed(errors[0].ToString());
                LogReloadRefused(logger, errors.Count, errors[0].ToString());
                return;
            }

            status.Reloaded(timeProvider.GetUtcNow(), search.KnowledgeBase.Articles.Count);
            LogReloaded(logger, search.KnowledgeBase.Articles.Count);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A file caught mid-write or a folder being replaced: the next change event triggers another attempt.
            status.ReloadFailed(exception.Message);
            LogReloadFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base: {Articles} articles from {Folder}; intent model: {Labels} labels from {ModelPath}")]
    private static partial void LogLoaded(ILogger logger, int articles, string folder, int labels, string modelPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base reloaded: {Articles} articles")]
    private static partial void LogReloaded(ILogger logger, int articles);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge base change refused, {Errors} error(s), the previous index stays; first: {FirstError}")]
    private static partial void LogReloadRefused(ILogger logger, int errors, string firstError);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge base reload failed; the previous index stays")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
