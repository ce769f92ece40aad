using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using SupportBot.Core.Intents;

namespace SupportBot.Cli.Commands;

/// <summary><c>supportbot predict "text"</c>: the top intents with probabilities and the out-of-scope decision.</summary>
internal static class PredictCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("text") { Description = "The message to classify." };
        var model = new Option<string?>("--model") { Description = "The model file (default: models/intent-model.sbim)." };
        var json = new Option<bool>("--json") { Description = "Print the prediction as JSON." };
        var command = new Command("predict", "Classify one message.") { text, model, json };
        command.SetAction((parse, _) => Task.FromResult(Run(context, parse.GetValue(text)!, parse.GetValue(model) ?? CliPaths.DefaultModel, parse.GetValue(json))));
        return command;
    }

    private static int Run(CliContext context, string text, string modelPath, bool json)
    {
        var model = IntentModelFile.Load(modelPath);
        var prediction = model.Predict(text);
        var intent = prediction.Intent(model.Info.OutOfScopeLabel);
        if (json)
        {
            var report = new IntentPredictionReport(text, prediction.Language.ToString(), intent, prediction.IsOutOfScope, model.Info.OutOfScopeThreshold, prediction.Ranked);
            context.Output.WriteLine(JsonSerializer.Serialize(report, ModelJsonContext.Default.IntentPredictionReport));
            return 0;
        }

        context.Console.MarkupLine($"Intent: [bold]{Markup.Escape(intent)}[/]{(prediction.IsOutOfScope ? " (out of scope)" : string.Empty)}, language: {prediction.Language}");
        var table = new Table().AddColumns("Intent", "Probability");
        foreach (var score in prediction.Ranked)
        {
            table.AddRow(Markup.Escape(score.Intent), Format.Probability(score.Probability));
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"Out-of-scope threshold: {Format.Probability(model.Info.OutOfScopeThreshold)}");
        return 0;
    }
}
