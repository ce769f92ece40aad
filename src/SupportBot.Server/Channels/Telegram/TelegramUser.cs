namespace SupportBot.Server.Channels.Telegram;

/// <summary>A Telegram user or bot (Bot API <c>User</c>).</summary>
internal sealed record TelegramUser
{
    public required long Id { get; init; }

    public bool IsBot { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Username { get; init; }

    public string? LanguageCode { get; init; }

    /// <summary>"First Last", else the username, else the id: what a person would call them.</summary>
    public string DisplayName
    {
        get
        {
            var name = string.Join(' ', new[] { FirstName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p))).Trim();
            if (name.Length > 0)
            {
                return name;
            }

            return string.IsNullOrWhiteSpace(Username) ? Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : Username;
        }
    }
}
