using SupportBot.Core.Intents;

namespace SupportBot.Core.Tests.Intents;

[Collection(CpuHeavyTests.Name)]
public sealed class FeatureDropoutTests
{
    private static readonly SparseVector Wide = new(
        Enumerable.Range(0, 10_000).Select(i => i * 3).ToArray(),
        Enumerable.Range(0, 10_000).Select(i => 1f + (i % 7)).ToArray());

    [Fact]
    public void Apply_KeepsAboutOneMinusPOfTheFeatures()
    {
        var kept = new FeatureDropout(0.6, seed: 42, Wide.Count).Apply(Wide);
        Assert.InRange(kept, 3_800, 4_200);
    }

    [Fact]
    public void Apply_KeepsSurvivorsInOrderScaledToTheSameExpectedInput()
    {
        var dropout = new FeatureDropout(0.6, seed: 42, Wide.Count);
        var kept = dropout.Apply(Wide);
        var previous = -1;
        for (var k = 0; k < kept; k++)
        {
            var index = dropout.Indices[k];
            Assert.True(index > previous, "survivors are out of order");
            previous = index;
            var original = Wide.Values[Array.IndexOf(Wide.Indices, index)];
            Assert.Equal(original / 0.4f, dropout.Values[k], 3);
        }
    }

    [Fact]
    public void Apply_SameSeedSameChoices_OtherSeedOtherChoices()
    {
        int[] Survivors(int seed)
        {
            var dropout = new FeatureDropout(0.5, seed, Wide.Count);
            return dropout.Indices[..dropout.Apply(Wide)];
        }

        Assert.Equal(Survivors(7), Survivors(7));
        Assert.NotEqual(Survivors(7), Survivors(8));
    }

    [Fact]
    public void Apply_ZeroProbability_KeepsEverythingUnscaled()
    {
        var dropout = new FeatureDropout(0, seed: 1, Wide.Count);
        Assert.Equal(Wide.Count, dropout.Apply(Wide));
        Assert.Equal(Wide.Values, dropout.Values);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1)]
    public void Constructor_ProbabilityOutsideZeroToOne_IsRefused(double probability) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeatureDropout(probability, seed: 1, 10));

    [Fact]
    public void Fit_WithDropout_TrainsADifferentModelThatStillLearns()
    {
        var options = TinyDataset.Options;
        var withDropout = new IntentTrainer().Fit(TinyDataset.Examples, options);
        var without = new IntentTrainer().Fit(TinyDataset.Examples, options with { Softmax = options.Softmax with { FeatureDropout = 0 } });
        Assert.True(options.Softmax.FeatureDropout > 0, "the test options should use the default dropout");
        Assert.False(IntentModelFile.Serialize(withDropout).AsSpan().SequenceEqual(IntentModelFile.Serialize(without)), "dropout changed nothing");
        Assert.Equal("vpn", withDropout.Predict("vpn keeps disconnecting").Best.Intent);
    }
}
