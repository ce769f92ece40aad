namespace SupportBot.Core.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, digits and the joiners inside them (wi-fi, 0x800ccc0e, 11.2.3, 1с).</summary>
    Word,

    /// <summary>One emoji or other pictographic symbol.</summary>
    Symbol,
}
