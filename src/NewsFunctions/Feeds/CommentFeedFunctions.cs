using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Http;
using NewsFunctions.Pages;

namespace NewsFunctions.Feeds;

public sealed class CommentFeedFunctions(IArticleStore articles, ICommentStore comments)
{
    public const int FeedSize = 50;

    [Function(nameof(GetCommentFeed))]
    public async Task<IActionResult> GetCommentFeed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CommentFeed)] HttpRequest request,
        string slug,
        CancellationToken cancellationToken)
    {
        var stored = Slugs.IsValid(slug) ? await articles.GetAsync(slug, cancellationToken) : null;
        if (stored is null)
        {
            return Problems.NotFound("No article has that slug.");
        }

        var (items, _) = await comments.ListApprovedAsync(slug, FeedSize, afterId: null, newestFirst: true, cancellationToken);

        // Atom ids and links are absolute: the feed is read by programs that do not know our origin.
        var origin = $"{request.Scheme}://{request.Host}";
        var article = stored.AsArticle();
        var feed = new CommentFeedWriter.FeedArticle(article.Title, article.Language, origin + ArticlePageRenderer.PageHref(slug),
            origin + Routes.Path(Routes.CommentFeed, slug), stored.UpdatedAt);
        var bytes = CommentFeedWriter.Write(feed, items.Select(c => c.AsPublic()).ToList(), PageWords.For(article.Language).SiteName);
        return new BytesResult(bytes, CommentFeedWriter.ContentType).WithHeader("Cache-Control", "public, max-age=60");
    }
}
