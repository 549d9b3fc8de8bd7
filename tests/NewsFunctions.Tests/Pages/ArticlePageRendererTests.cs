using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Pages;

namespace NewsFunctions.Tests.Pages;

public class ArticlePageRendererTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-29T10:00:00Z");

    private static Article Arabic() => new StoredArticle(
        new ArticleDraft("news-1", "عنوان", "نص", "محليات", null, [], null, null, null, "ar", At, true), At, 12, "e").AsArticle();

    private static PublicComment Comment(string id, string content, string? parentId = null, string? website = null)
        => new(id, parentId, "علي <b>", "avatar", content, website, At);

    [Fact]
    public void Render_Comments_AreThreadedEncodedAndCountedInTheHeading()
    {
        var parent = Comment("01a224a3b5bb91d979d4baf1be35", "<script>alert(1)</script>", website: "javascript:alert(1)");
        var reply = Comment("01a224a3b5bb91d979d4baf1be36", "رد", parentId: parent.Id);

        var html = ArticlePageRenderer.Render(Arabic(), [], comments: [parent, reply], total: 12);

        Assert.Contains("<h2 id=\"comments-title\" class=\"nc-title\">12 تعليقاً</h2>", html);
        Assert.Contains($"<li class=\"nc-comment\" id=\"comment-{parent.Id}\"", html);
        Assert.Matches($"comment-{parent.Id}\".*<ol class=\"nc-replies\"><li class=\"nc-comment\" id=\"comment-{reply.Id}\"", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("href=\"javascript:", html);
    }

    [Fact]
    public void Render_AfterAFailedFormPost_KeepsTheTextAndPutsArabicErrorsAtTheFields()
    {
        var form = new CommentFormState(new CommentInput("علي", "not-an-email", "نصي \"المقتبس\"", null, null, null),
            new Dictionary<string, string[]> { ["email"] = ["email must be a valid address."] }, FormWords.Arabic.FixFields, NoticeIsError: true);

        var html = ArticlePageRenderer.Render(Arabic(), [], form: form);

        Assert.Contains("value=\"not-an-email\" aria-invalid=\"true\" aria-describedby=\"nc-email-error\"", html);
        Assert.Contains($"<span class=\"nc-field-error\" id=\"nc-email-error\">{System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(FormWords.Arabic.FieldErrors["email"])}</span>", html);
        Assert.Contains("نصي &quot;المقتبس&quot;</textarea>", html);
        Assert.Contains("nc-status-error", html);
        Assert.DoesNotContain("nc-author-error", html);
    }

    [Fact]
    public void Render_LinksTheCommentFeed()
    {
        var html = ArticlePageRenderer.Render(Arabic(), []);

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"التعليقات\" href=\"/api/articles/news-1/comments/feed\">", html);
    }
}
