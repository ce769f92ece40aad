using Microsoft.Data.Sqlite;
using SupportBot.Core.Storage;

namespace SupportBot.Server.Hosting;

/// <summary>
/// Checkpoints the SQLite WAL on its own thread a few times a second. Left to SQLite, the commit that crosses the
/// log's size limit copies the pages and fsyncs the file itself, and every message whose answer waits on that writer
/// waits for the disk too; here no turn does. The thread runs at a low priority: copying pages can wait, and on a busy
/// machine it would otherwise take a core from the messages in flight.
/// <para>
/// SQLite starts the log over only when a writer finds every frame in it copied. Under steady writes a checkpoint
/// never catches up with them, so the log grew to the connections' backstop, and the commit that crossed it copied
/// the rest and fsynced while every turn waited (45–65 ms, every half second at 2,000 messages a second). So once the
/// log is long the checkpointer copies again until little is left, copies that little holding the write lock, and the
/// next commit starts the log over.
/// </para>
/// </summary>
internal sealed partial class WalCheckpointer(SqliteDatabase database, ILogger<WalCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    // About 16 MB of log, a fifth of a second of writes at full load; the copy under the lock is at most 1 MB.
    internal const int RestartAfterFrames = 4_000;
    private const int LockedCatchUpFrames = 256;

    // A reader on an old snapshot keeps frames from being copied; then the next round tries again.
    private const int CatchUpPasses = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Loop(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Loop(CancellationToken stoppingToken)
    {
        SqliteConnection? connection = null;
        BackgroundPriority.LowerForCurrentThread();
        try
        {
            while (!stoppingToken.WaitHandle.WaitOne(Interval))
            {
                try
                {
                    connection ??= database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
                    CheckpointAndRestart(connection);
                }
                catch (SqliteException exception)
                {
                    // A busy or failing file: the connections' backstop checkpoint still bounds the log.
                    LogCheckpointFailed(logger, exception);
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private void CheckpointAndRestart(SqliteConnection connection)
    {
        var progress = SqliteDatabase.Checkpoint(connection);
        for (var pass = 0; progress.LogFrames >= RestartAfterFrames && pass < CatchUpPasses; pass++)
        {
            if (progress.Remaining <= LockedCatchUpFrames)
            {
                using (database.WriteLock.EnterScope())
                {
                    SqliteDatabase.Checkpoint(connection);
                }

                return;
            }

            progress = SqliteDatabase.Checkpoint(connection);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A background WAL checkpoint failed; retrying")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
