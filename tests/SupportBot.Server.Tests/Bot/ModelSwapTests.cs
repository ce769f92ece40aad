using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SupportBot.Core.Intents;
using SupportBot.Server.Tests.Infrastructure;

namespace SupportBot.Server.Tests.Bot;

/// <summary>A retrained model written over the model file is swapped in without a restart; a broken one is refused.</summary>
public sealed class ModelSwapTests
{
    [Fact]
    public async Task ModelFileReplaced_NewModelIsServedWithoutRestart_BrokenFileIsRefused()
    {
        var folder = TempFolder.Create("models");
        var modelPath = Path.Combine(folder, IntentModelFile.DefaultFileName);
        File.Copy(Path.Combine(TempFolder.RepositoryRoot, "models", IntentModelFile.DefaultFileName), modelPath);
        await using var factory = new ServerFactory(settings: new Dictionary<string, string?>
        {
            ["SupportBot:ModelPath"] = modelPath,
            ["SupportBot:WatchModel"] = "true",
        });
        var http = factory.CreateClient();
        var shipped = await LabelsAsync(http);

        // As `supportbot train` does: a temporary file renamed over the model.
        IntentModelFile.Save(TinyModel(), modelPath);
        var labels = await WaitForLabelsAsync(http, shipped);
        Assert.Equal(3, labels);

        await File.WriteAllBytesAsync(modelPath, [1, 2, 3, 4]);
        await Task.Delay(1500);
        Assert.Equal(3, await LabelsAsync(http));
        Assert.Equal(200, (int)(await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }

    private static IntentModel TinyModel()
    {
        var examples = new List<IntentExample>();
        foreach (var (intent, words) in new[] { ("vpn", "vpn впн globalprotect"), ("printer", "принтер printer печать"), ("oos", "погода weather футбол") })
        {
            foreach (var word in words.Split(' '))
            {
                examples.Add(new IntentExample($"{word} не работает", intent));
                examples.Add(new IntentExample($"помогите с {word}", intent));
            }
        }

        return new IntentTrainer().Fit(examples);
    }

    private static async Task<int> WaitForLabelsAsync(HttpClient http, int before)
    {
        var labels = before;
        for (var i = 0; i < 100 && labels == before; i++)
        {
            await Task.Delay(100);
            labels = await LabelsAsync(http);
        }

        return labels;
    }

    private static async Task<int> LabelsAsync(HttpClient http)
    {
        var health = await http.GetFromJsonAsync<JsonObject>(new Uri("/healthz", UriKind.Relative));
        return health!["model"]!["labels"]!.GetValue<int>();
    }
}
