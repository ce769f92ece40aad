using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Packs a button's value into <c>callback_data</c> (at most 64 bytes): <c>=value</c> when it fits, otherwise
/// <c>#id</c> with the value kept in <see cref="ITelegramCallbackStore"/>. The id is a hash of the value, so the same
/// button always has the same data and a press after a restart still finds its value.
/// </summary>
internal sealed class TelegramCallbackCodec
{
    /// <summary>Telegram's limit on <c>callback_data</c>, in UTF-8 bytes.</summary>
    public const int MaxCallbackDataBytes = 64;

    private const char InlinePrefix = '=';
    private const char StoredPrefix = '#';

    // 16 base64url characters carry 96 bits of the hash: collisions are out of reach for any bot's vocabulary.
    private const int IdLength = 16;

    private readonly ITelegramCallbackStore _store;

    public TelegramCallbackCodec(ITelegramCallbackStore store)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    public async Task<string> EncodeAsync(string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Encoding.UTF8.GetByteCount(value) + 1 <= MaxCallbackDataBytes)
        {
            return InlinePrefix + value;
        }

        var id = IdOf(value);
        await _store.SaveAsync(id, value, cancellationToken).ConfigureAwait(false);
        return StoredPrefix + id;
    }

    /// <summary>The value a button carried, or null for data this bot did not write (or whose value is gone).</summary>
    public async Task<string?> DecodeAsync(string? data, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(data))
        {
            return null;
        }

        return data[0] switch
        {
            InlinePrefix => data[1..],
            StoredPrefix when data.Length == IdLength + 1 => await _store.FindAsync(data[1..], cancellationToken).ConfigureAwait(false),
            _ => null,
        };
    }

    internal static string IdOf(string value)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return Base64Url.EncodeToString(hash)[..IdLength];
    }
}
