using SupportBot.Core.Dialogs;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>What "Did you mean…?" begins with.</summary>
internal sealed record DisambiguationOptions(IReadOnlyList<string> ArticleIds, IReadOnlyList<string> Titles, string Language) : DialogOptions;
