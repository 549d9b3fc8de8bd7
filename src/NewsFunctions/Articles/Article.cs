namespace NewsFunctions.Articles;

// The full article is its summary plus the body; the body comes last in the JSON.
public sealed record Article : ArticleSummary
{
    public Article(ArticleSummary summary, string body)
        : base(summary)
    {
        Body = body;
    }

    public string Body { get; }
}
