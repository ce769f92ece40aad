using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Tickets;

public sealed class TicketStatusRulesTests
{
    public static TheoryData<TicketStatus, TicketStatus> ForwardMoves() => new()
    {
        { TicketStatus.New, TicketStatus.InProgress },
        { TicketStatus.New, TicketStatus.WaitingForUser },
        { TicketStatus.New, TicketStatus.Resolved },
        { TicketStatus.New, TicketStatus.Closed },
        { TicketStatus.InProgress, TicketStatus.WaitingForUser },
        { TicketStatus.InProgress, TicketStatus.Resolved },
        { TicketStatus.InProgress, TicketStatus.Closed },
        { TicketStatus.WaitingForUser, TicketStatus.InProgress },
        { TicketStatus.WaitingForUser, TicketStatus.Resolved },
        { TicketStatus.WaitingForUser, TicketStatus.Closed },
        { TicketStatus.Resolved, TicketStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(ForwardMoves))]
    public void Check_ForwardMove_IsAllowedForAnyActor(TicketStatus from, TicketStatus to)
    {
        foreach (var role in Enum.GetValues<TicketRole>())
        {
            var check = TicketStatusRules.Check(from, to, role, isAssigned: true);
            Assert.True(check.IsAllowed, check.Reason);
            Assert.False(check.IsReopening);
            Assert.Null(check.Reason);
        }
    }

    [Theory]
    [InlineData(TicketStatus.InProgress, TicketStatus.New)]
    [InlineData(TicketStatus.WaitingForUser, TicketStatus.New)]
    [InlineData(TicketStatus.Resolved, TicketStatus.WaitingForUser)]
    [InlineData(TicketStatus.Closed, TicketStatus.Resolved)]
    [InlineData(TicketStatus.Closed, TicketStatus.WaitingForUser)]
    [InlineData(TicketStatus.New, TicketStatus.New)]
    [InlineData(TicketStatus.Closed, TicketStatus.Closed)]
    public void Check_ForbiddenMove_IsRefusedWithAReason(TicketStatus from, TicketStatus to)
    {
        var check = TicketStatusRules.Check(from, to, TicketRole.Agent, isAssigned: true);
        Assert.False(check.IsAllowed);
        Assert.False(string.IsNullOrWhiteSpace(check.Reason));
    }

    [Theory]
    [InlineData(TicketStatus.Resolved, TicketRole.User, true, TicketStatus.InProgress)]
    [InlineData(TicketStatus.Resolved, TicketRole.User, false, TicketStatus.New)]
    [InlineData(TicketStatus.Resolved, TicketRole.Agent, true, TicketStatus.InProgress)]
    [InlineData(TicketStatus.Resolved, TicketRole.Agent, false, TicketStatus.New)]
    [InlineData(TicketStatus.Closed, TicketRole.Agent, true, TicketStatus.InProgress)]
    [InlineData(TicketStatus.Closed, TicketRole.Agent, false, TicketStatus.New)]
    public void Check_ReopenByAllowedActor_IsAReopening(TicketStatus from, TicketRole actor, bool assigned, TicketStatus to)
    {
        var check = TicketStatusRules.Check(from, to, actor, assigned);
        Assert.True(check.IsAllowed, check.Reason);
        Assert.True(check.IsReopening);
        Assert.Equal(to, TicketStatusRules.ReopenTarget(assigned));
    }

    [Theory]
    [InlineData(TicketStatus.Closed, TicketRole.User)]
    [InlineData(TicketStatus.Closed, TicketRole.Bot)]
    [InlineData(TicketStatus.Closed, TicketRole.System)]
    [InlineData(TicketStatus.Resolved, TicketRole.Bot)]
    [InlineData(TicketStatus.Resolved, TicketRole.System)]
    public void Check_ReopenByOtherActor_IsRefused(TicketStatus from, TicketRole actor)
    {
        var check = TicketStatusRules.Check(from, TicketStatus.InProgress, actor, isAssigned: true);
        Assert.False(check.IsAllowed);
        Assert.Contains("reopen", check.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, TicketStatus.New)]
    [InlineData(false, TicketStatus.InProgress)]
    public void Check_ReopenToTheWrongStatus_IsRefused(bool assigned, TicketStatus to)
    {
        var check = TicketStatusRules.Check(TicketStatus.Resolved, to, TicketRole.Agent, assigned);
        Assert.False(check.IsAllowed);
        Assert.Contains(assigned ? "in progress" : "new", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedTargets_ClosedForUser_IsEmpty_ForAgent_IsTheReopenTarget()
    {
        Assert.Empty(TicketStatusRules.AllowedTargets(TicketStatus.Closed, TicketRole.User, isAssigned: true));
        Assert.Equal([TicketStatus.InProgress], TicketStatusRules.AllowedTargets(TicketStatus.Closed, TicketRole.Agent, isAssigned: true));
        Assert.Equal(
            [TicketStatus.InProgress, TicketStatus.WaitingForUser, TicketStatus.Resolved, TicketStatus.Closed],
            TicketStatusRules.AllowedTargets(TicketStatus.New, TicketRole.Agent, isAssigned: false));
    }

    [Fact]
    public void IsOpen_EachStatus_OnlyNewInProgressAndWaiting()
    {
        Assert.Equal(
            [TicketStatus.New, TicketStatus.InProgress, TicketStatus.WaitingForUser],
            Enum.GetValues<TicketStatus>().Where(TicketStatusRules.IsOpen));
    }
}
