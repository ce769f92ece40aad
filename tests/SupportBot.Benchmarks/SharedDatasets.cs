namespace SupportBot.Benchmarks;

/// <summary>Finds ../shared/datasets beside the repository.</summary>
internal static class SharedDatasets
{
    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "..", "shared", "datasets", relative);
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SupportBot.sln")))
            {
                return File.Exists(candidate) ? System.IO.Path.GetFullPath(candidate)
                    : throw new FileNotFoundException($"Benchmark data not found: {candidate} (clone the repository beside ../shared)");
            }
        }

        throw new FileNotFoundException("SupportBot.sln not found above " + AppContext.BaseDirectory);
    }
}
