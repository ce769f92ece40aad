namespace SupportBot.Server.Channels.Telegram;

/// <summary>One incoming update (Bot API <c>Update</c>); exactly one of the optional fields is set.</summary>
internal sealed record TelegramUpdate
{
    public required long UpdateId { get; init; }

    public TelegramMessage? Message { get; init; }

    public TelegramMessage? EditedMessage { get; init; }

    public TelegramMessage? ChannelPost { get; init; }

    public TelegramMessage? EditedChannelPost { get; init; }

    public TelegramCallbackQuery? CallbackQuery { get; init; }

    public TelegramChatMemberUpdated? MyChatMember { get; init; }

    public TelegramChatMemberUpdated? ChatMember { get; init; }

    /// <summary>The kind of update, for logs ("message", "callback_query"…).</summary>
    public string Kind => this switch
    {
        { Message: not null } => "message",
        { EditedMessage: not null } => "edited_message",
        { ChannelPost: not null } => "channel_post",
        { EditedChannelPost: not null } => "edited_channel_post",
        { CallbackQuery: not null } => "callback_query",
        { MyChatMember: not null } => "my_chat_member",
        { ChatMember: not null } => "chat_member",
        _ => "unknown",
    };

    /// <summary>
    /// The chat the update belongs to, so updates of one chat are handled in order while chats run in parallel;
    /// null when the update names no chat.
    /// </summary>
    public long? ChatId =>
        Message?.Chat.Id ?? EditedMessage?.Chat.Id ?? ChannelPost?.Chat.Id ?? EditedChannelPost?.Chat.Id
        ?? CallbackQuery?.Message?.Chat.Id ?? CallbackQuery?.From.Id ?? MyChatMember?.Chat.Id ?? ChatMember?.Chat.Id;
}
