using System.Diagnostics;
using SupportBot.Core.Conversations;
using Activity = SupportBot.Core.Conversations.Activity;

namespace SupportBot.Benchmarks;

/// <summary>
/// Drives whole turns through an adapter and a bot: one at a time, many conversations at once, or at an offered rate;
/// reports throughput, latency per turn and CPU per turn.
/// </summary>
internal static class TurnLoad
{
    public static Figures Run(BotAdapter adapter, IBot bot, Func<string, int, Activity> message, int turns, int conversations, bool parallel, string prefix)
    {
        var perConversation = turns / conversations;
        var latencies = new double[perConversation * conversations];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        if (parallel)
        {
            Task.WaitAll([.. Enumerable.Range(0, conversations).Select(c => Task.Run(() => ConverseAsync(adapter, bot, message, $"{prefix}-{c}", perConversation, latencies, c * perConversation)))]);
        }
        else
        {
            for (var i = 0; i < perConversation; i++)
            {
                for (var c = 0; c < conversations; c++)
                {
                    latencies[(c * perConversation) + i] = TimeTurn(adapter, bot, message, $"{prefix}-{c}", i);
                }
            }
        }

        wall.Stop();
        return Summarize(latencies, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }

    /// <summary>
    /// Open loop: turns arrive at <paramref name="rate"/> per second, round-robin over the conversations (a
    /// conversation's next turn waits for its previous one, as a user waits for the answer); latency is counted from
    /// the moment a turn starts to be handled.
    /// </summary>
    public static Figures RunPaced(BotAdapter adapter, IBot bot, Func<string, int, Activity> message, int turns, int conversations, int rate, string prefix)
    {
        var perConversation = turns / conversations;
        var latencies = new double[perConversation * conversations];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        Task.WaitAll([.. Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            for (var i = 0; i < perConversation; i++)
            {
                var due = TimeSpan.FromSeconds(((double)i * conversations + c) / rate);
                var wait = due - wall.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait).ConfigureAwait(false);
                }

                var started = Stopwatch.GetTimestamp();
                await adapter.ProcessActivityAsync(message($"{prefix}-{c}", i), bot, CancellationToken.None).ConfigureAwait(false);
                latencies[(c * perConversation) + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }))]);
        wall.Stop();
        return Summarize(latencies, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }

    private static Figures Summarize(double[] latencies, TimeSpan wall, TimeSpan cpu)
    {
        Array.Sort(latencies);
        return new Figures(latencies.Length, wall.TotalSeconds, latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.99)], cpu.TotalMilliseconds / latencies.Length);
    }

    private static async Task ConverseAsync(BotAdapter adapter, IBot bot, Func<string, int, Activity> message, string conversationId, int turns, double[] latencies, int offset)
    {
        for (var i = 0; i < turns; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await adapter.ProcessActivityAsync(message(conversationId, i), bot, CancellationToken.None).ConfigureAwait(false);
            latencies[offset + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }

    private static double TimeTurn(BotAdapter adapter, IBot bot, Func<string, int, Activity> message, string conversationId, int turn)
    {
        var started = Stopwatch.GetTimestamp();
        adapter.ProcessActivityAsync(message(conversationId, turn), bot, CancellationToken.None).GetAwaiter().GetResult();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public static void Print(string name, Figures run) =>
        Console.WriteLine($"{name,-18} {run.Turns:N0} turns in {run.Seconds:F2} s: {run.Turns / run.Seconds:N0} turns/s, median {run.MedianMilliseconds:F3} ms, p99 {run.P99Milliseconds:F3} ms per turn, CPU {run.CpuMillisecondsPerTurn:F3} ms per turn");

    public sealed record Figures(int Turns, double Seconds, double MedianMilliseconds, double P99Milliseconds, double CpuMillisecondsPerTurn);
}
