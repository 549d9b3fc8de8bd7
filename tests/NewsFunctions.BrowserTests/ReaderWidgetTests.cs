using Microsoft.Playwright;
using NewsFunctions.BrowserTests.Infrastructure;
using NewsFunctions.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NewsFunctions.BrowserTests.ArticlePageTests;
using static NewsFunctions.BrowserTests.WidgetPage;
using static NewsFunctions.BrowserTests.Infrastructure.NewsApi;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.BrowserTests;

// What a reader does with comments besides posting: their own edits and deletions, reports, the
// count, and reading and posting with script turned off. Every comment is held (pre-moderation, as
// the other browser tests set it) and approved here, so what is public is what the test chose.
[Collection(BrowserCollection.Name)]
public class ReaderWidgetTests(BrowserFixture system)
{
    private async Task<string> ApprovedCommentAsync(string slug, string content, string author = "قارئ")
    {
        var id = await system.Api.PostCommentAsync(slug, Comment(content, author));
        await system.Api.ApproveAsync(id);
        return id;
    }

    // Posts through the widget, so the token lands in this browser's localStorage, then approves it.
    private async Task PostInWidgetAndApproveAsync(IPage page, string slug, string text)
    {
        await Field(page, "الاسم").FillAsync("سلمى");
        await Field(page, "البريد الإلكتروني").FillAsync($"salma-{Guid.NewGuid():N}@example.com");
        await Field(page, "التعليق").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "أرسل التعليق" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("بانتظار المراجعة");
        var held = await system.Api.FindPendingByContentAsync(text, slug);
        await system.Api.ApproveAsync((string)held!["id"]!);
    }

    [Fact]
    public async Task OwnComment_IsEditedAndDeletedFromTheWidget()
    {
        await system.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("own");
        await system.Api.PutArticleAsync(slug, Article());
        await ApprovedCommentAsync(slug, "تعليق قارئ آخر لا يخصني");
        var page = await system.NewPageAsync();
        var checks = PageChecks.Watch(page);
        await page.GotoAsync(system.Url(ArticlePath(slug)));
        await PostInWidgetAndApproveAsync(page, slug, "تعليقي الأول فيه خطأ");
        await PostInWidgetAndApproveAsync(page, slug, "تعليقي الثاني سأحذفه");

        var first = page.Locator(".nc-comment", new() { HasText = "تعليقي الأول فيه خطأ" });
        var second = page.Locator(".nc-comment", new() { HasText = "تعليقي الثاني سأحذفه" });
        await ReloadUntilVisibleAsync(page, second.Locator("button.nc-delete"));
        await Expect(page.Locator("#nc-title")).ToHaveTextAsync("3 تعليقات");
        await Expect(page.Locator(".nc-comment", new() { HasText = "لا يخصني" }).Locator("button.nc-edit")).ToHaveCountAsync(0);

        // By id from here on: the edit changes the text the locator above finds it by.
        first = page.Locator("#" + await first.GetAttributeAsync("id"));
        await first.GetByRole(AriaRole.Button, new() { Name = "تعديل" }).ClickAsync();
        await first.Locator(".nc-editor textarea").FillAsync("تعليقي الأول بلا خطأ");
        var put = await page.RunAndWaitForResponseAsync(
            () => first.GetByRole(AriaRole.Button, new() { Name = "حفظ التعديل" }).ClickAsync(),
            r => r.Request.Method == "PUT");
        await Expect(first.Locator(".nc-own-status")).ToContainTextAsync("بانتظار المراجعة");

        await second.GetByRole(AriaRole.Button, new() { Name = "حذف" }).ClickAsync();
        var delete = await page.RunAndWaitForResponseAsync(
            () => second.GetByRole(AriaRole.Button, new() { Name = "تأكيد الحذف" }).ClickAsync(),
            r => r.Request.Method == "DELETE");
        await Expect(second).ToHaveCountAsync(0);
        await Expect(page.Locator("#nc-title")).ToHaveTextAsync("تعليقان");

        Assert.Equal(202, put.Status);
        Assert.Equal(204, delete.Status);
        Assert.NotNull(await system.Api.FindByContentAsync("تعليقي الأول بلا خطأ", slug));
        Assert.NotNull(await system.Api.FindByContentAsync("تعليقي الثاني سأحذفه", slug, "deleted"));
        checks.AssertNoCspViolationsOrScriptErrors();
    }

    [Fact]
    public async Task Report_IsSentFromTheWidgetWithAReason()
    {
        await system.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("report");
        await system.Api.PutArticleAsync(slug, Article());
        await ApprovedCommentAsync(slug, "تعليق مسيء سيبلغ عنه");
        var page = await system.NewPageAsync();
        await page.GotoAsync(system.Url(ArticlePath(slug)));
        var item = page.Locator(".nc-comment", new() { HasText = "تعليق مسيء سيبلغ عنه" });

        await item.GetByRole(AriaRole.Button, new() { Name = "إبلاغ" }).ClickAsync();
        await item.GetByLabel("سبب البلاغ").SelectOptionAsync("abuse");
        var report = await page.RunAndWaitForResponseAsync(
            () => item.GetByRole(AriaRole.Button, new() { Name = "أرسل البلاغ" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/reports", StringComparison.Ordinal));

        Assert.Equal(202, report.Status);
        Assert.Contains("\"abuse\"", report.Request.PostData);
        await Expect(item.GetByRole(AriaRole.Status)).ToContainTextAsync("وصل بلاغك");
        await page.ReloadAsync();
        await Expect(item.Locator("svg.nc-avatar")).ToHaveCountAsync(1);
        await Expect(item.GetByRole(AriaRole.Button, new() { Name = "إبلاغ" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Heading_CountsTheCommentsWithTheArabicPlural()
    {
        await system.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("count");
        await system.Api.PutArticleAsync(slug, Article());
        await Task.WhenAll(Enumerable.Range(1, 12).Select(i => ApprovedCommentAsync(slug, $"تعليق رقم {i} على الخبر")));
        var page = await system.NewPageAsync();

        await page.GotoAsync(system.Url(ArticlePath(slug)));

        await Expect(page.Locator(".nc-comment svg.nc-avatar")).ToHaveCountAsync(12);
        await Expect(page.Locator("#nc-title")).ToHaveTextAsync("12 تعليقاً");
    }

    [Fact]
    public async Task WithoutScript_ThePageShowsTheCommentsAndAFailingPostKeepsTheTextWithArabicErrors()
    {
        await system.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("noscript-read");
        await system.Api.PutArticleAsync(slug, Article());
        var parent = await ApprovedCommentAsync(slug, "تعليق يقرأ بلا سكربت", author: "هدى");
        var reply = await system.Api.PostCommentAsync(slug, Comment("رد عليه", parentId: parent));
        await system.Api.ApproveAsync(reply);
        var page = await system.NewPageAsync(javaScriptEnabled: false);

        await page.GotoAsync(system.Url(ArticlePath(slug)));

        await Expect(page.Locator("#comments-title")).ToHaveTextAsync("تعليقان");
        var shown = page.Locator($"#comment-{parent}");
        await Expect(shown.Locator(".nc-author").First).ToHaveTextAsync("هدى");
        await Expect(shown.Locator(".nc-replies .nc-comment")).ToContainTextAsync("رد عليه");

        // a@b passes the browser's own check of type=email; the server wants a dotted domain.
        await Field(page, "الاسم").FillAsync("قارئة");
        await Field(page, "البريد الإلكتروني").FillAsync("reader@localhost");
        await Field(page, "التعليق").FillAsync("نص طويل كتبته ولا أريد أن أفقده");
        var post = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "أرسل التعليق" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(400, post.Status);
        await Expect(Field(page, "التعليق")).ToHaveValueAsync("نص طويل كتبته ولا أريد أن أفقده");
        await Expect(Field(page, "الاسم")).ToHaveValueAsync("قارئة");
        await Expect(Field(page, "البريد الإلكتروني")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#nc-email-error")).ToContainTextAsync("بريدًا إلكترونيًا صحيحًا");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("يرجى تصحيح الحقول");
        await Expect(page.Locator("#nc-content-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Sort_NewestFirst_ReversesTheThreadsAndKeepsRepliesUnderTheirParents()
    {
        await system.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("sort");
        await system.Api.PutArticleAsync(slug, Article());
        var oldest = await ApprovedCommentAsync(slug, "أقدم تعليق");
        var reply = await system.Api.PostCommentAsync(slug, Comment("رد على أقدم تعليق", parentId: oldest));
        await system.Api.ApproveAsync(reply);
        var newest = await ApprovedCommentAsync(slug, "أحدث تعليق");
        var page = await system.NewPageAsync();
        await page.GotoAsync(system.Url(ArticlePath(slug)));
        var threads = page.Locator(".nc-list > .nc-comment");
        await Expect(threads).ToHaveCountAsync(2);

        await page.GetByLabel("الترتيب").SelectOptionAsync("newest");

        await Expect(threads.First).ToHaveAttributeAsync("id", "comment-" + newest);
        await Expect(threads.Nth(1)).ToHaveAttributeAsync("id", "comment-" + oldest);
        await Expect(threads).ToHaveCountAsync(2);
        await Expect(page.Locator($"#comment-{oldest} .nc-replies > #comment-{reply}")).ToHaveCountAsync(1);
        await Expect(page.Locator("#nc-title")).ToHaveTextAsync("3 تعليقات");
    }
}
