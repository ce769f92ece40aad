using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Core.Text;

namespace SupportBot.Core.Support;

/// <summary>The "understand" step of a turn: analyze once, predict intents, search the knowledge base with them as priors.</summary>
public sealed class MessageUnderstander
{
    private readonly LiveIntentModel _model;
    private readonly KnowledgeSearch _search;
    private readonly SupportBotOptions _options;

    /// <summary>Understands with the live model and knowledge base.</summary>
    public MessageUnderstander(LiveIntentModel model, KnowledgeSearch search, SupportBotOptions options)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _search = search ?? throw new ArgumentNullException(nameof(search));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>
    /// Understands <paramref name="text"/>; <paramref name="fallbackLanguage"/> ("ru"/"en", the conversation's so far)
    /// decides the reply language when the message has no letters to judge by.
    /// </summary>
    public Understanding Understand(string text, string fallbackLanguage)
    {
        ArgumentNullException.ThrowIfNull(text);
        var signals = MessageSignalReader.Read(text, _options.MaxMessageLength);
        var body = signals.WasCut ? text[.._options.MaxMessageLength] : text;
        var model = _model.Current;
        var analyzed = model.Analyzer.Analyze(body);
        var prediction = model.Predict(analyzed);
        var language = analyzed.Language switch
        {
            Language.Russian => "ru",
            Language.English => "en",
            _ => fallbackLanguage,
        };
        var search = signals.IsEmpty
            ? SearchResult.Nothing
            : _search.Search(body, language, limit: 5, intentPriors: Priors(prediction));
        return new Understanding { Text = body, Language = language, Prediction = prediction, Search = search, Signals = signals };
    }

    private static Dictionary<string, double> Priors(IntentPrediction prediction)
    {
        var priors = new Dictionary<string, double>(prediction.Ranked.Count, StringComparer.Ordinal);
        foreach (var score in prediction.Ranked)
        {
            priors[score.Intent] = score.Probability;
        }

        return priors;
    }
}
