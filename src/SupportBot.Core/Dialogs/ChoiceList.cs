using System.Text;
using SupportBot.Core.Conversations;

namespace SupportBot.Core.Dialogs;

/// <summary>Shows choices as buttons where the channel has them, or as numbered lines under the question.</summary>
internal static class ChoiceList
{
    public static Activity Render(ITurnContext turnContext, string text, IReadOnlyList<string> titles)
    {
        var capabilities = turnContext.Capabilities;
        if (capabilities.SupportsButtons && titles.Count <= capabilities.MaxButtons)
        {
            return Activity.Message(text, SuggestedActions.ImBack(titles));
        }

        var builder = new StringBuilder(text);
        for (var i = 0; i < titles.Count; i++)
        {
            builder.Append('\n').Append(i + 1).Append(". ").Append(titles[i]);
        }

        return Activity.Message(builder.ToString());
    }
}
