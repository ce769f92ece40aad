namespace SupportBot.Core.Support.Review;

/// <summary>Where the bot drops the messages it could not understand, and where staff label them for retraining.</summary>
public interface IReviewInbox
{
    /// <summary>Keeps a message; exact repeats of an unlabeled text are kept once.</summary>
    Task RecordAsync(ReviewItem item, CancellationToken cancellationToken);

    /// <summary>The newest items first, unlabeled only unless <paramref name="includeLabeled"/>.</summary>
    Task<IReadOnlyList<ReviewItem>> ListAsync(int limit, bool includeLabeled, CancellationToken cancellationToken);

    /// <summary>Labels an item with an intent; false when there is no such item.</summary>
    Task<bool> LabelAsync(long id, string intent, CancellationToken cancellationToken);

    /// <summary>Every labeled item, oldest first, for training.</summary>
    Task<IReadOnlyList<ReviewItem>> LabeledAsync(CancellationToken cancellationToken);

    /// <summary>Removes items (once they are in the training data); returns how many there were.</summary>
    Task<int> RemoveAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken);
}
