using SupportBot.Core.Intents;
using SupportBot.Core.Text;

namespace SupportBot.Core.Tests.Intents;

public sealed class GroupedFoldsTests
{
    [Fact]
    public void Assign_NearDuplicates_ShareAFold()
    {
        var texts = new[] { "VPN does not connect!", "vpn does not connect", "does not connect, vpn", "printer is jammed", "the printer jams", "hello", "hi there", "good morning" };
        var analyzed = texts.Select(TextAnalyzer.Default.Analyze).ToArray();
        var folds = GroupedFolds.Assign(analyzed, [0, 0, 0, 1, 1, 2, 2, 2], 2, seed: 1);
        Assert.Equal(folds[0], folds[1]);
        Assert.Equal(folds[0], folds[2]);
    }

    [Fact]
    public void Assign_SpreadsEachIntentEvenlyOverTheFolds()
    {
        var examples = TinyDataset.Examples;
        var analyzed = examples.Select(e => TextAnalyzer.Default.Analyze(e.Text)).ToArray();
        var labels = examples.Select(e => e.Intent).Distinct().ToList();
        var folds = GroupedFolds.Assign(analyzed, examples.Select(e => labels.IndexOf(e.Intent)).ToArray(), 4, seed: 42);
        foreach (var intent in labels)
        {
            var perFold = Enumerable.Range(0, 4).Select(f => examples.Where((e, i) => e.Intent == intent && folds[i] == f).Count()).ToArray();
            Assert.All(perFold, count => Assert.Equal(2, count));
        }
    }
}
