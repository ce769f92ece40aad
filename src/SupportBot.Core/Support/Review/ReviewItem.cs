namespace SupportBot.Core.Support.Review;

/// <summary>A message the bot could not place, kept for staff to label and add to the training data.</summary>
public sealed record ReviewItem
{
    /// <summary>The inbox's id for it.</summary>
    public long Id { get; init; }

    /// <summary>When the user wrote it.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The channel it came from.</summary>
    public required string ChannelId { get; init; }

    /// <summary>"ru" or "en".</summary>
    public required string Language { get; init; }

    /// <summary>The message as understood (cut to the bot's limit).</summary>
    public required string Text { get; init; }

    /// <summary>The model's best in-scope guess.</summary>
    public required string GuessedIntent { get; init; }

    /// <summary>Its probability.</summary>
    public required double Probability { get; init; }

    /// <summary>The policy rule that fired (out_of_scope, low_confidence, none_of_the_candidates…).</summary>
    public required string Rule { get; init; }

    /// <summary>The intent staff gave it, or null while unlabeled.</summary>
    public string? Label { get; init; }
}
