using SupportBot.Core;
namespace SupportBot.Core;

/// <summary>A file and a 1-based line number.</summary>
public sealed record SourceLocation(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}";
}
