using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using SupportBot.Core.Intents;

namespace SupportBot.Cli.Commands;

/// <summary><c>supportbot train</c>: trains the intent model from training-data/ or a TSV file and writes it atomically.</summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "Training data: a training-data folder or a text<TAB>intent TSV file (default: training-data/)." };
        var output = new Option<string?>("--out") { Description = "Where to write the model (default: models/intent-model.sbim)." };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same data and seed give the same model.", DefaultValueFactory = _ => new IntentTrainerOptions().Seed };
        var json = new Option<bool>("--json") { Description = "Print the model's metadata as JSON instead of a table." };
        var command = new Command("train", "Train the intent model and print its held-out metrics.") { data, output, seed, json };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            context, parse.GetValue(data), parse.GetValue(output), parse.GetValue(seed), parse.GetValue(json), cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string? dataPath, string? outputPath, int seed, bool json, CancellationToken cancellationToken)
    {
        dataPath ??= CliPaths.TrainingData;
        outputPath ??= CliPaths.DefaultModel;
        var data = TrainingDataLoading.LoadOrFail(context, dataPath);
        var options = new IntentTrainerOptions { Seed = seed };
        var stopwatch = Stopwatch.StartNew();
        IntentModel? model = null;
        if (json)
        {
            model = new IntentTrainer().Fit(data.Examples, options, progress: null, cancellationToken);
        }
        else
        {
            context.Console.Progress().Start(progress =>
            {
                var task = progress.AddTask($"Training on {data.Examples.Count:N0} examples");
                var reporter = new Progress<TrainingProgress>(p =>
                {
                    task.Description = p.Stage;
                    task.Value = p.Fraction * 100;
                });
                model = new IntentTrainer().Fit(data.Examples, options, reporter, cancellationToken);
                task.Value = 100;
            });
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        IntentModelFile.Save(model!, outputPath);
        var size = new FileInfo(outputPath).Length;
        if (json)
        {
            context.Output.WriteLine(JsonSerializer.Serialize(model!.Info, ModelJsonContext.Default.IntentModelInfo));
            return 0;
        }

        var table = new Table().AddColumn("Model").AddColumn("Value");
        table.AddRow("File", Markup.Escape(outputPath));
        table.AddRow("Size", $"{size / 1024.0 / 1024.0:F1} MB");
        table.AddRow("Training time", $"{seconds:F1} s");
        table.AddRow("Examples / intents", $"{data.Examples.Count:N0} / {model!.Labels.Count}");
        table.AddRow("Out-of-scope threshold", model.Info.OutOfScopeThreshold.ToString("F3", CultureInfo.InvariantCulture));
        if (model.Info.Metrics is { } metrics)
        {
            table.AddRow("Held out on", Markup.Escape(metrics.EvaluatedOn));
            table.AddRow("In-scope accuracy", Format.Percent(metrics.InScopeAccuracy));
            table.AddRow("Out-of-scope recall", metrics.OutOfScopeRecall is { } recall ? Format.Percent(recall) : "n/a (no oos examples)");
            table.AddRow("Macro-F1", Format.Percent(metrics.MacroF1));
        }

        context.Console.Write(table);
        return 0;
    }
}
