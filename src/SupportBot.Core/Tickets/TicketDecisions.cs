namespace SupportBot.Core.Tickets;

/// <summary>
/// What each store operation does to a ticket, as pure functions of its current header: the store runs them inside
/// its write transaction and writes whatever <see cref="TicketChange"/> they return.
/// </summary>
internal static class TicketDecisions
{
    public static TicketChange Append(TicketSummary current, IReadOnlyList<TranscriptEntry> entries, DateTimeOffset now)
    {
        if (entries.Count == 0)
        {
            return TicketChange.None;
        }

        var events = new List<TicketEvent>();
        TicketStatus? status = null;
        foreach (var entry in entries)
        {
            if (entry.Role == TicketRole.User)
            {
                var user = TicketActor.User(entry.SenderName.Length > 0 ? entry.SenderName : current.UserName);
                events.Add(new TicketEvent { At = now, Actor = user, Kind = TicketEventKind.UserMessage });

                // The user answered the agent's question: the ball is back with the agent.
                if (current.Status == TicketStatus.WaitingForUser && status is null)
                {
                    status = TicketStatus.InProgress;
                    events.Add(new TicketEvent
                    {
                        At = now, Actor = user, Kind = TicketEventKind.StatusChanged, From = current.Status, To = status, Note = "The user replied.",
                    });
                }
            }
            else if (entry.Role == TicketRole.Agent)
            {
                events.Add(new TicketEvent { At = now, Actor = TicketActor.Agent(entry.SenderName), Kind = TicketEventKind.AgentReplied });
            }
        }

        return new TicketChange { Entries = entries, Events = events, Status = status };
    }

    public static TicketChange ChangeStatus(TicketSummary current, TicketStatus to, TicketActor actor, string? note, DateTimeOffset now)
    {
        if (!Enum.IsDefined(to))
        {
            return TicketChange.Refuse(TicketOutcome.InvalidTransition, current, $"{to} is not a ticket status.");
        }

        var check = TicketStatusRules.Check(current.Status, to, actor.Role, current.Assignee is not null);
        if (!check.IsAllowed)
        {
            return TicketChange.Refuse(TicketOutcome.InvalidTransition, current, check.Reason!);
        }

        var kind = check.IsReopening ? TicketEventKind.Reopened : TicketEventKind.StatusChanged;
        return new TicketChange
        {
            Status = to,
            Events = [new TicketEvent { At = now, Actor = actor, Kind = kind, From = current.Status, To = to, Note = note }],
        };
    }

    public static TicketChange Reopen(TicketSummary current, TicketActor actor, string? note, DateTimeOffset now) =>
        current.IsOpen
            ? TicketChange.Refuse(TicketOutcome.InvalidTransition, current, $"The ticket is {TicketStatusRules.Describe(current.Status)}, not resolved or closed.")
            : ChangeStatus(current, TicketStatusRules.ReopenTarget(current.Assignee is not null), actor, note, now);

    public static TicketChange Assign(TicketSummary current, string? assignee, TicketActor actor, DateTimeOffset now)
    {
        if (string.Equals(current.Assignee, assignee, StringComparison.Ordinal))
        {
            return TicketChange.None;
        }

        return new TicketChange
        {
            SetsAssignee = true,
            Assignee = assignee,
            Events = [new TicketEvent { At = now, Actor = actor, Kind = TicketEventKind.Assigned, Note = assignee }],
        };
    }

    public static TicketChange Rate(TicketSummary current, int score, string? comment, DateTimeOffset now)
    {
        if (score is < 1 or > 5)
        {
            return TicketChange.Refuse(TicketOutcome.InvalidRating, current, $"A rating is a whole number from 1 to 5, not {score}.");
        }

        var note = comment is null ? $"{score}/5" : $"{score}/5: {comment}";
        return new TicketChange
        {
            Rating = new TicketRating { Score = score, Comment = comment },
            Events = [new TicketEvent { At = now, Actor = TicketActor.User(current.UserName), Kind = TicketEventKind.Rated, Note = TicketText.Clean(note, TicketLimits.NoteLength) }],
        };
    }

    public static TicketChange Note(TicketSummary current, TicketActor actor, string? note, DateTimeOffset now) =>
        note is null
            ? TicketChange.Refuse(TicketOutcome.InvalidInput, current, "The note is empty.")
            : new TicketChange { Events = [new TicketEvent { At = now, Actor = actor, Kind = TicketEventKind.Note, Note = note }] };
}
