using Microsoft.Data.Sqlite;
using SupportBot.Core.Storage;

namespace SupportBot.Server.Hosting;

/// <summary>
/// Checkpoints the SQLite WAL on its own thread a few times a second. Left to SQLite, the commit that crosses the
/// log's size limit copies the pages and fsyncs the file itself, and every message whose answer waits on that writer
/// waits for the disk too; here no turn does. The thread runs at a low priority: copying pages can wait, and on a busy
/// machine it would otherwise take a core from the messages in flight.
/// </summary>
internal sealed partial class WalCheckpointer(SqliteDatabase database, ILogger<WalCheckpointer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

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
                    SqliteDatabase.Checkpoint(connection);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "A background WAL checkpoint failed; retrying")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
