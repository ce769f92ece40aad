using SupportBot.Core.Conversations;
using SupportBot.Core.Dialogs;
using SupportBot.Core.Tests.Dialogs;

namespace SupportBot.Core.Tests.Conversations;

public sealed class ConsoleAdapterTests
{
    [Fact]
    public async Task Run_ChoicePrompt_ShowsNumberedChoicesAndANumberPicksOne()
    {
        using var temp = new TempStore();
        var output = new StringWriter();
        var adapter = new ConsoleAdapter(new StringReader("2\n4\nда\n"), output);
        adapter.Use(new AutoSaveStateMiddleware(temp.Store)).Use(new TranscriptLoggerMiddleware(temp.Store));

        await adapter.RunAsync(new OrderBot(), CancellationToken.None);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(
            ["Что заказать?", "1. Бумага", "2. Картридж", "3. Мышь", "> Сколько?", "> 4 × cartridge, верно?", "1. Да", "2. Нет", "> Заказ принят: 4 × cartridge.", "> "],
            lines);
        var transcript = await temp.Store.GetTranscriptAsync(ConsoleAdapter.ChannelId, "console", 0, 100, CancellationToken.None);
        Assert.Contains(transcript, e => e.Role == TranscriptRole.User && e.Activity.Text == "2");
    }

    [Fact]
    public async Task Run_SuggestedActionsSentAnyway_ListedAndPickedByNumber()
    {
        var output = new StringWriter();
        var heard = new List<string?>();
        var bot = new DelegateBot((turn, ct) =>
        {
            heard.Add(turn.Activity.Text);
            return turn.Activity.Type == ActivityTypes.Message
                ? turn.SendTextAsync("Эхо: " + turn.Activity.Text, ct)
                : turn.SendTextAsync("Чем помочь?", ct, SuggestedActions.ImBack("Сбросить пароль", "Позвать человека"));
        });

        await new ConsoleAdapter(new StringReader("2\n2\n/exit\nне дойдёт\n"), output).RunAsync(bot, CancellationToken.None);

        Assert.Equal([null, "Позвать человека", "2"], heard);
        Assert.Contains("  1. Сбросить пароль", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Эхо: Позвать человека", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Эхо: 2", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EmptyInput_GreetsAndEnds()
    {
        var output = new StringWriter();
        var adapter = new ConsoleAdapter(TextReader.Null, output, locale: "en");
        string? greetedLocale = null;
        await adapter.RunAsync(new DelegateBot((turn, ct) =>
        {
            greetedLocale = turn.Activity.Locale;
            return turn.SendTextAsync("Hi! How can I help?", ct);
        }), CancellationToken.None);

        Assert.Equal("en", greetedLocale);
        Assert.StartsWith("Hi! How can I help?", output.ToString(), StringComparison.Ordinal);
        Assert.False(adapter.Capabilities.SupportsButtons);
    }
}
