using SupportBot.Core.Intents;

namespace SupportBot.Cli.Commands;

/// <summary>Loads training or evaluation data for a command, printing warnings and failing on errors.</summary>
internal static class TrainingDataLoading
{
    private const int ProblemsShown = 20;

    public static TrainingData LoadOrFail(CliContext context, string path)
    {
        // A folder is the product's own training data, so its file names must be the domain's intents; TSV benchmarks bring their own labels.
        var data = Directory.Exists(path)
            ? TrainingDataLoader.LoadDirectory(path, HelpdeskIntents.All)
            : TrainingDataLoader.LoadTsv(path);
        foreach (var problem in data.Problems.OrderByDescending(p => p.IsError).Take(ProblemsShown))
        {
            context.Error.WriteLine(problem.ToString());
        }

        if (data.Problems.Count > ProblemsShown)
        {
            context.Error.WriteLine($"... and {data.Problems.Count - ProblemsShown} more problem(s)");
        }

        var errors = data.Problems.Count(p => p.IsError);
        if (errors > 0)
        {
            throw new CliException($"{path} has {errors} error(s); fix them and run again");
        }

        return data;
    }
}
