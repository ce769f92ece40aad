namespace SupportBot.Cli;

/// <summary>A problem with what the user asked for; printed as one line, never with a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
