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
    public Understanding Understand(string text, string fallbackLanguage) =>
        Understand(text, fallbackLanguage, MessageSignalReader.Read(text ?? throw new ArgumentNullException(nameof(text)), _options.MaxMessageLength));

    /// <summary>
    /// Understands <paramref name="text"/> with the <paramref name="signals"/> read from the user's message, which may
    /// be only the end of <paramref name="text"/> (a short reply joined to the problem it clarifies).
    /// </summary>
    internal Understanding Understand(string text, string fallbackLanguage, MessageSignals signals)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Cut what is understood, not what was typed: a joined message can be over the limit when neither part is.
        var body = text.Length > _options.MaxMessageLength ? text[.._options.MaxMessageLength] : text;
        var model = _model.Current;
        var analyzed = model.Analyzer.Analyze(body);
        var prediction = model.Predict(analyzed);
        var language = ReplyLanguage(analyzed, fallbackLanguage);
        var search = signals.IsEmpty
            ? SearchResult.Nothing
            : _search.Search(body, analyzed, model.Analyzer, language, limit: 5, intentPriors: prediction.Priors());
        return new Understanding { Text = body, Language = language, Prediction = prediction, Search = search, Signals = signals };
    }

    // "VPN" or "Outlook" alone in a Russian conversation is a Russian user naming a product, not a switch to English.
    private static string ReplyLanguage(AnalyzedText analyzed, string fallbackLanguage) => analyzed.Language switch
    {
        Language.Russian => "ru",
        Language.English when fallbackLanguage == "ru" && analyzed.Tokens.Count(t => t.Kind == TokenKind.Word) <= 2 => "ru",
        Language.English => "en",
        _ => string.IsNullOrEmpty(fallbackLanguage) ? "ru" : fallbackLanguage,
    };
}
