using System.Text.Json;
using System.Text.Json.Nodes;
using NewsFunctions.Articles;
using NewsFunctions.Http;

namespace NewsFunctions.Tests.Articles;

public class ArticleAnswerTests
{
    [Fact]
    public void Of_AnyVersion_IsTheArticleSerializedWithTheApiOptionsAndItsHashedETag()
    {
        var stored = Stored(commentCount: 3, etag: "W/\"v1\"");

        var answer = ArticleAnswer.Of(stored);

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes<object>(stored.AsArticle(), ApiJson.Options), answer.Json);
        Assert.Equal(ETags.FromStorage("W/\"v1\""), answer.ETag);
    }

    [Fact]
    public void Of_SameVersionTwice_SerializesItOnce()
    {
        var stored = Stored(commentCount: 0, etag: "W/\"v1\"");

        var first = ArticleAnswer.Of(stored);
        var second = ArticleAnswer.Of(stored);

        Assert.Same(first, second);
    }

    [Fact]
    public void Of_ChangedVersion_AnswersWithItsOwnBytesAndETag()
    {
        var before = Stored(commentCount: 0, etag: "W/\"v1\"");
        var old = ArticleAnswer.Of(before);
        var after = before with { CommentCount = 7, ETag = "W/\"v2\"" };

        var answer = ArticleAnswer.Of(after);

        Assert.Equal(7, (int)JsonNode.Parse(answer.Json)!["commentCount"]!);
        Assert.Equal(0, (int)JsonNode.Parse(old.Json)!["commentCount"]!);
        Assert.Equal(ETags.FromStorage("W/\"v2\""), answer.ETag);
    }

    // Same slug, same storage ETag, other content: only the instance tells the versions apart, as
    // when a test double or a `with` copy reuses a tag.
    [Fact]
    public void Of_EqualTagButOtherInstance_IsSerializedAfresh()
    {
        var before = Stored(commentCount: 0, etag: "W/\"v1\"");
        ArticleAnswer.Of(before);
        var after = before with { Draft = before.Draft with { Title = "عنوان جديد" } };

        var answer = ArticleAnswer.Of(after);

        Assert.Equal("عنوان جديد", (string?)JsonNode.Parse(answer.Json)!["title"]);
    }

    private static StoredArticle Stored(int commentCount, string etag)
        => new(new ArticleDraft("news", "عنوان", "نص\n\nفقرة", "محليات", null, [], null, null, null, "ar", DateTimeOffset.UnixEpoch, true),
            DateTimeOffset.UnixEpoch, commentCount, etag);
}
