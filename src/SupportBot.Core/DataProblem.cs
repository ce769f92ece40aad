using SupportBot.Core;
namespace SupportBot.Core;

/// <summary>Something wrong with input data (training examples, articles), where it is, and whether work can go on despite it.</summary>
public sealed record DataProblem(SourceLocation Location, string Message, bool IsError)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {(IsError ? "error" : "warning")}: {Message}";
}
