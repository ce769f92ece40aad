namespace SupportBot.Cli;

/// <summary>Default locations, found from the current folder upwards so commands work anywhere inside the repository.</summary>
internal static class CliPaths
{
    public static string TrainingData => Find("training-data") ?? Path.GetFullPath("training-data");

    public static string DefaultModel => Path.Combine(Find("models") ?? Path.GetFullPath("models"), SupportBot.Core.Intents.IntentModelFile.DefaultFileName);

    public static string KnowledgeBase => Find("knowledge-base") ?? Path.GetFullPath("knowledge-base");

    /// <summary>
    /// The server's data folder: <paramref name="option"/> (relative to the current folder) when given, else the
    /// server's own setting <c>SupportBot__DataFolder</c> from the environment, else its default <c>data</c>, both
    /// relative to the repository root as the server takes them (the current folder outside a clone).
    /// </summary>
    public static string DataFolder(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        var setting = Environment.GetEnvironmentVariable("SupportBot__DataFolder");
        var folder = string.IsNullOrWhiteSpace(setting) ? "data" : setting;
        return Path.GetFullPath(folder, FindRepositoryRoot() ?? Environment.CurrentDirectory);
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

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
