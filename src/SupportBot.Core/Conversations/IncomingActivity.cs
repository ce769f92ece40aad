namespace SupportBot.Core.Conversations;

/// <summary>Addresses activities the way a channel delivers a user's message to the bot.</summary>
internal static class IncomingActivity
{
    /// <summary><paramref name="activity"/> as sent by the reference's user to its bot, in its conversation.</summary>
    public static Activity FromUser(ConversationReference reference, Activity activity) => activity with
    {
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        From = reference.User,
        Recipient = reference.Bot,
        Conversation = reference.Conversation,
        Locale = activity.Locale ?? reference.Locale,
    };
}
