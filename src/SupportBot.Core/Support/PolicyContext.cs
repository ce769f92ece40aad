namespace SupportBot.Core.Support;

/// <summary>What the policy needs to know of the conversation so far.</summary>
/// <param name="Clarifications">Clarifying questions already asked about the current problem.</param>
/// <param name="FailedAnswers">"Didn't help" answers in a row.</param>
public sealed record PolicyContext(int Clarifications = 0, int FailedAnswers = 0)
{
    /// <summary>A fresh conversation.</summary>
    public static PolicyContext Fresh { get; } = new();
}
