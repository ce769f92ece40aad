using System.Threading.Channels;

namespace SupportBot.Server.Bot;

/// <summary>
/// Watches files and calls back once per burst of changes, after the burst has settled (editors and <c>supportbot
/// train</c> write in several steps), until cancelled.
/// </summary>
internal static class FileChanges
{
    public static async Task WatchAsync(FileSystemWatcher watcher, TimeSpan quiet, TimeProvider timeProvider, Action onSettled, CancellationToken cancellationToken)
    {
        var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        FileSystemEventHandler onChange = (_, _) => changed.Writer.TryWrite(true);
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changed.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        try
        {
            while (await changed.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                await Task.Delay(quiet, timeProvider, cancellationToken).ConfigureAwait(false);
                changed.Reader.TryRead(out _);
                onSettled();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }
}
