using NewsFunctions.Articles;
using NewsFunctions.Comments;
using NewsFunctions.Moderation;
using NewsFunctions.Settings;
using NewsFunctions.Spam;

namespace NewsFunctions.Tests.Moderation;

public class ModerationRulesTests
{
    private static readonly ArticleState Open = new(true, true);
    private static readonly SpamVerdict Clean = new(SpamLevel.Clean, 0.1, []);

    private static DecisionInput Input(
        string mode = ModerationModes.Auto,
        SpamVerdict? verdict = null,
        ParentState parent = ParentState.None,
        string? duplicateOf = null,
        ArticleState? article = null,
        Dictionary<string, string[]>? errors = null)
        => new(errors ?? [], article ?? Open, parent, parent == ParentState.None ? null : "01a224a3b5bb91d979d4baf1be35", duplicateOf, verdict ?? Clean, mode);

    [Fact]
    public void Decide_CleanCommentInAutoMode_IsApprovedWithItsScore()
    {
        var decision = ModerationRules.Decide(Input());

        Assert.Equal(CommentStatuses.Approved, decision.Status);
        Assert.Empty(decision.Reasons);
        Assert.Equal(0.1, decision.SpamScore);
    }

    [Fact]
    public void Decide_BannedReaderWithCleanText_IsSpamForBeingBanned()
    {
        var decision = ModerationRules.Decide(Input() with { Banned = true });

        Assert.Equal(CommentStatuses.Spam, decision.Status);
        Assert.Equal(["banned reader"], decision.Reasons);
    }

    [Fact]
    public void Decide_CleanCommentInPreMode_IsHeldWithReason()
    {
        var decision = ModerationRules.Decide(Input(mode: ModerationModes.Pre));

        Assert.Equal(CommentStatuses.Pending, decision.Status);
        Assert.Contains(decision.Reasons, r => r.Contains("pre-moderation"));
    }

    [Fact]
    public void Decide_SuspectComment_IsHeldWithTheEngineReasons()
    {
        var decision = ModerationRules.Decide(Input(verdict: new SpamVerdict(SpamLevel.Suspect, 0.5, ["3 links, more than 2 allowed"])));

        Assert.Equal(CommentStatuses.Pending, decision.Status);
        Assert.Equal(["3 links, more than 2 allowed"], decision.Reasons);
    }

    [Theory]
    [InlineData(ModerationModes.Auto)]
    [InlineData(ModerationModes.Pre)]
    public void Decide_Spam_IsSpamInEitherMode(string mode)
    {
        var decision = ModerationRules.Decide(Input(mode: mode, verdict: new SpamVerdict(SpamLevel.Spam, 0.99, ["banned word: casino"])));

        Assert.Equal(CommentStatuses.Spam, decision.Status);
        Assert.Equal(["banned word: casino"], decision.Reasons);
    }

    [Fact]
    public void Decide_Duplicate_IsRejectedNamingTheFirst()
    {
        var decision = ModerationRules.Decide(Input(duplicateOf: "01a224a3993eacfd5cddaca10c12"));

        Assert.Equal(CommentStatuses.Rejected, decision.Status);
        Assert.Equal(["duplicate of 01a224a3993eacfd5cddaca10c12"], decision.Reasons);
    }

    [Fact]
    public void Decide_ReplyToCommentNotApproved_IsHeldNotPublished()
    {
        var decision = ModerationRules.Decide(Input(parent: ParentState.NotApproved));

        Assert.Equal(CommentStatuses.Pending, decision.Status);
        Assert.Contains(decision.Reasons, r => r.Contains("not approved"));
    }

    [Theory]
    [InlineData(ParentState.Missing, "does not exist")]
    [InlineData(ParentState.OtherArticle, "another article")]
    [InlineData(ParentState.TooDeep, "at most 5 levels")]
    public void Decide_ReplyThatCannotNest_IsRejectedWithReason(ParentState parent, string reason)
    {
        var decision = ModerationRules.Decide(Input(parent: parent));

        Assert.Equal(CommentStatuses.Rejected, decision.Status);
        Assert.Contains(decision.Reasons, r => r.Contains(reason));
    }

    [Fact]
    public void Decide_InvalidMessage_IsRejectedWithTheFieldErrors()
    {
        var decision = ModerationRules.Decide(Input(errors: new() { ["email"] = ["email is required."] }));

        Assert.Equal(CommentStatuses.Rejected, decision.Status);
        Assert.Equal(["email is required."], decision.Reasons);
    }

    [Fact]
    public void Decide_ClosedArticle_IsRejected()
    {
        var decision = ModerationRules.Decide(Input(article: new ArticleState(true, false)));

        Assert.Equal(CommentStatuses.Rejected, decision.Status);
    }

    [Fact]
    public void Decide_Flood_IsHeldWithTheReason()
    {
        var decision = ModerationRules.Decide(Input() with { FloodReason = "sent 3 s after x" });

        Assert.Equal(CommentStatuses.Pending, decision.Status);
        Assert.Equal(["sent 3 s after x"], decision.Reasons);
    }

    [Theory]
    [InlineData(3, 15, true)]
    [InlineData(15, 15, false)]
    [InlineData(3, 0, false)]
    [InlineData(-3, 15, false)]
    public void FloodReasonFor_PreviousSubmission_IsFloodOnlyWithinTheWindowAndInOrder(int secondsAfter, int floodSeconds, bool flood)
    {
        var previousAt = DateTimeOffset.Parse("2026-11-29T10:00:00Z");

        var reason = ModerationRules.FloodReasonFor(new RecentSubmission("01a224a3993eacfd5cddaca10c12", previousAt), previousAt.AddSeconds(secondsAfter), floodSeconds);

        Assert.Equal(flood, reason is not null);
    }

    [Theory]
    [InlineData(4, ParentState.Approved)]
    [InlineData(5, ParentState.TooDeep)]
    public void ParentStateOf_Depth_AllowsFiveLevels(int parentDepth, ParentState expected)
    {
        var parent = Comments.Stored(status: CommentStatuses.Approved) with { Depth = parentDepth };

        Assert.Equal(expected, ModerationRules.ParentStateOf(parent, parent.ArticleSlug));
    }

    [Fact]
    public void ParentStateOf_ParentOnOtherArticle_IsOtherArticle()
    {
        Assert.Equal(ParentState.OtherArticle, ModerationRules.ParentStateOf(Comments.Stored(), "another-slug"));
    }
}

// Test data shared by the moderation tests.
public static class Comments
{
    public const string Slug = "news-1";

    public static StoredComment Stored(string? id = null, string status = CommentStatuses.Pending, string etag = "W/\"1\"")
        => new(id ?? "01a224a3b5bb91d979d4baf1be35", Slug, null, 1, "علي", "ali@example.com", "avatar", "نص", null, "iphash",
            DateTimeOffset.Parse("2026-11-29T10:00:00Z"), status, [], 0, [new HistoryEntry(DateTimeOffset.Parse("2026-11-29T10:00:01Z"), "moderated: " + status, "system")], etag);

    public static CommentMessage Message(string id = "01a224a3b5bb91d979d4baf1be35", string content = "نص", string? parentId = null)
        => new(CommentMessage.CurrentVersion, id, Slug, "علي", "ali@example.com", content, null, parentId, null, "iphash", DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
}
