using NewsFunctions.Comments;
using NewsFunctions.Poison;

namespace NewsFunctions.Tests.Poison;

public class PoisonPreviewTests
{
    [Fact]
    public void Of_ReadableMessage_ShowsArticleAuthorAndTextButNoEmail()
    {
        var body = CommentMessages.Serialize(new CommentMessage(1, CommentIds.New(DateTimeOffset.UtcNow), "news", "سامر", "samer@example.com",
            "راسلوني على samer.private@example.org للتفاصيل", null, null, null, "iphash", DateTimeOffset.UtcNow));

        var preview = PoisonPreview.Of(body);

        Assert.StartsWith("news · سامر: ", preview);
        Assert.DoesNotContain("@", preview);
        Assert.DoesNotContain("iphash", preview);
        Assert.Contains(PoisonPreview.MaskedEmail, preview);
    }

    [Fact]
    public void Of_UnreadableMessage_MasksEmailsInTheRawText()
    {
        var preview = PoisonPreview.Of("""{"v":9,"email":"who@example.com","content":"x"}""");

        Assert.StartsWith("unreadable message", preview);
        Assert.DoesNotContain("who@example.com", preview);
    }

    [Fact]
    public void Of_LongText_IsClipped()
    {
        var preview = PoisonPreview.Of(new string('ب', 5000));

        Assert.True(preview.Length < PoisonPreview.MaxContentLength + 60);
    }
}
