using Microsoft.Playwright;
using NewsFunctions.BrowserTests.Infrastructure;
using NewsFunctions.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NewsFunctions.BrowserTests.ArticlePageTests;
using static NewsFunctions.BrowserTests.Infrastructure.NewsApi;
using static NewsFunctions.BrowserTests.WidgetPage;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.BrowserTests;

// A reader's part of the widget and of the script-less form, end to end through the pipeline.
[Collection(BrowserCollection.Name)]
public class WidgetFormTests(BrowserFixture system)
{
    [Fact]
    public async Task Widget_BlankEmail_ShowsTheServersFieldErrorInline()
    {
        var slug = UniqueNames.Slug("blank-email");
        await system.Api.PutArticleAsync(slug, Article());
        var page = await system.NewPageAsync();
        await page.GotoAsync(system.Url(ArticlePath(slug)));

        await Field(page, "الاسم").FillAsync("قارئ");
        await Field(page, "التعليق").FillAsync("تعليق بلا بريد إلكتروني");
        await Field(page, "التعليق").PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        var email = Field(page, "البريد الإلكتروني");
        await Expect(page.Locator("#nc-email-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#nc-email-error")).Not.ToBeEmptyAsync();
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(email).ToBeFocusedAsync();
        await Expect(page.Locator("#nc-author-error")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task RepliesNestUnderTheirParent_AndMoreCommentsPagesOn()
    {
        await system.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("thread");
        await system.Api.PutArticleAsync(slug, Article());
        var parent = await system.Api.PostCommentAsync(slug, Comment("التعليق الأول"));
        await system.Api.ApproveAsync(parent);
        var reader = await system.NewPageAsync();
        await reader.GotoAsync(system.Url(ArticlePath(slug)));

        await reader.Locator(".nc-comment", new() { HasText = "التعليق الأول" }).GetByRole(AriaRole.Button, new() { Name = "رد" }).ClickAsync();
        await Expect(Field(reader, "التعليق")).ToBeFocusedAsync();
        await Field(reader, "الاسم").FillAsync("مجيب");
        await Field(reader, "البريد الإلكتروني").FillAsync("reply@example.com");
        await Field(reader, "التعليق").FillAsync("هذا رد على التعليق الأول");
        await reader.GetByRole(AriaRole.Button, new() { Name = "أرسل التعليق" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Status)).ToContainTextAsync("بانتظار المراجعة");

        var reply = (await system.Api.FindPendingByContentAsync("هذا رد على التعليق الأول", slug))!;
        Assert.Equal(parent, (string?)reply["parentId"]);
        await system.Api.ApproveAsync((string)reply["id"]!);
        for (var i = 0; i < 20; i++)
        {
            await system.Api.ApproveAsync(await system.Api.PostCommentAsync(slug, Comment($"تعليق رقم {i + 2}")));
        }

        await reader.ReloadAsync();
        await Expect(reader.Locator(".nc-comment", new() { HasText = "التعليق الأول" }).Locator(".nc-replies .nc-comment")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("هذا رد على التعليق الأول"));
        await Expect(reader.Locator(".nc-comment")).ToHaveCountAsync(20);
        await reader.GetByRole(AriaRole.Button, new() { Name = "المزيد من التعليقات" }).ClickAsync();
        await Expect(reader.Locator(".nc-comment")).ToHaveCountAsync(22);
        await Expect(reader.GetByRole(AriaRole.Button, new() { Name = "المزيد من التعليقات" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task WithoutScript_TheFormPostsAndComesBackToTheArticleWithANotice()
    {
        var slug = UniqueNames.Slug("noscript");
        await system.Api.PutArticleAsync(slug, Article());
        var page = await system.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync(system.Url(ArticlePath(slug)));

        await Field(page, "الاسم").FillAsync("قارئ بلا سكربت");
        await Field(page, "البريد الإلكتروني").FillAsync("noscript@example.com");
        await Field(page, "التعليق").FillAsync("تعليق من نموذج بلا JavaScript");
        var post = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "أرسل التعليق" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith(ArticlePath(slug), StringComparison.Ordinal));

        Assert.Equal(303, post.Status);
        await Expect(page).ToHaveURLAsync(system.Url(ArticlePath(slug) + "?posted=1#comments"));
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("بانتظار المراجعة");
        Assert.NotNull(await system.Api.FindByContentAsync("تعليق من نموذج بلا JavaScript", slug));
    }
}
