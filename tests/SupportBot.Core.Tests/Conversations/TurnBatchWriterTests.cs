using SupportBot.Core.Conversations;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Tests.Conversations;

public sealed class TurnBatchWriterTests
{
    private static StateKey Key(string owner) => new() { Scope = StateScope.Conversation, ChannelId = "test", OwnerId = owner, Name = "counter" };

    private static TranscriptEntry Said(string conversation, string text) => new()
    {
        ChannelId = "test", ConversationId = conversation, Timestamp = DateTimeOffset.UnixEpoch, Role = TranscriptRole.User,
        Activity = new Activity { Type = ActivityTypes.Message, Text = text },
    };

    [Fact]
    public async Task CommitBatch_OneTurnConflicts_OnlyThatTurnIsRolledBack()
    {
        using var temp = new TempStore();
        await temp.Store.CommitTurnAsync([new StateWrite { Key = Key("b"), Utf8Json = StateJson.Utf8("1"), ExpectedVersion = 0 }], [], CancellationToken.None);
        using var database = new SqliteDatabase(temp.FilePath);
        StateConflictException?[] outcomes;
        using (database.WriteLock.EnterScope())
        {
            outcomes = new TurnBatchWriter(database).CommitBatch(
                [
                    new PendingCommit([new StateWrite { Key = Key("a"), Utf8Json = StateJson.Utf8("a1"), ExpectedVersion = 0 }], [Said("a", "first")]),
                    new PendingCommit([new StateWrite { Key = Key("c"), Utf8Json = StateJson.Utf8("c1"), ExpectedVersion = 0 }, new StateWrite { Key = Key("b"), Utf8Json = StateJson.Utf8("stale"), ExpectedVersion = 0 }], [Said("b", "second")]),
                    new PendingCommit([], [Said("c", "third")]),
                ],
                nowMilliseconds: 0,
                rider: null);
        }

        Assert.Null(outcomes[0]);
        Assert.Equal(Key("b"), outcomes[1]?.Key);
        Assert.Null(outcomes[2]);
        Assert.Equal("a1", (await temp.Store.ReadStateAsync(Key("a"), CancellationToken.None)).Text());
        Assert.Equal("1", (await temp.Store.ReadStateAsync(Key("b"), CancellationToken.None)).Text());
        Assert.Null(await temp.Store.ReadStateAsync(Key("c"), CancellationToken.None));
        Assert.Single(await temp.Store.GetTranscriptAsync("test", "a", 0, 10, CancellationToken.None));
        Assert.Empty(await temp.Store.GetTranscriptAsync("test", "b", 0, 10, CancellationToken.None));
        Assert.Single(await temp.Store.GetTranscriptAsync("test", "c", 0, 10, CancellationToken.None));
    }
}
