using SupportBot.Core.Intents;

namespace SupportBot.Core.Tests.Intents;

public sealed class IntentEvaluatorTests
{
    // Four in-scope messages (one wrong, one right but unsure) and two out-of-scope ones (one caught by the oos label, one by the threshold).
    private static readonly ScoredExample[] Scored =
    [
        new("vpn", "vpn", 0.9f, false),
        new("vpn", "printer", 0.8f, false),
        new("printer", "printer", 0.3f, false),
        new("printer", "printer", 0.7f, false),
        new("oos", "vpn", 0.6f, true),
        new("oos", "printer", 0.2f, false),
    ];

    [Fact]
    public void Report_AtThreshold_CountsRejectionsAgainstInScopeAccuracy()
    {
        var report = IntentEvaluator.Report(Scored, 0.5, "oos");
        Assert.Equal(2.0 / 4, report.InScopeAccuracy);
        Assert.Equal(1.0, report.OutOfScopeRecall);
        Assert.Equal((6, 4, 2), (report.Examples, report.InScopeExamples, report.OutOfScopeExamples));
    }

    [Fact]
    public void Report_AtZero_OnlyTheOosLabelRejects()
    {
        var report = IntentEvaluator.Report(Scored, 0, "oos");
        Assert.Equal(3.0 / 4, report.InScopeAccuracy);
        Assert.Equal(0.5, report.OutOfScopeRecall);
    }

    [Fact]
    public void Report_ListsPerIntentFiguresAndConfusions()
    {
        var report = IntentEvaluator.Report(Scored, 0.5, "oos");
        var vpn = report.PerIntent.Single(m => m.Intent == "vpn");
        Assert.Equal((2, 1.0, 0.5), (vpn.Support, vpn.Precision, vpn.Recall));
        Assert.Contains(new ConfusedPair("vpn", "printer", 1), report.Confusions);
        Assert.Contains(new ConfusedPair("printer", "oos", 1), report.Confusions);
        Assert.Contains(report.Sweep, p => p.Threshold == 0.5 && p.InScopeAccuracy == 0.5);
    }

    [Fact]
    public void Headline_WithoutOutOfScopeExamples_HasNoRecall() =>
        Assert.Null(IntentEvaluator.Headline(Scored[..4], 0.5, "oos").OutOfScopeRecall);

    [Fact]
    public void ThresholdSelector_PicksTheLowestThresholdReachingTheWantedRecall()
    {
        // Recall reaches 1/2 at 0 (the oos label) and 2/2 only above 0.2, so a floor of 0.9 needs just over 0.2.
        var threshold = ThresholdSelector.Choose(Scored, new IntentTrainerOptions { MinOutOfScopeRecall = 0.9 });
        Assert.Equal(0.205, threshold, 6);
        Assert.Equal(0, ThresholdSelector.Choose(Scored, new IntentTrainerOptions { MinOutOfScopeRecall = 0.5 }));
    }

    [Fact]
    public void CrossValidate_TinyDataset_JudgesEveryExampleOnce()
    {
        var report = IntentEvaluator.CrossValidate(TinyDataset.Examples, 4, TinyDataset.Options);
        Assert.Equal(TinyDataset.Examples.Count, report.Examples);
        Assert.InRange(report.InScopeAccuracy, 0.5, 1);
        Assert.NotNull(report.OutOfScopeRecall);
        Assert.InRange(report.Threshold, 0, 1);
    }
}
