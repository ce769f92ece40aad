namespace SupportBot.Core.Storage;

/// <summary>After a checkpoint: the frames in the WAL, and how many of them are now copied into the database file.</summary>
public readonly record struct WalProgress(int LogFrames, int CheckpointedFrames)
{
    public int Remaining => LogFrames - CheckpointedFrames;
}
