using System.Text;

namespace SupportBot.Core.Conversations.Testing;

/// <summary>
/// A conversation as a script, in the spirit of Bot Builder's TestFlow:
/// <c>new TestFlow(adapter, bot).Send("hi").AssertReply("Hello!").AssertSuggestedActions("Да", "Нет").StartTestAsync()</c>.
/// Each <see cref="Send(string)"/> runs a whole turn; each assertion takes the next reply the bot sent (typing
/// indicators are skipped). Immutable: every call returns a longer script.
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly IBot _bot;
    private readonly IReadOnlyList<Func<Script, CancellationToken, Task>> _steps;

    /// <summary>An empty script for <paramref name="bot"/> on <paramref name="adapter"/>.</summary>
    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter ?? throw new ArgumentNullException(nameof(adapter)), bot ?? throw new ArgumentNullException(nameof(bot)), [])
    {
    }

    private TestFlow(TestAdapter adapter, IBot bot, IReadOnlyList<Func<Script, CancellationToken, Task>> steps)
    {
        _adapter = adapter;
        _bot = bot;
        _steps = steps;
    }

    /// <summary>The user writes <paramref name="text"/>.</summary>
    public TestFlow Send(string text) => Send(_adapter.MakeActivity(text));

    /// <summary>The user's client sends <paramref name="activity"/> (an event, a conversationUpdate…).</summary>
    public TestFlow Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Then(async (script, ct) =>
        {
            script.LastSent = activity.Text ?? $"({activity.Type})";
            await _adapter.ProcessActivityAsync(activity, _bot, ct).ConfigureAwait(false);
        });
    }

    /// <summary>The next reply's text is <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected) => Then((script, _) =>
    {
        var reply = script.TakeReply($"the reply \"{expected}\"");
        if (reply.Text != expected)
        {
            throw script.Fail($"expected the reply \"{expected}\" but the bot said \"{reply.Text}\"");
        }

        return Task.CompletedTask;
    });

    /// <summary>The next reply passes <paramref name="check"/> (which throws, e.g. with Assert, when it does not).</summary>
    public TestFlow AssertReply(Action<Activity> check, string description = "a reply")
    {
        ArgumentNullException.ThrowIfNull(check);
        return Then((script, _) =>
        {
            check(script.TakeReply(description));
            return Task.CompletedTask;
        });
    }

    /// <summary>The next reply's text contains <paramref name="fragment"/>.</summary>
    public TestFlow AssertReplyContains(string fragment) => Then((script, _) =>
    {
        var reply = script.TakeReply($"a reply containing \"{fragment}\"");
        if (reply.Text is null || !reply.Text.Contains(fragment, StringComparison.Ordinal))
        {
            throw script.Fail($"expected a reply containing \"{fragment}\" but the bot said \"{reply.Text}\"");
        }

        return Task.CompletedTask;
    });

    /// <summary>The reply last asserted carries exactly these buttons, in order.</summary>
    public TestFlow AssertSuggestedActions(params string[] titles) => Then((script, _) =>
    {
        var reply = script.LastReply ?? throw script.Fail("AssertSuggestedActions needs a reply asserted before it");
        var actual = reply.SuggestedActions?.Actions.Select(a => a.Title).ToArray() ?? [];
        if (!actual.SequenceEqual(titles))
        {
            throw script.Fail($"expected the buttons [{string.Join(", ", titles)}] on \"{reply.Text}\" but got [{string.Join(", ", actual)}]");
        }

        return Task.CompletedTask;
    });

    /// <summary>The bot sent nothing more (typing aside).</summary>
    public TestFlow AssertNoReply() => Then((script, _) =>
    {
        if (script.TryTakeReply() is { } extra)
        {
            throw script.Fail($"expected no more replies but the bot said \"{extra.Text}\"");
        }

        return Task.CompletedTask;
    });

    /// <summary>Runs any step of the test's own (a proactive turn, a check of the store).</summary>
    public TestFlow Do(Func<CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Then((_, ct) => action(ct));
    }

    /// <summary>Runs the script; throws <see cref="TestFlowException"/> at the first unmet expectation.</summary>
    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        var script = new Script(_adapter);
        foreach (var step in _steps)
        {
            script.StepNumber++;
            await step(script, cancellationToken).ConfigureAwait(false);
        }
    }

    private TestFlow Then(Func<Script, CancellationToken, Task> step) => new(_adapter, _bot, [.. _steps, step]);

    /// <summary>Where a running script is.</summary>
    private sealed class Script(TestAdapter adapter)
    {
        public int StepNumber { get; set; }

        public string? LastSent { get; set; }

        public Activity? LastReply { get; private set; }

        public Activity? TryTakeReply()
        {
            while (adapter.TryTakeReply(out var reply))
            {
                if (reply!.Type != ActivityTypes.Typing)
                {
                    return reply;
                }
            }

            return null;
        }

        public Activity TakeReply(string expected)
        {
            LastReply = TryTakeReply() ?? throw Fail($"expected {expected} but the bot sent nothing more");
            return LastReply;
        }

        public TestFlowException Fail(string problem)
        {
            var message = new StringBuilder().Append("Step ").Append(StepNumber).Append(": ").Append(problem);
            if (LastSent is not null)
            {
                message.Append(" (after the user said \"").Append(LastSent).Append("\")");
            }

            return new TestFlowException(message.Append('.').ToString());
        }
    }
}
