namespace SupportBot.Server.Hosting;

/// <summary>Where the server finds its model and knowledge base and keeps its data (section <c>SupportBot</c>).</summary>
public sealed class SupportBotOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "SupportBot";

    /// <summary>
    /// The folder for the SQLite file and the generated token secret. A relative path is taken from the repository root
    /// when the server runs from a clone, else from the content root.
    /// </summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The intent model file; relative paths as for <see cref="DataFolder"/>.</summary>
    public string ModelPath { get; set; } = "models/intent-model.sbim";

    /// <summary>The knowledge-base folder (<c>&lt;lang&gt;/&lt;id&gt;.md</c>); relative paths as for <see cref="DataFolder"/>.</summary>
    public string KnowledgeBaseFolder { get; set; } = "knowledge-base";

    /// <summary>Rebuild the search index when an article changes on disk.</summary>
    public bool WatchKnowledgeBase { get; set; } = true;

    /// <summary>Swap in a retrained intent model when the model file changes on disk.</summary>
    public bool WatchModel { get; set; } = true;
}
