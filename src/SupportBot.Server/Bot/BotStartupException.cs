namespace SupportBot.Server.Bot;

/// <summary>The bot cannot start: its model or knowledge base is missing or invalid; the message says which and why.</summary>
public sealed class BotStartupException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BotStartupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public BotStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BotStartupException()
    {
    }
}
