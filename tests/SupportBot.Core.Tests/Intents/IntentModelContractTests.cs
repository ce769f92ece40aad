using SupportBot.Core.Intents;

namespace SupportBot.Core.Tests.Intents;

/// <summary>The contract every model honours: fit → save → load → identical predictions, and bad files refused clearly.</summary>
public sealed class IntentModelContractTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("supportbot-model-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Fit_SameDataAndSeed_GivesByteIdenticalModels()
    {
        var first = IntentModelFile.Serialize(new IntentTrainer().Fit(TinyDataset.Examples, TinyDataset.Options));
        var second = IntentModelFile.Serialize(new IntentTrainer().Fit(TinyDataset.Examples, TinyDataset.Options));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Fit_DifferentSeed_GivesDifferentWeights()
    {
        var first = IntentModelFile.Serialize(new IntentTrainer().Fit(TinyDataset.Examples, TinyDataset.Options));
        var second = IntentModelFile.Serialize(new IntentTrainer().Fit(TinyDataset.Examples, TinyDataset.Options with { Seed = 7 }));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void SaveThenLoad_GivesIdenticalPredictions()
    {
        var path = Path.Combine(_folder, "model.sbim");
        IntentModelFile.Save(TinyDataset.Model, path);
        var loaded = IntentModelFile.Load(path);

        Assert.Equal(TinyDataset.Model.Info.Labels, loaded.Info.Labels);
        Assert.Equal(TinyDataset.Model.Info.OutOfScopeThreshold, loaded.Info.OutOfScopeThreshold);
        foreach (var text in TinyDataset.Examples.Select(e => e.Text).Append("совсем новая фраза про vpn").Append(""))
        {
            var before = TinyDataset.Model.Predict(text);
            var after = loaded.Predict(text);
            Assert.Equal(before.Ranked, after.Ranked);
            Assert.Equal(before.IsOutOfScope, after.IsOutOfScope);
        }
    }

    [Fact]
    public void Save_LeavesNoTemporaryFilesAndOverwrites()
    {
        var path = Path.Combine(_folder, "model.sbim");
        File.WriteAllText(path, "old");
        IntentModelFile.Save(TinyDataset.Model, path);
        Assert.Equal([path], Directory.GetFiles(_folder));
        Assert.NotNull(IntentModelFile.Load(path));
    }

    [Fact]
    public void Info_CarriesVersionLabelsHyperparametersHashAndMetrics()
    {
        var info = TinyDataset.Model.Info;
        Assert.Equal(IntentModelFile.CurrentFormatVersion, info.FormatVersion);
        Assert.Contains("vpn", info.Labels);
        Assert.Equal(TinyDataset.Options, info.Hyperparameters);
        Assert.Equal(IntentTrainer.HashExamples(TinyDataset.Examples), info.TrainingDataSha256);
        Assert.Equal(64, info.TrainingDataSha256.Length);
        Assert.NotNull(info.Metrics);
        Assert.InRange(info.OutOfScopeThreshold, 0, 1);
    }

    [Fact]
    public void Load_FlippedByte_IsRefusedAsCorrupt()
    {
        var bytes = IntentModelFile.Serialize(TinyDataset.Model);
        bytes[bytes.Length / 2] ^= 0x40;
        var error = Assert.Throws<IntentModelFormatException>(() => LoadBytes(bytes, "corrupt.sbim"));
        Assert.Contains("corrupt.sbim", error.Message, StringComparison.Ordinal);
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedFile_IsRefused()
    {
        var bytes = IntentModelFile.Serialize(TinyDataset.Model);
        var error = Assert.Throws<IntentModelFormatException>(() => LoadBytes(bytes[..(bytes.Length / 3)], "truncated.sbim"));
        Assert.Contains("truncated.sbim", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NewerFormatVersion_SaysSo()
    {
        var bytes = IntentModelFile.Serialize(TinyDataset.Model);
        BitConverter.TryWriteBytes(bytes.AsSpan(4), IntentModelFile.CurrentFormatVersion + 1);
        var error = Assert.Throws<IntentModelFormatException>(() => LoadBytes(bytes, "future.sbim"));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OlderFormatVersion_AsksForRetraining()
    {
        var bytes = IntentModelFile.Serialize(TinyDataset.Model);
        BitConverter.TryWriteBytes(bytes.AsSpan(4), IntentModelFile.CurrentFormatVersion - 1);
        var error = Assert.Throws<IntentModelFormatException>(() => LoadBytes(bytes, "old.sbim"));
        Assert.Contains("older", error.Message, StringComparison.Ordinal);
        Assert.Contains("retrain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_WithSeparateViews_AveragesAWordAndACharacterModel()
    {
        var views = TinyDataset.Model.Views;
        Assert.Equal(2, views.Count);
        Assert.All(views[0].Features.Hashes.Skip(views[0].Features.WordFeatureCount), _ => Assert.Fail("the word view holds character n-grams"));
        Assert.Equal(0, views[1].Features.WordFeatureCount);
        Assert.True(views[1].Features.Count > 0);

        var single = new IntentTrainer().Fit(TinyDataset.Examples, TinyDataset.Options with { SeparateViews = false });
        Assert.Single(single.Views);
        Assert.Equal("vpn", single.Predict("впн не подключается").Best.Intent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(5000)]
    public void Load_NotAModel_IsRefused(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        Assert.Throws<IntentModelFormatException>(() => LoadBytes(bytes, "noise.sbim"));
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var path = Path.Combine(_folder, "absent.sbim");
        var error = Assert.Throws<IntentModelFormatException>(() => IntentModelFile.Load(path));
        Assert.Equal(path, error.Path);
    }

    private IntentModel LoadBytes(byte[] bytes, string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return IntentModelFile.Load(path);
    }
}
