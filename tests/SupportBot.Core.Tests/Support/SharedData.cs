namespace SupportBot.Core.Tests.Support;

/// <summary>Finds the benchmark data in ../shared beside the repository, or skips the test saying why.</summary>
internal static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Full path of a file under ../shared/datasets; skips the calling test when it is absent.</summary>
    public static string DatasetFile(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "datasets", relativePath));
        if (!File.Exists(path))
        {
            Assert.Skip($"Shared dataset not found at {path}: clone the repository beside ../shared to run this test.");
        }

        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SupportBot.sln not found above " + AppContext.BaseDirectory);
    }
}
