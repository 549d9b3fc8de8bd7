using Microsoft.Playwright;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.BrowserTests;

// How the browser tests find and wait for things on a page that carries the comments widget.
internal static class WidgetPage
{
    // A text field by its accessible name, exactly: the comments region is named "التعليقات", which
    // contains the field name "التعليق", and the required star is hidden from the name.
    internal static ILocator Field(IPage page, string name) => page.GetByRole(AriaRole.Textbox, new() { Name = name, Exact = true });

    // Approval is visible to the next read, but the widget reads once per page view: reload until it
    // shows, with a deadline.
    internal static Task ReloadUntilVisibleAsync(IPage page, ILocator locator)
        => Poll.UntilAsync(
            async () =>
            {
                if (await locator.CountAsync() > 0)
                {
                    return true;
                }

                await page.ReloadAsync();
                await page.Locator(".nc-list").WaitForAsync(new() { State = WaitForSelectorState.Attached });
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                return false;
            },
            visible => visible,
            TimeSpan.FromSeconds(20),
            "the approved comment to appear on the article page");
}
