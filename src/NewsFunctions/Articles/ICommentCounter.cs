namespace NewsFunctions.Articles;

public interface ICommentCounter
{
    // Counts an approved comment in the article's commentCount once, or uncounts it once, however
    // often it is called: safe to repeat after a crash or a redelivered message.
    Task SetCountedAsync(string slug, string commentId, bool counted, CancellationToken cancellationToken);
}
