using SupportBot.Core.Intents;
using SupportBot.Core.Tests.Support;

namespace SupportBot.Core.Tests.Intents;

/// <summary>The model in models/ is the one <c>supportbot train</c> makes from training-data/ today.</summary>
[Collection(CpuHeavyTests.Name)]
public sealed class ShippedModelTests
{
    private static string ModelPath => Path.Combine(SharedData.RepositoryRoot, "models", IntentModelFile.DefaultFileName);

    private static string TrainingDataFolder => Path.Combine(SharedData.RepositoryRoot, "training-data");

    [Fact]
    public void TrainingData_LoadsWithoutErrorsAndHasEveryIntentInBothLanguages()
    {
        var data = TrainingDataLoader.LoadDirectory(TrainingDataFolder, HelpdeskIntents.All);
        Assert.DoesNotContain(data.Problems, p => p.IsError);
        foreach (var language in new[] { "en", "ru" })
        {
            var counts = data.Examples.Where(e => e.Source!.File.StartsWith(language, StringComparison.Ordinal)).GroupBy(e => e.Intent).ToDictionary(g => g.Key, g => g.Count());
            foreach (var intent in HelpdeskIntents.All)
            {
                var minimum = intent == HelpdeskIntents.OutOfScope ? 300 : 60;
                Assert.True(counts.GetValueOrDefault(intent) >= minimum, $"{language}/{intent}.txt has {counts.GetValueOrDefault(intent)} examples, fewer than {minimum}");
            }
        }
    }

    [Fact]
    public void ShippedModel_LoadsAndWasTrainedOnTodaysTrainingData()
    {
        var model = IntentModelFile.Load(ModelPath);
        var data = TrainingDataLoader.LoadDirectory(TrainingDataFolder, HelpdeskIntents.All);
        Assert.True(
            IntentTrainer.HashExamples(data.Examples) == model.Info.TrainingDataSha256,
            "training-data/ changed since models/ was trained: run 'supportbot train' and commit the model");
        Assert.Equal(HelpdeskIntents.All.Order(StringComparer.Ordinal), model.Labels);
    }

    [Fact]
    public void Retraining_WithTheDefaultSeed_ReproducesTheShippedModelExactly()
    {
        var shipped = File.ReadAllBytes(ModelPath);
        var data = TrainingDataLoader.LoadDirectory(TrainingDataFolder, HelpdeskIntents.All);
        var retrained = IntentModelFile.Serialize(new IntentTrainer().Fit(data.Examples));
        Assert.True(shipped.AsSpan().SequenceEqual(retrained), "retraining from training-data/ gave a different model than models/ holds");
    }
}
