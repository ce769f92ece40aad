namespace SupportBot.Core.Text;

/// <summary>A token as a range of the text it was cut from, so tokenizing allocates no strings.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>The token's characters within <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
}
