using System.Diagnostics;
using System.Globalization;
using SupportBot.Core.Intents;

namespace SupportBot.Benchmarks;

/// <summary>
/// The intent model's headline figures in one run: training time and peak memory, model size, accuracy on the
/// benchmark's evaluation split, and single-thread prediction throughput including text analysis.
/// Usage: intents [clinc150|banking77] [--seed n] [--folds k] [--min-recall r] (the options override the trainer's defaults)
/// </summary>
internal static class IntentFigures
{
    public static int Run(string[] args)
    {
        var dataset = args.Length > 0 ? args[0] : "clinc150";
        var evaluationSplit = dataset == "banking77" ? "test.tsv" : "val.tsv";
        var train = TrainingDataLoader.LoadTsv(SharedDatasets.Path($"{dataset}/train.tsv")).Examples;
        var evaluation = TrainingDataLoader.LoadTsv(SharedDatasets.Path($"{dataset}/{evaluationSplit}")).Examples;

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var model = new IntentTrainer().Fit(train, ParseOptions(args));
        var trainingSeconds = stopwatch.Elapsed.TotalSeconds;
        // On a shared machine wall time says more about the neighbours than about us; CPU time says what training costs.
        var trainingCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var peakMegabytes = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        var modelMegabytes = IntentModelFile.Serialize(model).Length / 1024.0 / 1024.0;

        var report = IntentEvaluator.Evaluate(model, evaluation);
        var argmax = IntentEvaluator.Evaluate(model, evaluation, threshold: 0);
        var throughput = MeasureThroughput(model, evaluation.Select(e => e.Text).ToArray());

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dataset            {dataset} (train.tsv → {evaluationSplit})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"training           {trainingSeconds:F1} s for {train.Count:N0} examples ({trainingCpuSeconds:F1} s CPU on {Environment.ProcessorCount} cores), peak working set {peakMegabytes:F0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model size         {modelMegabytes:F1} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold          {model.Info.OutOfScopeThreshold:F3} ({model.Info.Metrics?.EvaluatedOn ?? "no held-out data"})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in-scope accuracy  {report.InScopeAccuracy * 100:F2}%"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"argmax accuracy    {argmax.InScopeAccuracy * 100:F2}% (threshold 0: only the oos label rejects)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oos recall         {(report.OutOfScopeRecall is { } r ? $"{r * 100:F2}%" : "n/a")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro-F1           {report.MacroF1 * 100:F2}%"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prediction         {throughput:N0} messages/s on one thread, analysis included"));
        return 0;
    }

    private static IntentTrainerOptions ParseOptions(string[] args)
    {
        var options = new IntentTrainerOptions();
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--seed" => options with { Seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--folds" => options with { CrossValidationFolds = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--min-recall" => options with { MinOutOfScopeRecall = double.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }

    private static double MeasureThroughput(IntentModel model, string[] texts)
    {
        foreach (var text in texts.Take(500))
        {
            model.Predict(text);
        }

        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var text in texts)
            {
                model.Predict(text);
            }

            count += texts.Length;
        }

        return count / stopwatch.Elapsed.TotalSeconds;
    }
}
