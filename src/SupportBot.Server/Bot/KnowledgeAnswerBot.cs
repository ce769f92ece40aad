using System.Text;
using SupportBot.Core.Conversations;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Core.Text;

namespace SupportBot.Server.Bot;

/// <summary>
/// The interim bot until the support dialogs are merged: answers a message with the best knowledge-base article (title,
/// summary, first steps) and feedback buttons, or says it found nothing, in the message's language.
/// </summary>
internal sealed class KnowledgeAnswerBot(IntentModel model, KnowledgeSearch search) : IBot
{
    private const int StepsShown = 3;

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        if (turnContext.Activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(text))
        {
            return;
        }

        var prediction = model.Predict(text);
        var russian = prediction.Language switch
        {
            Language.Russian => true,
            Language.English => false,
            _ => turnContext.Activity.Locale?.StartsWith("ru", StringComparison.OrdinalIgnoreCase) == true,
        };
        var phrases = russian ? Phrases.Russian : Phrases.English;

        if (Phrases.IsFeedback(text, out var helped))
        {
            await turnContext.SendTextAsync(helped ? phrases.Glad : phrases.Sorry, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(Activity.Typing(), cancellationToken).ConfigureAwait(false);
        var priors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var score in prediction.Ranked)
        {
            priors[score.Intent] = score.Probability;
        }

        var best = search.Search(text, russian ? "ru" : "en", limit: 3, intentPriors: priors).Best;
        if (best is null)
        {
            await turnContext.SendTextAsync(phrases.NotFound, cancellationToken).ConfigureAwait(false);
            return;
        }

        var reply = Activity.Message(Answer(best.Article), SuggestedActions.ImBack(phrases.Helped, phrases.NotHelped)) with
        {
            TextFormat = "markdown",
            Locale = russian ? "ru-RU" : "en-US",
        };
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private static string Answer(Article article)
    {
        var answer = new StringBuilder().Append("**").Append(article.Title).Append("**\n\n").Append(article.Summary);
        for (var i = 0; i < Math.Min(StepsShown, article.Steps.Count); i++)
        {
            answer.Append(i == 0 ? "\n\n" : "\n").Append(i + 1).Append(". ").Append(article.Steps[i]);
        }

        return answer.ToString();
    }

    private sealed record Phrases(string Helped, string NotHelped, string Glad, string Sorry, string NotFound)
    {
        public static Phrases Russian { get; } = new(
            "Помогло",
            "Не помогло",
            "Рад, что помогло! Если появится другой вопрос, просто напишите.",
            "Жаль, что не помогло. Опишите, пожалуйста, проблему подробнее: что именно происходит и какое сообщение вы видите.",
            "Я не нашёл подходящей статьи. Опишите проблему другими словами: например, «не работает VPN» или «забыл пароль».");

        public static Phrases English { get; } = new(
            "Helped",
            "Didn't help",
            "Glad it helped! If anything else comes up, just write.",
            "Sorry it didn't help. Please describe the problem in more detail: what happens and what message you see.",
            "I couldn't find a matching article. Try other words, for example \"VPN does not connect\" or \"forgot my password\".");

        public static bool IsFeedback(string text, out bool helped)
        {
            helped = Matches(text, Russian.Helped) || Matches(text, English.Helped);
            return helped || Matches(text, Russian.NotHelped) || Matches(text, English.NotHelped);
        }

        private static bool Matches(string text, string phrase) => string.Equals(text, phrase, StringComparison.OrdinalIgnoreCase);
    }
}
