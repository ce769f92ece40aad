using SupportBot.Core.Intents;

namespace SupportBot.Core.Tests.Intents;

/// <summary>A small hand-written helpdesk dataset: enough for a model to learn, small enough to train in a blink.</summary>
internal static class TinyDataset
{
    public static readonly IReadOnlyDictionary<string, string[]> ByIntent = new Dictionary<string, string[]>
    {
        ["vpn"] =
        [
            "vpn does not connect", "my vpn keeps disconnecting", "cannot connect to the vpn from home", "globalprotect vpn error",
            "не работает впн", "впн не подключается", "не могу подключиться к vpn из дома", "vpn отваливается каждые пять минут",
        ],
        ["printer"] =
        [
            "printer is not printing", "the printer jammed again", "cannot print to the office printer", "printer says offline",
            "принтер не печатает", "замялась бумага в принтере", "не могу распечатать документ", "принтер пишет что он offline",
        ],
        ["password_reset"] =
        [
            "i forgot my password", "how do i reset my password", "need to change my password", "password expired",
            "забыл пароль", "как сбросить пароль", "нужно сменить пароль", "истек срок действия пароля",
        ],
        ["greeting"] =
        [
            "hello", "hi there", "good morning", "hey bot",
            "привет", "здравствуйте", "добрый день", "доброе утро",
        ],
        ["oos"] =
        [
            "what is the weather tomorrow", "tell me a joke", "recommend a good movie", "how do i cook pasta",
            "какая завтра погода", "расскажи анекдот", "посоветуй хороший фильм", "как приготовить борщ",
        ],
    };

    public static IReadOnlyList<IntentExample> Examples { get; } =
        ByIntent.SelectMany(p => p.Value.Select(text => new IntentExample(text, p.Key))).ToList();

    /// <summary>Options that keep every feature, since the data is tiny.</summary>
    public static IntentTrainerOptions Options { get; } = new()
    {
        Features = new IntentTrainerOptions().Features with { MinDocumentFrequency = 1 },
        Softmax = new SoftmaxTrainerOptions { Epochs = 30 },
    };

    private static IntentModel? s_model;

    /// <summary>One model trained on the whole dataset, shared by tests that only read it.</summary>
    public static IntentModel Model => s_model ??= new IntentTrainer().Fit(Examples, Options);
}
