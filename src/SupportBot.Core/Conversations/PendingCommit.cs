namespace SupportBot.Core.Conversations;

/// <summary>One turn's changes waiting for the writer, and the task its turn awaits.</summary>
internal sealed class PendingCommit(IReadOnlyList<StateWrite> writes, IReadOnlyList<TranscriptEntry> transcript)
{
    // Continuations run on the pool, so the writer that completes a batch does not run the waiting turns' code.
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<StateWrite> Writes { get; } = writes;

    public IReadOnlyList<TranscriptEntry> Transcript { get; } = transcript;

    public Task Task => _done.Task;

    public void Complete(Exception? error)
    {
        if (error is null)
        {
            _done.TrySetResult();
        }
        else
        {
            _done.TrySetException(error);
        }
    }
}
