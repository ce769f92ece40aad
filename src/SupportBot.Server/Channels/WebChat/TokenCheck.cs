namespace SupportBot.Server.Channels.WebChat;

/// <summary>The outcome of checking a token: valid with its claims, or why not.</summary>
public sealed record TokenCheck
{
    private TokenCheck(TokenCheckStatus status, TokenClaims? claims)
    {
        Status = status;
        Claims = claims;
    }

    /// <summary>Valid, malformed, badly signed, expired or for another use.</summary>
    public TokenCheckStatus Status { get; }

    /// <summary>The claims of a valid token.</summary>
    public TokenClaims? Claims { get; }

    /// <summary>A valid token.</summary>
    public static TokenCheck Valid(TokenClaims claims) => new(TokenCheckStatus.Valid, claims);

    /// <summary>A token that fails for <paramref name="status"/>.</summary>
    public static TokenCheck Failed(TokenCheckStatus status) => new(status, null);
}
