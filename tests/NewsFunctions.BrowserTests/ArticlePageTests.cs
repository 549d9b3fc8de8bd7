using System.Net;
using Microsoft.Playwright;
using NewsFunctions.BrowserTests.Infrastructure;
using NewsFunctions.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.BrowserTests;

[Collection(BrowserCollection.Name)]
public class ArticlePageTests(BrowserFixture system)
{
    [Fact]
    public async Task ArabicArticle_RendersRightToLeftLikeANewsSite()
    {
        var category = "محليات-" + Guid.NewGuid().ToString("N")[..6];
        var slug = UniqueNames.Slug("ar-page");
        var related = UniqueNames.Slug("ar-related");
        await system.Api.PutArticleAsync(related, Article(title: "خبر آخر من القسم نفسه", category: category, publishedAt: DateTimeOffset.UtcNow.AddHours(-3)));
        await system.Api.PutArticleAsync(slug, new
        {
            title = "افتتاح مكتبة عامة جديدة في وسط المدينة",
            body = "الفقرة الأولى من الخبر.\n\nالفقرة الثانية من الخبر.\n\nالفقرة الثالثة.",
            category,
            summary = "ملخص الخبر في سطر واحد.",
            author = "مراسلنا",
            source = "وكالة الأنباء",
            sourceUrl = "https://example.com/source",
            language = "ar",
            publishedAt = DateTimeOffset.UtcNow.AddHours(-1),
        });
        var page = await system.NewPageAsync();
        var checks = PageChecks.Watch(page);

        var response = await page.GotoAsync(system.Url(ArticlePath(slug)));

        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.Locator("h1")).ToHaveTextAsync("افتتاح مكتبة عامة جديدة في وسط المدينة");
        await Expect(page.Locator(".crumbs")).ToHaveTextAsync(category);
        await Expect(page.Locator(".article-body p")).ToHaveCountAsync(3);
        await Expect(page.Locator(".source a")).ToHaveAttributeAsync("href", "https://example.com/source");
        await Expect(page.Locator(".related a")).ToHaveTextAsync("خبر آخر من القسم نفسه");
        await Expect(page.Locator(".related a")).ToHaveAttributeAsync("href", ArticlePath(related));

        // The widget has rendered its own form (the script-less one is in <noscript>), in the article's direction.
        var widget = page.Locator("section.nc");
        await Expect(widget.Locator("form.nc-form #nc-email[aria-describedby]")).ToBeVisibleAsync();
        await Expect(widget).ToHaveAttributeAsync("dir", "rtl");
        await Expect(widget.GetByText("لن يتم نشر عنوان بريدك الإلكتروني")).ToBeVisibleAsync();
        Assert.Equal("rtl", await page.Locator(".article-body p").First.EvaluateAsync<string>("p => getComputedStyle(p).direction"));
        var bodyLineHeight = await page.Locator(".article-body p").First.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize)");
        var widgetLineHeight = await widget.EvaluateAsync<double>("s => parseFloat(getComputedStyle(s).lineHeight) / parseFloat(getComputedStyle(s).fontSize)");
        Assert.True(bodyLineHeight >= 1.7 && widgetLineHeight >= 1.7, $"line-height {bodyLineHeight} / {widgetLineHeight}");
        checks.AssertNoCspViolationsOrScriptErrors();
    }

    [Fact]
    public async Task CommentForm_LabelsEveryFieldAndHidesTheHoneypotFromPeopleAndScreenReaders()
    {
        var slug = UniqueNames.Slug("form");
        await system.Api.PutArticleAsync(slug, Article());
        var page = await system.NewPageAsync();

        await page.GotoAsync(system.Url(ArticlePath(slug)));

        var form = page.Locator("form.nc-form");
        await Expect(form.GetByLabel("الاسم")).ToHaveAttributeAsync("aria-required", "true");
        await Expect(form.GetByLabel("البريد الإلكتروني")).ToHaveAttributeAsync("type", "email");
        await Expect(form.GetByLabel("الموقع الإلكتروني")).Not.ToHaveAttributeAsync("aria-required", "true");
        await Expect(form.GetByLabel("التعليق")).ToHaveAttributeAsync("dir", "auto");
        await Expect(form.Locator(".nc-req")).ToHaveCountAsync(3);

        // Exactly the four fields a reader fills in reach the accessibility tree: not the honeypot.
        await Expect(form.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(4);
        var trap = await form.Locator("#nc-hp").BoundingBoxAsync();
        Assert.True(trap is null || trap.X + trap.Width <= 0 || trap.X >= 1280, $"The honeypot is on screen at {trap?.X}.");
        Assert.Equal("-1", await form.Locator("#nc-hp").GetAttributeAsync("tabindex"));
        await Expect(form.Locator("[role=status][aria-live=polite]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task ClosedComments_ShowNoFormWithOrWithoutScript()
    {
        var slug = UniqueNames.Slug("closed");
        await system.Api.PutArticleAsync(slug, Article(commentsOpen: false));
        var page = await system.NewPageAsync();
        var withoutScript = await system.NewPageAsync(javaScriptEnabled: false);

        await page.GotoAsync(system.Url(ArticlePath(slug)));
        await withoutScript.GotoAsync(system.Url(ArticlePath(slug)));

        await Expect(page.Locator(".nc-closed")).ToHaveTextAsync("التعليقات مغلقة على هذا المقال.");
        await Expect(page.Locator("form")).ToHaveCountAsync(0);
        await Expect(withoutScript.Locator("form")).ToHaveCountAsync(0);
        await Expect(withoutScript.Locator(".nc-closed")).ToHaveTextAsync("التعليقات مغلقة على هذا المقال.");
    }

    [Fact]
    public async Task EnglishArticle_IsLeftToRight()
    {
        var slug = UniqueNames.Slug("en-page");
        await system.Api.PutArticleAsync(slug, Article(title: "Council approves new cycling lanes", body: "First.\n\nSecond.", category: "Local", language: "en"));
        var page = await system.NewPageAsync();

        await page.GotoAsync(system.Url(ArticlePath(slug)));

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("section.nc")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.GetByText("Your email address will not be published.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task HostileArticleText_IsShownAsTextAndNeverRuns()
    {
        var slug = UniqueNames.Slug("hostile");
        const string title = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";
        const string body = "<svg onload=\"window.__xss=3\"></svg>\n\n</p><iframe src=\"javascript:window.top.__xss=4\"></iframe>";
        await system.Api.PutArticleAsync(slug, new { title, body, category = "<b onmouseover=\"window.__xss=5\">x</b>", source = "\"><script>window.__xss=6</script>", language = "ar" });
        var page = await system.NewPageAsync();
        var checks = PageChecks.Watch(page);

        await page.GotoAsync(system.Url(ArticlePath(slug)));

        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page.Locator(".article-body p").Nth(1)).ToHaveTextAsync("</p><iframe src=\"javascript:window.top.__xss=4\"></iframe>");
        await Expect(page.Locator("main img, main svg:not(.nc-avatar), main iframe, main b")).ToHaveCountAsync(0);
        await Expect(page.Locator("script")).ToHaveCountAsync(1);
        await checks.AssertNoInjectedScriptRanAsync(page);
        Assert.Contains("<script>", await page.TitleAsync());

        // Trusted Types are enforced: even the page's own code could not assign HTML from a string.
        Assert.Equal("TypeError", await page.EvaluateAsync<string>("() => { try { document.body.innerHTML = '<b>x</b>'; return 'assigned'; } catch (e) { return e.name; } }"));
    }

    [Fact]
    public async Task LocalHostHomePage_LinksToTheArticlePages()
    {
        var slug = UniqueNames.Slug("home");
        await system.Api.PutArticleAsync(slug, Article(title: "خبر على الصفحة الرئيسية " + slug, publishedAt: DateTimeOffset.UtcNow.AddMinutes(5)));
        var page = await system.NewPageAsync();
        await page.GotoAsync(system.Url("/"));

        await page.GetByRole(AriaRole.Link, new() { Name = "خبر على الصفحة الرئيسية " + slug }).ClickAsync();

        await Expect(page).ToHaveURLAsync(system.Url(ArticlePath(slug)));
        await Expect(page.Locator("h1")).ToHaveTextAsync("خبر على الصفحة الرئيسية " + slug);
    }

    [Fact]
    public async Task UnknownSlug_Returns404Page()
    {
        var page = await system.NewPageAsync();

        var response = await page.GotoAsync(system.Url(ArticlePath("no-such-article-" + Guid.NewGuid().ToString("N")[..8])));

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("الصفحة غير موجودة");
        Assert.Contains("script-src 'self'", response.Headers["content-security-policy"]);
    }

    [Fact]
    public async Task PagesAndAssets_CarryStrictSecurityAndCachingHeaders()
    {
        var slug = UniqueNames.Slug("headers");
        await system.Api.PutArticleAsync(slug, Article());
        using var client = system.Host.CreateClient();

        var article = await client.GetAsync(ArticlePath(slug));
        var console = await client.GetAsync("/api/pages/moderation");
        var script = await client.GetAsync("/api/widget.js");
        var styles = await client.GetAsync("/api/widget.css");
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/widget.js");
        revalidate.Headers.IfNoneMatch.Add(script.Headers.ETag!);
        var notModified = await client.SendAsync(revalidate);

        foreach (var page in new[] { article, console })
        {
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("style-src 'self'", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.Contains("base-uri 'none'", csp);
            Assert.Contains("require-trusted-types-for 'script'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        }

        Assert.Contains("frame-ancestors 'none'", console.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/css", styles.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(script.Headers.CacheControl?.MaxAge);
        Assert.NotNull(styles.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    internal static string ArticlePath(string slug) => "/api/pages/articles/" + Uri.EscapeDataString(slug);
}
