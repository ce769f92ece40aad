namespace SupportBot.Core.Conversations.Testing;

/// <summary>A <see cref="TestFlow"/> expectation was not met; the message names what was expected and what came.</summary>
public sealed class TestFlowException : Exception
{
    /// <summary>An unmet expectation.</summary>
    public TestFlowException()
    {
    }

    /// <summary>An unmet expectation described by <paramref name="message"/>.</summary>
    public TestFlowException(string message)
        : base(message)
    {
    }

    /// <summary>An unmet expectation described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public TestFlowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
