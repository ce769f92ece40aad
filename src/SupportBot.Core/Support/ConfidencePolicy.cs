using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;

namespace SupportBot.Core.Support;

/// <summary>
/// The one place that turns an <see cref="Understanding"/> into a <see cref="TurnDecision"/>: answer, disambiguate,
/// clarify or escalate. Rules are checked in order and the first that fires names itself in the decision.
/// </summary>
public sealed class ConfidencePolicy
{
    private static readonly HashSet<string> SmallTalkIntents = new(StringComparer.Ordinal)
    {
        "greeting", "goodbye", "thanks", "bot_capabilities", "affirm", "deny",
    };

    private readonly SupportBotOptions _options;

    /// <summary>A policy with the given thresholds.</summary>
    public ConfidencePolicy(SupportBotOptions options) => _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Decides what to do with a message.</summary>
    public TurnDecision Decide(Understanding understanding, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        ArgumentNullException.ThrowIfNull(context);
        var signals = understanding.Signals;
        if (signals.IsEmpty)
        {
            return new TurnDecision { Kind = DecisionKind.AskToRephrase, Rule = "empty_message" };
        }

        if (signals.AsksForHuman || Asks(understanding, "human_agent"))
        {
            return new TurnDecision { Kind = DecisionKind.Escalate, Rule = "human_requested" };
        }

        if (Asks(understanding, "create_ticket"))
        {
            return new TurnDecision { Kind = DecisionKind.Escalate, Rule = "ticket_requested" };
        }

        if (Asks(understanding, "ticket_status"))
        {
            return new TurnDecision { Kind = DecisionKind.TicketStatus, Rule = "ticket_status" };
        }

        var relevant = understanding.Search.Hits.Where(h => h.IsRelevant).ToArray();
        var queryTerms = understanding.Search.QueryTerms.Count;
        var agreeing = relevant.Where(h => AgreesWithModel(h, understanding) || IsStrongMatch(h, queryTerms)).ToArray();
        if (signals.SoundsFrustrated || understanding.ProbabilityOf("frustration") >= _options.MinConversationIntentProbability)
        {
            return new TurnDecision { Kind = DecisionKind.Empathize, Rule = "frustration", Articles = agreeing.Take(1).ToArray() };
        }

        if (signals.IsVague)
        {
            return ClarifyOrEscalate(context, "vague_message");
        }

        // A partial word match that the model does not back is not enough to overrule a confident "thanks" or "out of scope".
        var best = understanding.Prediction.Best;
        if (agreeing.Length == 0 && SmallTalkIntents.Contains(best.Intent) && best.Probability >= _options.MinConversationIntentProbability)
        {
            return new TurnDecision { Kind = DecisionKind.SmallTalk, Rule = "small_talk", Intent = best.Intent };
        }

        if (agreeing.Length == 0 && understanding.Prediction.IsOutOfScope)
        {
            return new TurnDecision { Kind = DecisionKind.OutOfScope, Rule = "out_of_scope" };
        }

        if (relevant.Length > 0)
        {
            return AnswerOrDisambiguate(relevant);
        }

        if (ArticleForTopic(understanding) is { } topicArticle)
        {
            return new TurnDecision { Kind = DecisionKind.Answer, Rule = "intent_match", Articles = [topicArticle] };
        }

        return ClarifyOrEscalate(context, "low_confidence");
    }

    private TurnDecision ClarifyOrEscalate(PolicyContext context, string clarifyRule)
    {
        if (context.Clarifications < _options.MaxClarifications)
        {
            return new TurnDecision { Kind = DecisionKind.Clarify, Rule = clarifyRule };
        }

        return new TurnDecision { Kind = DecisionKind.Escalate, Rule = "low_confidence_after_clarification" };
    }

    // Every word of a query of several words found in one article ("coffee machine error E42") is evidence in itself.
    private bool IsStrongMatch(SearchHit hit, int queryTerms) =>
        queryTerms >= _options.MinTermsForStrongMatch && hit.Coverage >= 0.99;

    private bool AgreesWithModel(SearchHit hit, Understanding understanding) =>
        hit.Article.Intents.Any(intent => understanding.ProbabilityOf(intent) >= _options.MinAgreeingIntentProbability);

    private bool Asks(Understanding understanding, string intent) =>
        understanding.Prediction.Best.Intent == intent
        && understanding.Prediction.Best.Probability >= _options.MinRequestIntentProbability;

    private TurnDecision AnswerOrDisambiguate(SearchHit[] relevant)
    {
        var best = relevant[0];
        var close = relevant
            .Skip(1)
            .Where(h => h.Score >= best.Score * _options.DisambiguationScoreRatio && h.Article.Id != best.Article.Id)
            .DistinctBy(h => h.Article.Id)
            .Take(_options.MaxDisambiguationChoices - 1)
            .ToArray();
        return close.Length == 0
            ? new TurnDecision { Kind = DecisionKind.Answer, Rule = "search_match", Articles = [best] }
            : new TurnDecision { Kind = DecisionKind.Disambiguate, Rule = "close_candidates", Articles = [best, .. close] };
    }

    // The model is sure of a support topic although no article cleared the word-match bar: take that topic's best article.
    private SearchHit? ArticleForTopic(Understanding understanding)
    {
        var best = understanding.Prediction.Best;
        if (understanding.Prediction.IsOutOfScope
            || best.Probability < _options.MinTopicProbability
            || !HelpdeskIntents.SupportTopics.Contains(best.Intent))
        {
            return null;
        }

        return understanding.Search.Hits.FirstOrDefault(h => h.Article.Intents.Contains(best.Intent));
    }
}
