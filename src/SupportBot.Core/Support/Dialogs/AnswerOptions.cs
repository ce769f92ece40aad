using SupportBot.Core.Dialogs;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>What an answer begins with.</summary>
internal sealed record AnswerOptions(string ArticleId, string Language, int Step = 0) : DialogOptions;
