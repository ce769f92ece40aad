namespace SupportBot.Core.Tests.Intents;

/// <summary>
/// Retraining the shipped model takes every core for seconds; tests with a time limit share its collection so they
/// never run beside it and fail for want of CPU rather than for being slow.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CpuHeavyTests
{
    public const string Name = "CPU-heavy and timed intent tests";
}
