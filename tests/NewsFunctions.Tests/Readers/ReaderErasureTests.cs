using NewsFunctions.Comments;
using NewsFunctions.Readers;

namespace NewsFunctions.Tests.Readers;

public class ReaderErasureTests
{
    [Fact]
    public void Anonymize_Comment_KeepsTheRecordAndDropsEverythingThatLeadsToTheReader()
    {
        var comment = new StoredComment("c1", "news", "p1", 2, "ريم", "reem@example.com", "avatar-key", "نص", "https://reem.example", "ip-hash",
            DateTimeOffset.UnixEpoch, CommentStatuses.Approved, ["clean"], 0.1, [new HistoryEntry(DateTimeOffset.UnixEpoch, "moderated: approved", "system")]);

        var erased = ReaderErasure.Anonymize(comment);

        Assert.Equal((ReaderErasure.AnonymousAuthor, "", "", null, null), (erased.Author, erased.Email, erased.AvatarKey, erased.Website, erased.IpHash));
        Assert.Equal((comment.Id, comment.ArticleSlug, comment.ParentId, comment.Content), (erased.Id, erased.ArticleSlug, erased.ParentId, erased.Content));
        Assert.Equal(comment.History, erased.History);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("no-at-sign")]
    public void ValidateEmail_NotAnAddress_NamesEmail(string? email)
    {
        var (valid, errors) = ReaderErasure.ValidateEmail(email);

        Assert.Null(valid);
        Assert.Equal(["email"], errors.Keys);
    }

    [Fact]
    public void ValidateEmail_Padded_IsTrimmed()
    {
        Assert.Equal("reem@example.com", ReaderErasure.ValidateEmail("  reem@example.com ").Email);
    }
}
