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
}
