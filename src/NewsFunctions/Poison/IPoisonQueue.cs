using NewsFunctions.Comments;

namespace NewsFunctions.Poison;

public interface IPoisonQueue
{
    // The oldest messages, looked at without taking them (at most 32: the service's peek limit).
    Task<IReadOnlyList<PoisonMessage>> PeekAsync(CancellationToken cancellationToken);

    // Moves up to max messages back to `comments`; returns how many moved.
    Task<int> RedriveAsync(int max, CancellationToken cancellationToken);

    // Deletes the messages of `comments` and `comments-poison` that belong to a reader; returns how
    // many. A message being processed at that moment is invisible and cannot be seen.
    Task<int> RemoveAsync(Func<CommentMessage, bool> belongs, CancellationToken cancellationToken);
}
