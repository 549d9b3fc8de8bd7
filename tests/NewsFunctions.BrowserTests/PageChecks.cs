using Microsoft.Playwright;

namespace NewsFunctions.BrowserTests;

// Watches a page for what must never happen: a script the page did not ship running (the __xss flag
// or a dialog), or the page's own code breaking its Content-Security-Policy.
public sealed class PageChecks
{
    private readonly List<string> dialogs = [];
    private readonly List<string> cspViolations = [];
    private readonly List<string> scriptErrors = [];

    private PageChecks(IPage page)
    {
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                cspViolations.Add(message.Text);
            }
        };
        page.PageError += (_, error) => scriptErrors.Add(error);
    }

    public static PageChecks Watch(IPage page) => new(page);

    public async Task AssertNoInjectedScriptRanAsync(IPage page)
    {
        Assert.Empty(dialogs);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
    }

    public void AssertNoCspViolationsOrScriptErrors()
    {
        Assert.Empty(cspViolations);
        Assert.Empty(scriptErrors);
    }
}
