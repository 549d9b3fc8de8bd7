using System.Text;
using System.Xml.Linq;
using NewsFunctions.Comments;
using NewsFunctions.Feeds;

namespace NewsFunctions.Tests.Feeds;

public class CommentFeedWriterTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-29T10:00:00Z");

    private static XElement Write(params PublicComment[] comments)
        => XDocument.Parse(Encoding.UTF8.GetString(CommentFeedWriter.Write(
            new CommentFeedWriter.FeedArticle("عنوان", "ar", "https://news.example/api/pages/articles/a", "https://news.example/api/articles/a/comments/feed", At),
            comments, "الخبر"))).Root!;

    [Fact]
    public void Write_TextXmlCannotHold_IsDroppedAndEmojiAndMarkupAreKeptAsText()
    {
        var feed = Write(new PublicComment("01a224a3b5bb91d979d4baf1be35", null, "علي\u0001", "avatar", "نص \uFFFE🌙 <b>&</b>", null, At));

        var entry = feed.Element(Atom + "entry")!;
        Assert.Equal("نص 🌙 <b>&</b>", (string?)entry.Element(Atom + "content"));
        Assert.Equal("علي", (string?)entry.Element(Atom + "author")!.Element(Atom + "name"));
        Assert.Equal("https://news.example/api/pages/articles/a#comment-01a224a3b5bb91d979d4baf1be35", (string?)entry.Element(Atom + "id"));
    }

    [Fact]
    public void Write_NoComments_IsAValidFeedUpdatedWhenTheArticleWas()
    {
        var feed = Write();

        Assert.Equal("2026-11-29T10:00:00Z", (string?)feed.Element(Atom + "updated"));
        Assert.Equal("https://news.example/api/articles/a/comments/feed", (string?)feed.Element(Atom + "id"));
        Assert.Equal("self", (string?)feed.Elements(Atom + "link").First().Attribute("rel"));
        Assert.Empty(feed.Elements(Atom + "entry"));
    }
}
