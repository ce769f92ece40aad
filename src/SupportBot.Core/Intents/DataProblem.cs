namespace SupportBot.Core.Intents;

/// <summary>Something wrong with training data, where it is, and whether training can go on despite it.</summary>
public sealed record DataProblem(SourceLocation Location, string Message, bool IsError)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {(IsError ? "error" : "warning")}: {Message}";
}
