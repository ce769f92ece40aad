namespace SupportBot.Benchmarks;

/// <summary>Finds ../shared/datasets beside the repository.</summary>
internal static class SharedDatasets
{
    public static string Path(string relative)
    {
        var candidate = System.IO.Path.GetFullPath(RepositoryPaths.Of("..", "shared", "datasets", relative));
        return File.Exists(candidate) ? candidate
            : throw new FileNotFoundException($"Benchmark data not found: {candidate} (clone the repository beside ../shared)");
    }
}
