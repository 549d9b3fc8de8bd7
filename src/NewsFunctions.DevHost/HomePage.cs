using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsFunctions.Articles;
using NewsFunctions.Http;

namespace NewsFunctions.DevHost;

// GET / on the local host: a plain page listing the articles, so a newcomer sees the system working.
public static class HomePage
{
    public static void MapHomePage(this WebApplication app)
    {
        app.MapGet("/", async (IArticleStore articles, CancellationToken cancellationToken) =>
        {
            var (items, _) = await articles.ListAsync(category: null, limit: 50, afterKey: null, cancellationToken);
            return Results.Content(Render(items), "text/html; charset=utf-8");
        });
    }

    internal static string Render(IReadOnlyList<StoredArticle> articles)
    {
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        var list = new StringBuilder();
        foreach (var article in articles.Select(a => a.AsSummary()))
        {
            var href = NewsFunctions.Pages.ArticlePageRenderer.PageHref(article.Slug);
            list.Append($"""<li dir="{article.Direction}" lang="{html.Encode(article.Language)}"><a href="{html.Encode(href)}">{html.Encode(article.Title)}</a> <small>{html.Encode(article.Category)} · {article.PublishedAt:yyyy-MM-dd}</small></li>""").Append('\n');
        }

        var empty = articles.Count == 0 ? "<p>No articles yet. Storage may still be starting; reload in a moment.</p>" : "";
        return $$"""
            <!doctype html>
            <html lang="ar" dir="rtl">
            <head><meta charset="utf-8"><title>NewsFunctions — أخبار</title>
            <style>body{font-family:system-ui,"Noto Naskh Arabic",sans-serif;max-width:48rem;margin:2rem auto;line-height:1.8;padding:0 1rem}small{color:#666}</style></head>
            <body>
            <h1>NewsFunctions <span lang="en" dir="ltr">(local host)</span></h1>
            <p lang="en" dir="ltr">Articles served by the local host from Azurite. Moderators: <a href="{{Routes.Path(Routes.ModerationPage)}}">moderation console</a> (key printed at start) · API: <a href="{{Routes.Path(Routes.Articles)}}">{{Routes.Path(Routes.Articles)}}</a> · <a href="{{Routes.Path(Routes.OpenApi)}}">{{Routes.Path(Routes.OpenApi)}}</a> · <a href="{{Routes.Path(Routes.Health)}}">{{Routes.Path(Routes.Health)}}</a></p>
            {{empty}}
            <ul>
            {{list}}</ul>
            </body>
            </html>
            """;
    }
}
