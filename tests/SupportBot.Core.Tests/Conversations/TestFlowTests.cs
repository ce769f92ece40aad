using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;

namespace SupportBot.Core.Tests.Conversations;

public sealed class TestFlowTests
{
    private static readonly DelegateBot Echo = new((turn, ct) =>
        turn.SendTextAsync("Эхо: " + turn.Activity.Text, ct, SuggestedActions.ImBack("Да", "Нет")));

    [Fact]
    public async Task AssertReply_WrongText_NamesExpectedActualAndTheUserMessage()
    {
        var error = await Assert.ThrowsAsync<TestFlowException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("привет").AssertReply("Здравствуйте").StartTestAsync());

        Assert.Equal("Step 2: expected the reply \"Здравствуйте\" but the bot said \"Эхо: привет\" (after the user said \"привет\").", error.Message);
    }

    [Fact]
    public async Task AssertReply_NoMoreReplies_SaysTheBotSentNothing()
    {
        var error = await Assert.ThrowsAsync<TestFlowException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("a").AssertReply("Эхо: a").AssertReply("ещё").StartTestAsync());

        Assert.Contains("expected the reply \"ещё\" but the bot sent nothing more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertSuggestedActions_OtherButtons_ListsBoth()
    {
        var error = await Assert.ThrowsAsync<TestFlowException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("a").AssertReply("Эхо: a").AssertSuggestedActions("Yes", "No").StartTestAsync());

        Assert.Contains("expected the buttons [Yes, No] on \"Эхо: a\" but got [Да, Нет]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertNoReply_ExtraReply_Fails()
    {
        var error = await Assert.ThrowsAsync<TestFlowException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("a").AssertNoReply().StartTestAsync());

        Assert.Contains("expected no more replies but the bot said \"Эхо: a\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertReply_WithCheck_RunsTheCheckOnTheReply()
    {
        await new TestFlow(new TestAdapter(locale: "en-US"), Echo)
            .Send("hi")
            .AssertReply(reply =>
            {
                Assert.Equal("en-US", reply.Locale);
                Assert.Equal("user1", reply.Recipient?.Id);
                Assert.Equal(TestAdapter.ChannelId, reply.ChannelId);
            })
            .AssertSuggestedActions("Да", "Нет")
            .StartTestAsync();
    }

    [Fact]
    public async Task UserState_AcrossConversationsAndARestart_FollowsTheUser()
    {
        using var temp = new TempStore();
        var profile = UserState.CreateProperty("profile", TestJsonContext.Default.ProfileState);
        var bot = new DelegateBot(async (turn, ct) =>
        {
            var state = await profile.GetAsync(turn, () => new ProfileState(), ct);
            state = state with { Visits = state.Visits + 1, Name = state.Name ?? turn.Activity.Text };
            await profile.SetAsync(turn, state, ct);
            await turn.SendTextAsync($"{state.Name}: {state.Visits}", ct);
        });

        await new TestFlow(temp.CreateAdapter(conversationId: "first"), bot).Send("Аня").AssertReply("Аня: 1").StartTestAsync();
        await new TestFlow(temp.CreateAdapter(temp.Open(), conversationId: "second"), bot).Send("Борис").AssertReply("Аня: 2").StartTestAsync();
    }
}
