using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using SupportBot.Core.Intents;

namespace SupportBot.Cli.Commands;

/// <summary><c>supportbot evaluate</c>: in-scope accuracy, out-of-scope recall, macro-F1, per-intent figures, confusions and a threshold sweep.</summary>
internal static class EvaluateCommand
{
    private const int WorstIntentsShown = 15;

    public static Command Create(CliContext context)
    {
        var model = new Option<string?>("--model") { Description = "The model file (default: models/intent-model.sbim)." };
        var data = new Option<string>("--data") { Description = "Labelled data: a training-data folder or a text<TAB>intent TSV file.", Required = true };
        var threshold = new Option<double?>("--threshold") { Description = "Evaluate at this out-of-scope threshold instead of the model's own." };
        var json = new Option<bool>("--json") { Description = "Print the full report as JSON." };
        var folds = new Option<int?>("--cv")
        {
            Description = "Instead of loading a model, cross-validate training on --data with this many folds (grouped so near-duplicates stay together).",
        };
        var command = new Command("evaluate", "Measure a model on labelled data.") { model, data, threshold, json, folds };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            context, parse.GetValue(model), parse.GetValue(data)!, parse.GetValue(threshold), parse.GetValue(json), parse.GetValue(folds), cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string? modelPath, string dataPath, double? threshold, bool json, int? folds, CancellationToken cancellationToken)
    {
        if (threshold is < 0 or > 1)
        {
            throw new CliException("--threshold must be between 0 and 1");
        }

        if (folds is not null && (modelPath is not null || threshold is not null))
        {
            throw new CliException("--cv trains its own models: it takes neither --model nor --threshold");
        }

        if (folds is < 2 or > 20)
        {
            throw new CliException("--cv must be between 2 and 20 folds");
        }

        var data = TrainingDataLoading.LoadOrFail(context, dataPath);
        var report = folds is { } k
            ? IntentEvaluator.CrossValidate(data.Examples, k, cancellationToken: cancellationToken)
            : IntentEvaluator.Evaluate(IntentModelFile.Load(modelPath ?? CliPaths.DefaultModel), data.Examples, threshold);
        if (json)
        {
            context.Output.WriteLine(JsonSerializer.Serialize(report, ModelJsonContext.Default.EvaluationReport));
            return 0;
        }

        var summary = new Table().AddColumn("Metric").AddColumn("Value");
        summary.AddRow("Examples (in scope / out of scope)", $"{report.Examples:N0} ({report.InScopeExamples:N0} / {report.OutOfScopeExamples:N0})");
        summary.AddRow(folds is null ? "Threshold" : $"Threshold (mean of {folds} fold models)", Format.Probability(report.Threshold));
        summary.AddRow("In-scope accuracy", Format.Percent(report.InScopeAccuracy));
        summary.AddRow("Out-of-scope recall", Format.Percent(report.OutOfScopeRecall));
        summary.AddRow("Macro-F1", Format.Percent(report.MacroF1));
        context.Console.Write(summary);

        var perIntent = new Table().Title($"Weakest {WorstIntentsShown} intents").AddColumns("Intent", "Support", "Precision", "Recall", "F1");
        foreach (var m in report.PerIntent.Take(WorstIntentsShown))
        {
            perIntent.AddRow(Markup.Escape(m.Intent), m.Support.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Format.Percent(m.Precision), Format.Percent(m.Recall), Format.Percent(m.F1));
        }

        context.Console.Write(perIntent);
        var confusions = new Table().Title("Most confused").AddColumns("Expected", "Predicted", "Count");
        foreach (var pair in report.Confusions)
        {
            confusions.AddRow(Markup.Escape(pair.Expected), Markup.Escape(pair.Predicted), pair.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        context.Console.Write(confusions);
        var sweep = new Table().Title("Threshold sweep").AddColumns("Threshold", "In-scope accuracy", "Out-of-scope recall");
        foreach (var point in report.Sweep)
        {
            sweep.AddRow(Format.Probability(point.Threshold), Format.Percent(point.InScopeAccuracy), Format.Percent(point.OutOfScopeRecall));
        }

        context.Console.Write(sweep);
        return 0;
    }
}
