using SupportBot.Server.Hosting;

namespace SupportBot.Server.Tests.Hosting;

public sealed class BackgroundPriorityTests
{
    [Fact]
    public void LowerForCurrentThread_OnLinux_RaisesTheNiceValueOfThatThreadAlone()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(BackgroundPriority.LowerForCurrentThread());
            return;
        }

        var niceBefore = NiceOfThisThread();
        var lowered = false;
        var loweredNice = 0;
        var worker = new Thread(() =>
        {
            lowered = BackgroundPriority.LowerForCurrentThread();
            loweredNice = NiceOfThisThread();
        });
        worker.Start();
        worker.Join();

        Assert.True(lowered);
        Assert.Equal(Math.Max(niceBefore, BackgroundPriority.Nice), loweredNice);
        Assert.Equal(niceBefore, NiceOfThisThread());
    }

    // /proc/thread-self/stat: the nice value is the 19th field, counted after the parenthesized thread name.
    private static int NiceOfThisThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
