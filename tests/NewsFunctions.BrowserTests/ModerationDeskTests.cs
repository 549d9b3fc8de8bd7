using Microsoft.Playwright;
using NewsFunctions.BrowserTests.Infrastructure;
using NewsFunctions.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static NewsFunctions.IntegrationTests.Infrastructure.HttpExtensions;

namespace NewsFunctions.BrowserTests;

// Its own host: a named moderator key, and a ban that covers 127.0.0.1 (where
// every test comment comes from) cannot reach the other browser tests' comments.
public sealed class DeskBrowserFixture : BrowserFixture
{
    public const string ModeratorName = "amina";
    public static readonly string ModeratorKey = "desk-moderator-" + Guid.NewGuid().ToString("N");

    protected override TestSystemBuilder Configure(TestSystemBuilder builder)
        => builder.WithHostSetting($"DevHost__Keys__{ModeratorName}", $"moderator:{ModeratorKey}");
}

// Run alone, after the other browser tests: a second Azurite, host and Chromium beside theirs would
// starve both on a small machine.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeskBrowserCollection : ICollectionFixture<DeskBrowserFixture>
{
    public const string Name = "desk-browser";
}

[Collection(DeskBrowserCollection.Name)]
public sealed class ModerationDeskTests(DeskBrowserFixture desk)
{
    [Fact]
    public async Task Console_NamedModerator_UndoesASpamDecisionThenBansAndLiftsTheReader()
    {
        await desk.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("desk");
        await desk.Api.PutArticleAsync(slug, Article());
        var email = $"desk-{Guid.NewGuid():N}@example.com";
        var text = $"تعليق عُلّم مزعجًا خطأً ({Guid.NewGuid().ToString("N")[..6]})";
        var id = await desk.Api.PostCommentAsync(slug, NewsApi.Comment(text, author: "سامر", email: email));
        await MarkSpamAsync(id);
        using var admin = desk.Host.CreateClient(withKey: true);
        try
        {
            var console = await OpenConsoleAsync();
            await Expect(console.Locator("#settings-section")).ToBeHiddenAsync();
            await Expect(console.Locator("#poison-section")).ToBeHiddenAsync();

            await console.GetByRole(AriaRole.Tab, new() { Name = "مزعجة" }).ClickAsync();
            var item = console.Locator("li.item", new() { HasText = text });
            await Expect(item).ToBeVisibleAsync();
            await item.GetByRole(AriaRole.Button, new() { Name = "ليس مزعجًا: قبول" }).ClickAsync();
            await Expect(item).ToHaveCountAsync(0);
            var approved = await desk.Api.FindModeratedAsync(id, "approved");
            Assert.Equal(DeskBrowserFixture.ModeratorName, (string?)approved!["history"]!.AsArray()[^1]!["by"]);

            await console.GetByRole(AriaRole.Tab, new() { Name = "منشورة" }).ClickAsync();
            item = console.Locator("li.item", new() { HasText = text });
            await Expect(item.Locator(".history")).ToContainTextAsync(DeskBrowserFixture.ModeratorName);
            await item.GetByRole(AriaRole.Button, new() { Name = "حظر الكاتب" }).ClickAsync();
            await item.GetByLabel("سبب الحظر").FillAsync("إساءة متكررة");
            await item.GetByLabel("مدة الحظر بالأيام").FillAsync("30");
            await item.GetByRole(AriaRole.Button, new() { Name = "تأكيد الحظر" }).ClickAsync();
            var ban = console.Locator("#bans li", new() { HasText = "سامر" });
            await Expect(ban).ToContainTextAsync("إساءة متكررة");
            Assert.DoesNotContain(email, await console.Locator("#bans").InnerTextAsync());

            var next = await desk.Api.PostCommentAsync(slug, NewsApi.Comment("تعليق جديد من القارئ المحظور", author: "اسم آخر", email: email));
            Assert.Equal("spam", await desk.Api.WaitForStatusAsync(next));

            await ban.GetByRole(AriaRole.Button, new() { Name = "رفع الحظر" }).ClickAsync();
            await Expect(ban).ToHaveCountAsync(0);
        }
        finally
        {
            // The ban covers the test address: lift whatever is left so the next test's comments are held, not spam.
            foreach (var left in (await (await admin.GetAsync("/api/moderation/bans")).ReadJsonAsync())["items"]!.AsArray())
            {
                await admin.DeleteAsync($"/api/moderation/bans/{(string)left!["id"]!}");
            }
        }
    }

    [Fact]
    public async Task Console_BulkApproveOf20_IsOneRequestAndApprovesEach()
    {
        await desk.Api.EnsurePreModerationAsync();
        var slug = UniqueNames.Slug("bulk");
        await desk.Api.PutArticleAsync(slug, Article());
        var marker = Guid.NewGuid().ToString("N")[..6];
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await desk.Api.PostCommentAsync(slug, NewsApi.Comment($"تعليق رقم {i} للقبول الجماعي ({marker})")));
        }

        foreach (var id in ids)
        {
            Assert.Equal("pending", await desk.Api.WaitForStatusAsync(id));
        }

        var console = await OpenConsoleAsync();
        var requests = new List<string>();
        console.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/api/moderation/comments/", StringComparison.Ordinal))
            {
                requests.Add(request.Url);
            }
        };
        var ours = console.Locator("li.item", new() { HasText = marker });
        await Expect(ours).ToHaveCountAsync(20);
        for (var i = 0; i < 20; i++)
        {
            await ours.Nth(i).Locator("input.select").CheckAsync();
        }

        await console.Locator("[data-bulk=approve]").ClickAsync();

        await Expect(ours).ToHaveCountAsync(0);
        Assert.Equal([desk.Url("/api/moderation/comments/bulk")], requests);
        foreach (var id in ids)
        {
            Assert.NotNull(await desk.Api.FindModeratedAsync(id, "approved"));
        }
    }

    // Signs in with the named key, as a moderator of the desk would.
    private async Task<IPage> OpenConsoleAsync()
    {
        var console = await desk.NewPageAsync();
        await console.GotoAsync(desk.Url("/api/pages/moderation"));
        await console.GetByLabel("مفتاح الدالة").FillAsync(DeskBrowserFixture.ModeratorKey);
        await console.GetByLabel("مفتاح الدالة").PressAsync("Enter");
        await Expect(console.Locator("#workspace")).ToBeVisibleAsync();
        return console;
    }

    private async Task MarkSpamAsync(string id)
    {
        Assert.Equal("pending", await desk.Api.WaitForStatusAsync(id));
        var comment = await desk.Api.FindModeratedAsync(id, "pending");
        using var admin = desk.Host.CreateClient(withKey: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/moderation/comments/{id}/spam");
        request.Headers.TryAddWithoutValidation("If-Match", (string)comment!["etag"]!);
        (await admin.SendAsync(request)).EnsureSuccessStatusCode();
    }
}
