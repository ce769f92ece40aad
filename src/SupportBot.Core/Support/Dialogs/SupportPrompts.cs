using System.Collections.Concurrent;
using SupportBot.Core.Dialogs;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>The prompts the support dialogs use and the buttons they offer.</summary>
internal static class SupportPrompts
{
    public const string Choice = "supportChoice";
    public const string Text = "supportText";

    public const string HelpedValue = "helped";
    public const string NotHelpedValue = "not_helped";
    public const string NextStepValue = "next_step";
    public const string PersonValue = "person";
    public const string NoneValue = "none";
    public const string SkipValue = "skip";
    public const string CancelValue = "cancel";

    // One object per language and button: a choice prompt works out a choice's answer forms once per object.
    private static readonly ConcurrentDictionary<(BotPhrases Phrases, string Button), Choice> Made = new();

    public static Choice Helped(BotPhrases phrases) =>
        Made.GetOrAdd((phrases, HelpedValue), static key => new() { Value = HelpedValue, Title = key.Phrases.Helped, Synonyms = ["да", "помогло", "yes", "helped", "it helped", "да помогло", "решено", "работает", "it works"] });

    public static Choice Yes(BotPhrases phrases) =>
        Made.GetOrAdd((phrases, "yes"), static key => Helped(key.Phrases) with { Title = key.Phrases.Yes });

    public static Choice No(BotPhrases phrases) =>
        Made.GetOrAdd((phrases, NotHelpedValue), static key => new() { Value = NotHelpedValue, Title = key.Phrases.No, Synonyms = ["нет", "не помогло", "no", "nope", "didnt help", "did not help", "не работает", "not working"] });

    public static Choice NextStep(BotPhrases phrases) =>
        Made.GetOrAdd((phrases, NextStepValue), static key => new() { Value = NextStepValue, Title = key.Phrases.NextStep, Synonyms = ["дальше", "далее", "следующий", "next", "next step", "не помогло", "didnt help"] });

    public static Choice Person(BotPhrases phrases) =>
        Made.GetOrAdd((phrases, PersonValue), static key => new() { Value = PersonValue, Title = key.Phrases.TalkToPerson, Synonyms = ["оператор", "человек", "operator", "person", "agent", "human"] });

    /// <summary>A button question that gives up on the first answer that is not a button, so it can be read afresh.</summary>
    public static PromptOptions Buttons(string question, string language, params IReadOnlyList<Choice> choices) =>
        new() { Prompt = question, Choices = choices, MaxAttempts = 1, Locale = language };
}
