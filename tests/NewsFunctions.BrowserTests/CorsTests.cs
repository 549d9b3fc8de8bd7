using Microsoft.Playwright;
using NewsFunctions.BrowserTests.Infrastructure;
using NewsFunctions.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.BrowserTests;

// The widget embedded on another site (another port, so another origin). Chromium itself enforces
// CORS: a call the API does not allow fails in the page with a TypeError. Posting needs the comment
// pipeline's routes.
[Collection(BrowserCollection.Name)]
public class CorsTests(BrowserFixture system)
{
    private const string TryFetch = """
        async ([url, method]) => {
          try {
            const response = await fetch(url, method === "POST"
              ? { method, headers: { "Content-Type": "application/json" }, body: "{}" }
              : { method });
            return String(response.status);
          } catch (e) {
            return "blocked";
          }
        }
        """;

    [Fact]
    public async Task WidgetOnListedOrigin_ReadsTheArticleAndPassesThePreflight()
    {
        var slug = UniqueNames.Slug("cors-ok");
        await system.Api.PutArticleAsync(slug, Article(title: "Embedded elsewhere", language: "en", category: "World"));
        var page = await system.NewPageAsync();

        await page.GotoAsync(system.OtherSite.EmbedPage(system.OtherSite.ListedOrigin, slug));

        // The embedding page is Arabic (rtl); the widget turns ltr only if it could read the English article.
        await Expect(page.Locator("section.nc form.nc-form")).ToBeVisibleAsync();
        await Expect(page.Locator("section.nc")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.Locator("link[href$='/api/widget.css']")).ToHaveCountAsync(1);
        Assert.Equal("200", await page.EvaluateAsync<string>(TryFetch, new[] { system.Url(Path("articles", slug)), "GET" }));
        Assert.NotEqual("blocked", await page.EvaluateAsync<string>(TryFetch, new[] { system.Url(Path("articles", slug, "comments")), "POST" }));
    }

    [Fact]
    public async Task WidgetOnListedOrigin_PostsACommentAcrossOrigins()
    {
        var slug = UniqueNames.Slug("cors-post");
        await system.Api.PutArticleAsync(slug, Article());
        var page = await system.NewPageAsync();
        await page.GotoAsync(system.OtherSite.EmbedPage(system.OtherSite.ListedOrigin, slug));

        await page.GetByRole(AriaRole.Textbox, new() { Name = "الاسم", Exact = true }).FillAsync("قارئة من موقع آخر");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "البريد الإلكتروني", Exact = true }).FillAsync("elsewhere@example.com");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "التعليق", Exact = true }).FillAsync("تعليق مرسل من موقع إخباري آخر " + slug);
        var post = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "أرسل التعليق" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/comments", StringComparison.Ordinal));

        Assert.Equal(202, post.Status);
        Assert.Equal(system.OtherSite.ListedOrigin, await post.HeaderValueAsync("access-control-allow-origin"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("بانتظار المراجعة");
    }

    [Fact]
    public async Task WidgetOnUnlistedOrigin_IsRefusedByTheBrowser()
    {
        var slug = UniqueNames.Slug("cors-no");
        await system.Api.PutArticleAsync(slug, Article(title: "Not for this site", language: "en", category: "World"));
        var page = await system.NewPageAsync();

        await page.GotoAsync(system.OtherSite.EmbedPage(system.OtherSite.UnlistedOrigin, slug));

        await Expect(page.Locator("section.nc form.nc-form")).ToBeVisibleAsync();
        await Expect(page.Locator("section.nc")).ToHaveAttributeAsync("dir", "rtl");
        Assert.Equal("blocked", await page.EvaluateAsync<string>(TryFetch, new[] { system.Url(Path("articles", slug)), "GET" }));
        Assert.Equal("blocked", await page.EvaluateAsync<string>(TryFetch, new[] { system.Url(Path("articles", slug, "comments")), "POST" }));
    }
}
