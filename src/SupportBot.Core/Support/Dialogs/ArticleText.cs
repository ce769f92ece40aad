using SupportBot.Core.Conversations;
using SupportBot.Core.Knowledge;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>How an article reads in a chat message.</summary>
internal static class ArticleText
{
    /// <summary>The title (bold where the channel renders Markdown) and the short answer.</summary>
    public static string ShortAnswer(Article article, ChannelCapabilities capabilities)
    {
        var title = capabilities.SupportsMarkdown ? $"**{article.Title}**" : article.Title;
        return string.IsNullOrWhiteSpace(article.Summary) ? title : $"{title}\n\n{article.Summary}";
    }
}
