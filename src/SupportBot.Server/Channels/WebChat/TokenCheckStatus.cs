namespace SupportBot.Server.Channels.WebChat;

/// <summary>Why a token was or was not accepted.</summary>
public enum TokenCheckStatus
{
    /// <summary>Signed by us, not expired, for the requested use.</summary>
    Valid,

    /// <summary>Missing, not in token format, or signed with another key.</summary>
    Invalid,

    /// <summary>Well signed but past its expiry.</summary>
    Expired,

    /// <summary>Well signed but for another purpose (a stream token used as a bearer token).</summary>
    WrongPurpose,
}
