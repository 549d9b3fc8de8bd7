using System.Net;
using System.Text;
using NewsFunctions.IntegrationTests.Infrastructure;

namespace NewsFunctions.BrowserTests.Infrastructure;

// Another news site on another port that embeds the widget, to test CORS from a second origin. It
// answers on two origins: http://127.0.0.1:port (listed in Cors:AllowedOrigins) and
// http://localhost:port (not listed), so one server shows both the allowed and the refused case.
public sealed class EmbeddingSite : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stopping = new();
    private Uri? api;

    private EmbeddingSite()
    {
        Port = FreePorts.Next();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Prefixes.Add($"http://localhost:{Port}/");
    }

    public int Port { get; }

    public string ListedOrigin => $"http://127.0.0.1:{Port}";

    public string UnlistedOrigin => $"http://localhost:{Port}";

    public static EmbeddingSite Start()
    {
        var site = new EmbeddingSite();
        site.listener.Start();
        _ = site.ServeAsync();
        return site;
    }

    // The API address is known only once the local host has started, after this site.
    public void UseApi(Uri apiBase) => api = apiBase;

    public string EmbedPage(string origin, string slug) => $"{origin}/embed/{Uri.EscapeDataString(slug)}";

    public void Dispose()
    {
        stopping.Cancel();
        listener.Close();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            var slug = path.StartsWith("/embed/", StringComparison.Ordinal) ? Uri.UnescapeDataString(path["/embed/".Length..]) : null;
            var html = slug is null || api is null
                ? "<!doctype html><title>Not found</title>"
                : $$"""
                    <!doctype html>
                    <html lang="ar" dir="rtl">
                    <head><meta charset="utf-8"><title>موقع إخباري آخر</title></head>
                    <body>
                    <h1>موقع إخباري آخر يضمّ التعليقات</h1>
                    <script src="{{api}}api/widget.js" data-article="{{WebUtility.HtmlEncode(slug)}}" defer></script>
                    </body>
                    </html>
                    """;
            var bytes = Encoding.UTF8.GetBytes(html);
            context.Response.StatusCode = slug is null ? 404 : 200;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
