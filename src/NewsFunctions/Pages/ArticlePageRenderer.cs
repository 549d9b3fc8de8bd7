using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Http;

namespace NewsFunctions.Pages;

// Server-rendered article page. Every piece of article and reader text goes through the HTML
// encoder. The first page of approved comments is rendered here in the widget's own markup, so
// readers without script and search engines see them; the widget replaces it when it starts.
public static partial class ArticlePageRenderer
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    // related: articles of the same category; when the category has no other, the page shows the
    // latest articles instead (sameCategory false), so the side column is never an empty hole.
    public static string Render(
        Article article, IReadOnlyList<ArticleSummary> related, bool sameCategory = true,
        IReadOnlyList<PublicComment>? comments = null, int total = 0, CommentFormState? form = null)
    {
        var words = PageWords.For(article.Language);
        var culture = CultureInfo.GetCultureInfo(words.DateCulture);
        var relatedTitle = sameCategory ? words.Related : words.Latest;
        var slug = Html.Encode(article.Slug);
        var main = new StringBuilder();

        main.Append($"""<p class="crumbs"><span class="category">{E(article.Category)}</span></p>""").Append('\n');
        main.Append($"""<h1 class="headline">{E(article.Title)}</h1>""").Append('\n');
        if (article.Summary is not null)
        {
            main.Append($"""<p class="lede">{E(article.Summary)}</p>""").Append('\n');
        }

        main.Append("""<p class="byline">""");
        if (article.Author is not null)
        {
            main.Append($"""<span class="author">{E(words.By)} {E(article.Author)}</span> · """);
        }

        main.Append($"""<time datetime="{article.PublishedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm'Z'}">{E(article.PublishedAt.ToString("d MMMM yyyy", culture))}</time></p>""").Append('\n');

        main.Append("""<div class="article-body">""").Append('\n');
        foreach (var paragraph in Paragraphs(article.Body))
        {
            main.Append("<p>").Append(string.Join("<br>", paragraph.Split('\n').Select(E))).Append("</p>\n");
        }

        main.Append("</div>\n");

        if (article.Source is not null || article.SourceUrl is not null)
        {
            var sourceText = E(article.Source ?? article.SourceUrl!);
            var source = article.SourceUrl is not null && ArticleValidator.IsHttpUrl(article.SourceUrl)
                ? $"""<a href="{E(article.SourceUrl)}" rel="noopener noreferrer">{sourceText}</a>"""
                : sourceText;
            main.Append($"""<p class="source">{E(words.Source)}: {source}</p>""").Append('\n');
        }

        if (article.Tags.Count > 0)
        {
            main.Append($"""<ul class="tags" aria-label="{E(words.Tags)}">""");
            foreach (var tag in article.Tags)
            {
                main.Append($"<li>{E(tag)}</li>");
            }

            main.Append("</ul>\n");
        }

        var aside = new StringBuilder();
        if (related.Count > 0)
        {
            aside.Append($"""<aside class="related" aria-labelledby="related-title"><h2 id="related-title">{E(relatedTitle)}</h2><ul>""").Append('\n');
            foreach (var item in related)
            {
                aside.Append($"""<li dir="{item.Direction}" lang="{E(item.Language)}"><a href="{E(PageHref(item.Slug))}">{E(item.Title)}</a> <time datetime="{item.PublishedAt.UtcDateTime:yyyy-MM-dd}">{E(item.PublishedAt.ToString("d MMMM", culture))}</time></li>""").Append('\n');
            }

            aside.Append("</ul></aside>\n");
        }

        var commentSection = $$"""
            <section id="comments" class="nc" data-news-comments="{{slug}}" aria-labelledby="comments-title">
            <h2 id="comments-title" class="nc-title">{{E(total > 0 ? CommentCountWords.For(words, total) : words.Comments)}}</h2>
            {{CommentList(comments ?? [], culture)}}{{Notice(form ?? CommentFormState.Empty)}}{{(article.CommentsOpen ? FallbackForm(article.Slug, words, form ?? CommentFormState.Empty) : $"""<p class="nc-closed">{E(words.Closed)}</p>""")}}
            </section>
            <script src="/{{Routes.Prefix}}/{{Routes.WidgetScript}}" data-article="{{slug}}" defer></script>
            """;

        var feed = $"""<link rel="alternate" type="application/atom+xml" title="{E(words.Comments)}" href="{E(Routes.Path(Routes.CommentFeed, article.Slug))}">""";
        return Document(article.Language, article.Direction, article.Title, words, feed, $$"""
            <div class="layout{{(related.Count > 0 ? " has-aside" : "")}}">
            <article class="story">
            {{main}}</article>
            {{aside}}</div>
            {{commentSection}}
            """);
    }

    public static string RenderNotFound()
    {
        var words = PageWords.Arabic;
        return Document("ar", "rtl", words.NotFoundTitle, words, "",
            $"""<article class="story"><h1 class="headline">{E(words.NotFoundTitle)}</h1><p>{E(words.NotFoundText)}</p><p><a href="/">{E(words.Home)}</a></p></article>""");
    }

    public static string PageHref(string slug) => Routes.Path(Routes.ArticlePage, slug);

    // The fragment a comment has on the article page, in the widget's markup, the server's and the feed's.
    public static string CommentAnchor(string id) => "comment-" + id;

    // Body paragraphs are separated by a blank line (API.md); a line break inside one stays a break.
    public static IEnumerable<string> Paragraphs(string body)
        => BlankLine().Split(body.Replace("\r\n", "\n").Trim()).Select(p => p.Trim()).Where(p => p.Length > 0);

    // Threaded as the widget draws it: each reply inside its parent's list. The listing gives
    // parents before their replies (ids are time-ordered) and never a reply without its parent.
    private static string CommentList(IReadOnlyList<PublicComment> comments, CultureInfo culture)
    {
        if (comments.Count == 0)
        {
            return "";
        }

        var children = comments.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!);
        var html = new StringBuilder("<ol class=\"nc-list\">");
        void Append(PublicComment comment)
        {
            var author = $"""<bdi class="nc-author" dir="auto">{E(comment.Author)}</bdi>""";
            var who = comment.Website is not null && ArticleValidator.IsHttpUrl(comment.Website)
                ? $"""<a class="nc-author-link" href="{E(comment.Website)}" rel="nofollow ugc noopener noreferrer">{author}</a>"""
                : author;
            html.Append($"""<li class="nc-comment" id="{CommentAnchor(comment.Id)}" data-comment-id="{comment.Id}"><div class="nc-head">{who}""");
            html.Append($"""<time class="nc-time" datetime="{comment.CreatedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}">{E(comment.CreatedAt.ToString("d MMMM yyyy", culture))}</time></div><div class="nc-content">""");
            foreach (var paragraph in Paragraphs(comment.Content))
            {
                html.Append($"""<p dir="auto">{E(paragraph)}</p>""");
            }

            html.Append("</div><ol class=\"nc-replies\">");
            foreach (var reply in children[comment.Id])
            {
                Append(reply);
            }

            html.Append("</ol></li>\n");
        }

        foreach (var top in comments.Where(c => c.ParentId is null))
        {
            Append(top);
        }

        return html.Append("</ol>\n").ToString();
    }

    private static string Notice(CommentFormState form) => form.Notice is null ? ""
        : $"""<p class="nc-status {(form.NoticeIsError ? "nc-status-error" : "nc-status-ok")}" role="status">{E(form.Notice)}</p>""" + "\n";

    // The form for readers without script: it posts to this page, which answers 303 back here with a
    // notice, or this page again with the reader's text kept and an Arabic message at each wrong
    // field. Inside <noscript>, so that with script there is only the widget's form and nothing a
    // reader could start typing into before the widget arrives.
    private static string FallbackForm(string slug, PageWords words, CommentFormState form)
    {
        var messages = FormWords.For(words).FieldErrors;
        string Kept(string? value) => E(value ?? "");
        string Invalid(string field) => form.Errors.ContainsKey(field) ? $""" aria-invalid="true" aria-describedby="nc-{field}-error" """
            : field == "email" ? """ aria-describedby="nc-email-promise" """ : " ";
        string Error(string field) => form.Errors.ContainsKey(field) && messages.TryGetValue(field, out var message)
            ? $"""<span class="nc-field-error" id="nc-{field}-error">{E(message)}</span>"""
            : "";
        var kept = form.Kept;
        return $$"""
            <noscript>
            <form class="nc-form" method="post" action="{{E(PageHref(slug))}}">
            <p class="nc-note">{{E(words.Required)}} {{E(words.NoScript)}}</p>
            <p class="nc-field"><label for="nc-author">{{E(words.Name)}} <span class="nc-req" aria-hidden="true">*</span></label><input id="nc-author" name="author" value="{{Kept(kept?.Author)}}"{{Invalid("author")}}required maxlength="{{CommentValidator.MaxAuthorLength}}" autocomplete="name" dir="auto">{{Error("author")}}</p>
            <p class="nc-field"><label for="nc-email">{{E(words.Email)}} <span class="nc-req" aria-hidden="true">*</span></label><input id="nc-email" name="email" type="email" value="{{Kept(kept?.Email)}}"{{Invalid("email")}}required maxlength="{{CommentValidator.MaxEmailLength}}" autocomplete="email" dir="ltr"><small id="nc-email-promise" class="nc-promise">{{E(words.EmailPromise)}}</small>{{Error("email")}}</p>
            <p class="nc-field"><label for="nc-website">{{E(words.Website)}}</label><input id="nc-website" name="website" type="url" value="{{Kept(kept?.Website)}}"{{Invalid("website")}}maxlength="{{CommentValidator.MaxWebsiteLength}}" autocomplete="url" dir="ltr">{{Error("website")}}</p>
            <p class="nc-field"><label for="nc-content">{{E(words.Comment)}} <span class="nc-req" aria-hidden="true">*</span></label><textarea id="nc-content" name="content"{{Invalid("content")}}required maxlength="{{CommentValidator.MaxContentLength}}" rows="5" dir="auto">{{Kept(kept?.Content)}}</textarea>{{Error("content")}}</p>
            <div class="nc-hp" aria-hidden="true"><label for="nc-hp">Leave empty</label><input id="nc-hp" name="hp" tabindex="-1" autocomplete="off"></div>
            <p><button type="submit">{{E(words.Submit)}}</button></p>
            </form>
            </noscript>
            """;
    }

    private static string Document(string language, string direction, string title, PageWords words, string head, string body) => $$"""
        <!doctype html>
        <html lang="{{E(language)}}" dir="{{direction}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}} — {{E(words.SiteName)}}</title>
        <link rel="stylesheet" href="{{Routes.PageAssetPath("article.css")}}">
        <link rel="stylesheet" href="{{Routes.Path(Routes.WidgetStyles)}}">
        {{head}}
        </head>
        <body>
        <header class="masthead"><div class="masthead-inner"><a class="brand" href="/">{{E(words.SiteName)}}</a></div></header>
        <main class="page">
        {{body}}
        </main>
        <footer class="footer"><p>© {{E(words.SiteName)}}</p></footer>
        </body>
        </html>
        """;

    private static string E(string text) => Html.Encode(text);

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();
}
