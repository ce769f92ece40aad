namespace SupportBot.Core.Storage;

/// <summary>
/// A batch writer on the writer connection whose queued writes can join another writer's transaction, so that one
/// commit stores both: the conversation store's group commit takes the web chat's activities of the same turns along
/// (see <see cref="SqliteDatabase.CommitRider"/>), instead of a second transaction after it on the turn's way out.
/// </summary>
public interface ICommitRider
{
    /// <summary>
    /// Called while holding <see cref="SqliteDatabase.WriteLock"/>, inside the writer connection's open transaction,
    /// just before it commits: writes what is queued unless someone else is writing it. Returns what to finish once
    /// the transaction has committed or failed (cheap, so it is called under the lock), or null when it wrote nothing.
    /// </summary>
    IRiddenWrites? WriteQueued();
}

/// <summary>Writes an <see cref="ICommitRider"/> put into another writer's transaction.</summary>
public interface IRiddenWrites
{
    /// <summary>
    /// The transaction <paramref name="committed"/> (the writes are stored) or failed (they are not, and the rider
    /// writes them again on its own).
    /// </summary>
    void Finish(bool committed);
}
