namespace SupportBot.Server.Bot;

/// <summary>When the knowledge base was last (re)loaded and what the last reload attempt found; read by /healthz.</summary>
public sealed class KnowledgeBaseStatus
{
    private volatile Snapshot _current;

    /// <summary>Starts with the load done at start.</summary>
    public KnowledgeBaseStatus(DateTimeOffset loadedAt, int articles) =>
        _current = new Snapshot(loadedAt, articles, LastReloadFailed: false, LastProblem: null);

    /// <summary>The latest state.</summary>
    public Snapshot Current => _current;

    /// <summary>Records a successful reload.</summary>
    public void Reloaded(DateTimeOffset at, int articles) => _current = new Snapshot(at, articles, false, null);

    /// <summary>Records a reload refused because of errors; the previous index stays in use.</summary>
    public void ReloadFailed(string problem) => _current = _current with { LastReloadFailed = true, LastProblem = problem };

    /// <summary>An immutable view of the status.</summary>
    public sealed record Snapshot(DateTimeOffset LoadedAt, int Articles, bool LastReloadFailed, string? LastProblem);
}
