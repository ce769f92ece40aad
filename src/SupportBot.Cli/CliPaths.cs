namespace SupportBot.Cli;

/// <summary>Default locations, found from the current folder upwards so commands work anywhere inside the repository.</summary>
internal static class CliPaths
{
    public static string TrainingData => Find("training-data") ?? Path.GetFullPath("training-data");

    public static string DefaultModel => Path.Combine(Find("models") ?? Path.GetFullPath("models"), SupportBot.Core.Intents.IntentModelFile.DefaultFileName);

    public static string KnowledgeBase => Find("knowledge-base") ?? Path.GetFullPath("knowledge-base");

    /// <summary>The server's default data folder: data/ at the repository root (beside knowledge-base/).</summary>
    public static string DataFolder => Path.Combine(Path.GetDirectoryName(KnowledgeBase)!, "data");

    private static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
