using NewsFunctions.Comments;
using NewsFunctions.IntegrationTests.Storage;

namespace NewsFunctions.IntegrationTests.Comments;

// The moderators' listings on real Azurite: approved comments are read from the main entities
// (they have no status row), the other statuses from their status rows; both page oldest first.
public sealed class StatusListingTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-29T10:00:00Z");

    private readonly CommentStore store = new(azurite.Tables);

    [Fact]
    public async Task ListByStatus_MixedStatuses_PagesEachStatusOldestFirst()
    {
        string[] statuses = [CommentStatuses.Approved, CommentStatuses.Pending, CommentStatuses.Approved, CommentStatuses.Spam, CommentStatuses.Approved, CommentStatuses.Approved, CommentStatuses.Rejected];
        var stored = new List<StoredComment>();
        foreach (var (status, i) in statuses.Select((s, i) => (s, i)))
        {
            var comment = Comment(CommentIds.New(At.AddSeconds(i)), status);
            await store.AddAsync(comment, CancellationToken.None);
            await store.WriteIndexRowsAsync(comment, CancellationToken.None);
            stored.Add(comment);
        }

        foreach (var status in statuses.Distinct())
        {
            var expected = stored.Where(c => c.Status == status).Select(c => c.Id).ToList();
            var listed = new List<string>();
            string? cursor = null;
            do
            {
                var (items, last) = await store.ListByStatusAsync(status, limit: 2, cursor, CancellationToken.None);
                listed.AddRange(items.Select(c => c.Id));
                Assert.All(items, c => Assert.Equal(status, c.Status));
                cursor = last;
            }
            while (cursor is not null);

            Assert.Equal(expected, listed);
        }

        var latest = await store.LatestByStatusAsync(CommentStatuses.Approved, 2, CancellationToken.None);
        Assert.Equal(stored.Where(c => c.Status == CommentStatuses.Approved).TakeLast(2).Select(c => c.Id), latest.Select(c => c.Id));
    }

    internal static StoredComment Comment(string id, string status)
        => new(id, "listing", null, 1, "قارئ", "reader@example.com", "avatar", "نص التعليق", null, null, At, status, [], 0, []);
}

// Its own Azurite: the listings above count every comment of their tables.
public sealed class StatusChangeListingTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private readonly CommentStore store = new(azurite.Tables);

    [Fact]
    public async Task ListByStatus_CommentMovedOutOfApproved_LeavesTheApprovedListingAndThePublicOne()
    {
        var comment = StatusListingTests.Comment(CommentIds.New(DateTimeOffset.UtcNow), CommentStatuses.Approved) with { ArticleSlug = "moved-out" };
        var (saved, _) = await store.AddAsync(comment, CancellationToken.None);
        await store.WriteIndexRowsAsync(saved, CancellationToken.None);

        var rejected = saved with { Status = CommentStatuses.Rejected };
        await store.WriteIndexRowsAsync(rejected, CancellationToken.None);
        await store.UpdateAsync(rejected, saved.ETag, CancellationToken.None);
        await store.RemoveIndexRowsAsync(saved, CommentStatuses.Approved, CancellationToken.None);

        Assert.DoesNotContain(comment.Id, (await store.ListByStatusAsync(CommentStatuses.Approved, 100, null, CancellationToken.None)).Items.Select(c => c.Id));
        Assert.Empty((await store.ListApprovedAsync("moved-out", 100, null, newestFirst: false, CancellationToken.None)).Items);
        Assert.Contains(comment.Id, (await store.ListByStatusAsync(CommentStatuses.Rejected, 100, null, CancellationToken.None)).Items.Select(c => c.Id));
    }
}
