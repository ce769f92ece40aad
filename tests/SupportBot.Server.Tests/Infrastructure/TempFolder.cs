namespace SupportBot.Server.Tests.Infrastructure;

/// <summary>Fresh folders under the system temp folder, one per test run.</summary>
internal static class TempFolder
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "supportbot-server-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Create(string name)
    {
        var path = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A copy of the shipped knowledge base that a test may change.</summary>
    public static string CopyKnowledgeBase()
    {
        var target = Create("kb");
        var source = Path.Combine(RepositoryRoot, "knowledge-base");
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
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
