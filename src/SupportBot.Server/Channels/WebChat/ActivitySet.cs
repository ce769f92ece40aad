using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>Activities after a watermark and the new watermark: a polling answer and each stream frame.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
