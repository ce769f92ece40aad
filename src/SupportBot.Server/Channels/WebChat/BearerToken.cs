using Microsoft.AspNetCore.Http.HttpResults;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>Checks the request's <c>Authorization: Bearer</c> token and that it opens the addressed conversation.</summary>
internal static class BearerToken
{
    /// <summary>
    /// The token's claims, or the error to answer: 401 without a bearer token, 403 for a bad, expired or foreign one
    /// (Web Chat takes 403 as "token expired" and asks its host page for a new one).
    /// </summary>
    public static JsonHttpResult<DirectLineError>? Authorize(HttpRequest request, DirectLineTokens tokens, string? conversationId, out TokenClaims claims)
    {
        claims = null!;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return DirectLineResults.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "An Authorization: Bearer token is required.");
        }

        var check = tokens.Check(header["Bearer ".Length..].Trim(), TokenPurpose.Conversation);
        if (check.Claims is null)
        {
            return DirectLineResults.Error(
                StatusCodes.Status403Forbidden,
                check.Status == TokenCheckStatus.Expired ? "TokenExpired" : "Forbidden",
                check.Status == TokenCheckStatus.Expired ? "The token has expired." : "The token is not valid.");
        }

        if (conversationId is not null && !string.Equals(check.Claims.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is for another conversation.");
        }

        claims = check.Claims;
        return null;
    }
}
