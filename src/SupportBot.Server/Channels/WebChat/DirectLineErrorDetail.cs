namespace SupportBot.Server.Channels.WebChat;

/// <summary>The code (BadArgument, Forbidden, NotFound, MessageSizeTooBig, TooManyRequests, ServiceError) and a message.</summary>
public sealed record DirectLineErrorDetail(string Code, string Message);
