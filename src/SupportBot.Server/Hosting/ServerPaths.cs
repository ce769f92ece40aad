using Microsoft.Extensions.Options;

namespace SupportBot.Server.Hosting;

/// <summary>The absolute paths the server works with, resolved once from <see cref="SupportBotOptions"/>.</summary>
public sealed record ServerPaths
{
    /// <summary>The data folder (created at start).</summary>
    public required string DataFolder { get; init; }

    /// <summary>The intent model file.</summary>
    public required string ModelPath { get; init; }

    /// <summary>The knowledge-base folder.</summary>
    public required string KnowledgeBaseFolder { get; init; }

    /// <summary>The SQLite file in the data folder.</summary>
    public string DatabasePath => Path.Combine(DataFolder, SupportBot.Core.Storage.SqliteDatabase.DefaultFileName);

    /// <summary>
    /// Resolves relative paths against the repository root (the nearest folder above the content root holding
    /// SupportBot.sln) so a fresh clone runs with the shipped model and articles; outside a clone, against the content root.
    /// </summary>
    public static ServerPaths Resolve(SupportBotOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseFolder = FindRepositoryRoot(contentRoot) ?? contentRoot;
        return new ServerPaths
        {
            DataFolder = Path.GetFullPath(options.DataFolder, baseFolder),
            ModelPath = Path.GetFullPath(options.ModelPath, baseFolder),
            KnowledgeBaseFolder = Path.GetFullPath(options.KnowledgeBaseFolder, baseFolder),
        };
    }

    internal static ServerPaths FromServices(IServiceProvider services) =>
        Resolve(services.GetRequiredService<IOptions<SupportBotOptions>>().Value, services.GetRequiredService<IHostEnvironment>().ContentRootPath);

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
