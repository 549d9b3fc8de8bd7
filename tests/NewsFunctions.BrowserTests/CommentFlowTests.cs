using Microsoft.Playwright;
using NewsFunctions.BrowserTests.Infrastructure;
using NewsFunctions.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NewsFunctions.BrowserTests.ArticlePageTests;
using static NewsFunctions.BrowserTests.Infrastructure.NewsApi;
using static NewsFunctions.BrowserTests.WidgetPage;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.BrowserTests;

// The readers' and moderators' round trip, end to end through the comment pipeline: these need the
// comment and moderation routes (POST/GET comments, /api/moderation/*).
[Collection(BrowserCollection.Name)]
public class CommentFlowTests(BrowserFixture system)
{
    // The README's screenshots are refreshed on request (UPDATE_SCREENSHOTS=1); an ordinary run writes
    // them beside the test binaries, so running the tests leaves the working tree clean.
    private static readonly string ScreenshotFolder = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1"
        ? System.IO.Path.Combine(RepositoryPaths.Root, "docs", "screenshots")
        : System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task CommentPostedInWidget_IsHeld_ApprovedInConsole_AndAppearsOnArticlePage()
    {
        await system.Api.EnsurePreModerationAsync();
        var (slug, _) = await ArrangeNewsArticleAsync();
        var text = $"مقال رائع ومفيد، شكرًا للكاتب على هذا التقرير الوافي. ({Guid.NewGuid().ToString("N")[..6]})";
        var reader = await system.NewPageAsync();
        await reader.GotoAsync(system.Url(ArticlePath(slug)));

        await Field(reader, "الاسم").FillAsync("ليلى من عمّان");
        await Field(reader, "البريد الإلكتروني").FillAsync("layla@example.com");
        await Field(reader, "الموقع الإلكتروني").FillAsync("https://example.com/layla");
        await Field(reader, "التعليق").FillAsync(text);
        await reader.GetByRole(AriaRole.Button, new() { Name = "أرسل التعليق" }).ClickAsync();

        await Expect(reader.GetByRole(AriaRole.Status)).ToContainTextAsync("بانتظار المراجعة");
        await Expect(reader.Locator(".nc-comment", new() { HasText = text })).ToHaveCountAsync(0);

        // The console lists what the queue function has already held; wait for that before opening it.
        Assert.NotNull(await system.Api.FindPendingByContentAsync(text, slug));
        var (console, _) = await OpenConsoleAsync();
        var item = console.Locator("li.item", new() { HasText = text });
        await Expect(item).ToBeVisibleAsync();
        await Expect(item.Locator(".email")).ToHaveTextAsync("layla@example.com");
        await Expect(console.Locator("[data-stat=pending]")).Not.ToHaveTextAsync("0");
        await Expect(console.Locator("#stats-reconciled")).ToContainTextAsync("not yet reconciled");
        await console.ScreenshotAsync(new() { Path = System.IO.Path.Combine(ScreenshotFolder, "console.png"), FullPage = true });

        // Keyboard only: select it with its checkbox, then 'a' approves the selection.
        await item.Locator("input.select").CheckAsync();
        await console.Keyboard.PressAsync("a");
        await Expect(item).ToHaveCountAsync(0);

        await ReloadUntilVisibleAsync(reader, reader.Locator(".nc-comment", new() { HasText = text }));
        var shown = reader.Locator(".nc-comment", new() { HasText = text });
        await Expect(shown.Locator(".nc-author")).ToHaveTextAsync("ليلى من عمّان");
        await Expect(shown.Locator(".nc-author")).ToHaveAttributeAsync("dir", "auto");
        await Expect(shown.Locator("a.nc-author-link")).ToHaveAttributeAsync("href", "https://example.com/layla");
        await Expect(shown.Locator("svg.nc-avatar")).ToHaveCountAsync(1);
        await Expect(shown.Locator("time")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("[\u0600-\u06FF]"));
        Assert.DoesNotContain("layla@example.com", await reader.ContentAsync());
        await reader.ScreenshotAsync(new() { Path = System.IO.Path.Combine(ScreenshotFolder, "article.png"), FullPage = true });
    }

    [Fact]
    public async Task XssPayloads_ShowLiterallyAndNeverRun_InConsoleAndWidget()
    {
        await system.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("xss");
        await system.Api.PutArticleAsync(slug, Article());
        var marker = Guid.NewGuid().ToString("N")[..6];
        string[] payloads =
        [
            $"<script>window.__xss=1</script> {marker}",
            $"<img src=x onerror=\"window.__xss=2;alert(2)\"> {marker}",
            $"<svg onload=\"window.__xss=3\"><script>window.__xss=4</script></svg> {marker}",
            $"<a href=\"javascript:window.__xss=5\">اضغط هنا</a> {marker}",
            $"\"><iframe src=\"javascript:window.top.__xss=6\"></iframe> {marker}",
            $"\u202Egnp.exe\u202C ملف\u2066 <b onmouseover=\"window.__xss=7\">x</b>\u2069 {marker}",
        ];
        var ids = new List<string>();
        foreach (var (payload, i) in payloads.Select((p, i) => (p, i)))
        {
            ids.Add(await system.Api.PostCommentAsync(slug, Comment(payload, author: $"<img src=x onerror=\"window.__xss=9\">\u202E{i}")));
        }

        var javascriptWebsite = await system.Api.PostCommentRawAsync(slug, Comment("website", website: "javascript:window.__xss=8"));
        Assert.Equal(400, (int)javascriptWebsite.StatusCode);

        foreach (var id in ids)
        {
            Assert.Equal("pending", await system.Api.WaitForStatusAsync(id));
        }

        var (console, consoleChecks) = await OpenConsoleAsync();
        foreach (var payload in payloads)
        {
            await Expect(console.Locator("li.item .content").Filter(new() { HasText = payload })).ToHaveTextAsync(payload);
        }

        await console.Locator("li.item").Filter(new() { HasText = marker }).First.HoverAsync();
        await consoleChecks.AssertNoInjectedScriptRanAsync(console);
        await Expect(console.Locator("#queue img, #queue iframe, #queue script, #queue b, #queue .content a")).ToHaveCountAsync(0);

        foreach (var id in ids)
        {
            await system.Api.ApproveAsync(id);
        }

        var reader = await system.NewPageAsync();
        var readerChecks = PageChecks.Watch(reader);
        await reader.GotoAsync(system.Url(ArticlePath(slug)));
        await Expect(reader.Locator(".nc-comment")).ToHaveCountAsync(payloads.Length);
        for (var i = 0; i < payloads.Length; i++)
        {
            await Expect(reader.Locator(".nc-content p").Nth(i)).ToHaveTextAsync(payloads[i]);
            await Expect(reader.Locator(".nc-content p").Nth(i)).ToHaveAttributeAsync("dir", "auto");
        }

        await reader.Locator(".nc-content").First.HoverAsync();
        await Expect(reader.Locator("section.nc img, section.nc iframe, section.nc script, section.nc b, .nc-content a")).ToHaveCountAsync(0);
        await readerChecks.AssertNoInjectedScriptRanAsync(reader);
        readerChecks.AssertNoCspViolationsOrScriptErrors();
    }

    [Fact]
    public async Task Console_SavesModeAndWordLists()
    {
        await system.Api.EnsurePreModerationAsync();
        var word = "كلمة" + Guid.NewGuid().ToString("N")[..4];
        var (console, _) = await OpenConsoleAsync();
        await Expect(console.GetByLabel("الوضع")).ToHaveValueAsync("pre");

        var suspect = console.Locator("#suspectWords");
        await suspect.FillAsync((await suspect.InputValueAsync()) + "\n" + word);
        await console.GetByRole(AriaRole.Button, new() { Name = "حفظ الإعدادات" }).ClickAsync();
        await Expect(console.GetByRole(AriaRole.Status)).ToContainTextAsync("حُفظت الإعدادات");

        var saved = await system.Api.GetSettingsAsync();
        Assert.Contains(word, saved["suspectWords"]!.AsArray().Select(w => (string?)w));
        Assert.Equal("pre", (string?)saved["mode"]);
    }

    [Fact]
    public async Task Console_KeyboardShortcuts_MoveSelectAndModerate()
    {
        await system.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("keys");
        await system.Api.PutArticleAsync(slug, Article());
        var first = await system.Api.PostCommentAsync(slug, Comment("التعليق الأول للوحة المفاتيح " + slug));
        var second = await system.Api.PostCommentAsync(slug, Comment("التعليق الثاني للوحة المفاتيح " + slug));
        Assert.Equal("pending", await system.Api.WaitForStatusAsync(first));
        Assert.Equal("pending", await system.Api.WaitForStatusAsync(second));
        var (console, _) = await OpenConsoleAsync();
        var firstItem = console.Locator($"li.item[data-id='{first}']");
        var secondItem = console.Locator($"li.item[data-id='{second}']");

        await firstItem.Locator(".content").ClickAsync();
        await Expect(firstItem).ToHaveAttributeAsync("aria-current", "true");
        await console.Keyboard.PressAsync("j");
        await Expect(secondItem).ToHaveAttributeAsync("aria-current", "true");
        await console.Keyboard.PressAsync("x");
        await Expect(secondItem.Locator("input.select")).ToBeCheckedAsync();
        await console.Keyboard.PressAsync("k");
        await Expect(firstItem).ToHaveAttributeAsync("aria-current", "true");

        // With a selection, 'r' acts on the selection (the second), not on the current comment.
        await console.Keyboard.PressAsync("r");
        await Expect(secondItem).ToHaveCountAsync(0);
        await Expect(firstItem).ToBeVisibleAsync();
        await firstItem.Locator(".content").ClickAsync();
        await console.Keyboard.PressAsync("s");
        await Expect(firstItem).ToHaveCountAsync(0);

        Assert.NotNull(await system.Api.FindModeratedAsync(second, "rejected"));
        Assert.NotNull(await system.Api.FindModeratedAsync(first, "spam"));
    }

    [Fact]
    public async Task Console_CommentChangedByAnotherModerator_IsNotOverwritten()
    {
        await system.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("etag");
        await system.Api.PutArticleAsync(slug, Article());
        var id = await system.Api.PostCommentAsync(slug, Comment("تعليق يراجعه مشرفان في الوقت نفسه"));
        Assert.Equal("pending", await system.Api.WaitForStatusAsync(id));
        var (console, _) = await OpenConsoleAsync();
        var item = console.Locator($"li.item[data-id='{id}']");
        await Expect(item).ToBeVisibleAsync();

        await system.Api.ApproveAsync(id);
        await item.Locator("button[data-action=reject]").ClickAsync();

        await Expect(console.GetByRole(AriaRole.Status)).ToContainTextAsync("تغيّر منذ التحميل");
        await Expect(item).ToHaveCountAsync(0);
        Assert.NotNull(await system.Api.FindModeratedAsync(id, "approved"));
    }

    // Signs in as a moderator: the key goes into the page's form and sessionStorage, never a URL.
    private async Task<(IPage Console, PageChecks Checks)> OpenConsoleAsync()
    {
        var console = await system.NewPageAsync();
        var checks = PageChecks.Watch(console);
        await console.GotoAsync(system.Url("/api/pages/moderation"));
        await console.GetByLabel("مفتاح الدالة").FillAsync(system.Host.FunctionKey);
        await console.GetByLabel("مفتاح الدالة").PressAsync("Enter");
        await Expect(console.Locator("#workspace")).ToBeVisibleAsync();
        Assert.Equal(system.Host.FunctionKey, await console.EvaluateAsync<string>("() => sessionStorage.getItem('newsfunctions.moderationKey')"));
        Assert.DoesNotContain(system.Host.FunctionKey, console.Url);
        return (console, checks);
    }

    private async Task<(string Slug, string Category)> ArrangeNewsArticleAsync()
    {
        var category = "اقتصاد";
        var slug = UniqueNames.Slug("flow");
        await system.Api.PutArticleAsync(UniqueNames.Slug("rel"), Article(title: "البنك المركزي يثبّت أسعار الفائدة للشهر الثالث", category: category, publishedAt: DateTimeOffset.UtcNow.AddHours(-5)));
        await system.Api.PutArticleAsync(UniqueNames.Slug("rel"), Article(title: "ارتفاع الصادرات الزراعية بنسبة 12 في المئة", category: category, publishedAt: DateTimeOffset.UtcNow.AddHours(-9)));
        var sample = SampleArticle();
        await system.Api.PutArticleAsync(slug, sample);
        return (slug, category);
    }

    private static object SampleArticle() => new
    {
        title = "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة",
        summary = "المحطة الجديدة توفر مياه الشرب لنحو مليون نسمة وتخفض استهلاك الوقود بنسبة كبيرة.",
        body = "افتُتحت صباح اليوم محطة جديدة لتحلية مياه البحر تعمل بالطاقة الشمسية على الساحل الغربي، بطاقة إنتاجية تبلغ ٣٠٠ ألف متر مكعب يوميًا.\n\n"
            + "وقال مدير المشروع إن المحطة ستوفر مياه الشرب لنحو مليون نسمة، وإن الاعتماد على الألواح الشمسية سيخفض استهلاك الوقود بنحو ٤٠ في المئة.\n\n"
            + "ومن المنتظر أن تبدأ المرحلة الثانية من المشروع في عام 2028.",
        category = "اقتصاد",
        author = "سارة الحسيني",
        source = "وكالة الأنباء المحلية",
        sourceUrl = "https://example.com/news/desalination",
        tags = new[] { "طاقة", "مياه" },
        language = "ar",
        publishedAt = DateTimeOffset.UtcNow.AddHours(-2),
    };
}
