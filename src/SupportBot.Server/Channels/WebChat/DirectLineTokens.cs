using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// Issues and checks Direct Line tokens: <c>base64url(claims JSON) "." base64url(HMAC-SHA256(secret, claims))</c>, so a
/// token is bound to one conversation and expires without any server-side token table. Tokens whose signature was
/// checked are remembered (a client sends the same one with every request), so a request costs a lookup, not an HMAC
/// and a JSON parse; expiry and purpose are still checked every time.
/// </summary>
public sealed class DirectLineTokens
{
    // Enough for every open conversation's current token; past it the memory starts over rather than growing.
    private const int RememberedTokens = 4_096;

    private readonly ConcurrentDictionary<string, TokenCheck> _signedTokens = new(StringComparer.Ordinal);
    private readonly byte[] _key;
    private readonly TimeProvider _timeProvider;

    /// <summary>Signs with <paramref name="key"/> (at least 32 bytes).</summary>
    public DirectLineTokens(byte[] key, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("The token signing key must be at least 32 bytes.", nameof(key));
        }

        _key = key;
        _timeProvider = timeProvider;
    }

    /// <summary>A token for <paramref name="conversationId"/> valid for <paramref name="lifetime"/> from now.</summary>
    public string Issue(string conversationId, TokenPurpose purpose, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var claims = new TokenClaims
        {
            ConversationId = conversationId,
            Purpose = purpose,
            ExpiresAt = _timeProvider.GetUtcNow().Add(lifetime).ToUnixTimeSeconds(),
        };
        var payload = JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJson.Context.TokenClaims);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>Checks signature, expiry and purpose; never throws on malformed input.</summary>
    public TokenCheck Check(string? token, TokenPurpose purpose)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return TokenCheck.Failed(TokenCheckStatus.Invalid);
        }

        if (!_signedTokens.TryGetValue(token, out var signed))
        {
            signed = CheckSignature(token);
            if (signed.Status != TokenCheckStatus.Valid)
            {
                return signed;
            }

            if (_signedTokens.Count >= RememberedTokens)
            {
                _signedTokens.Clear();
            }

            _signedTokens[token] = signed;
        }

        var claims = signed.Claims!;
        if (claims.ExpiresAt <= _timeProvider.GetUtcNow().ToUnixTimeSeconds())
        {
            return TokenCheck.Failed(TokenCheckStatus.Expired);
        }

        return claims.Purpose == purpose ? signed : TokenCheck.Failed(TokenCheckStatus.WrongPurpose);
    }

    // Valid with the claims when the token is well formed and signed with this key, whatever it says.
    private TokenCheck CheckSignature(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Base64Url.IsValid(token.AsSpan(0, dot)) || !Base64Url.IsValid(token.AsSpan(dot + 1)))
        {
            return TokenCheck.Failed(TokenCheckStatus.Invalid);
        }

        var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
        var signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
        {
            return TokenCheck.Failed(TokenCheckStatus.Invalid);
        }

        TokenClaims? claims;
        try
        {
            claims = JsonSerializer.Deserialize(payload, DirectLineJson.Context.TokenClaims);
        }
        catch (JsonException)
        {
            return TokenCheck.Failed(TokenCheckStatus.Invalid);
        }

        return claims is null ? TokenCheck.Failed(TokenCheckStatus.Invalid) : TokenCheck.Valid(claims);
    }
}
