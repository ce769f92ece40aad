using SupportBot.Core.Intents;
using SupportBot.Server.Hosting;

namespace SupportBot.Server.Bot;

/// <summary>
/// Watches the intent model file and, once a retrained model has been written (<c>supportbot train</c> writes a
/// temporary file and renames it), loads it and swaps it in without a restart; a file that does not load is refused
/// and the current model stays.
/// </summary>
internal sealed partial class ModelWatcher(
    LiveIntentModel model,
    ServerPaths paths,
    Microsoft.Extensions.Options.IOptions<SupportBotOptions> options,
    TimeProvider timeProvider,
    ILogger<ModelWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = Path.GetDirectoryName(paths.ModelPath);
        if (!options.Value.WatchModel || folder is null || !Directory.Exists(folder))
        {
            return;
        }

        using var watcher = new FileSystemWatcher(folder, Path.GetFileName(paths.ModelPath))
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        await FileChanges.WatchAsync(watcher, Quiet, timeProvider, Reload, stoppingToken).ConfigureAwait(false);
    }

    private void Reload()
    {
        try
        {
            var next = IntentModelFile.Load(paths.ModelPath);
            model.Swap(next);
            LogSwapped(logger, next.Labels.Count, next.Info.TrainingDataSha256);
        }
        catch (Exception exception) when (exception is IntentModelFormatException or IOException or UnauthorizedAccessException)
        {
            LogRefused(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Intent model swapped in: {Labels} labels, training data {DataHash}")]
    private static partial void LogSwapped(ILogger logger, int labels, string dataHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A changed intent model file was refused; the current model stays")]
    private static partial void LogRefused(ILogger logger, Exception exception);
}
