namespace NewsFunctions.Comments;

public interface ICommentQueue
{
    Task SendAsync(CommentMessage message, CancellationToken cancellationToken);

    Task<(int Queued, int Poison)> CountAsync(CancellationToken cancellationToken);
}
