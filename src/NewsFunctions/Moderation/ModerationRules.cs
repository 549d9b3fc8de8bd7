using NewsFunctions.Bans;
using NewsFunctions.Comments;
using NewsFunctions.Settings;
using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

// The first status of a comment, decided without I/O. Order matters: a comment that cannot be
// shown at all (invalid, nowhere to go, a duplicate) is rejected before the spam verdict is looked
// at, and spam wins over holding, so a spammer's reply is not queued for a moderator.
public static class ModerationRules
{
    public const int MaxDepth = 5;

    public static ParentState ParentStateOf(StoredComment? parent, string articleSlug)
    {
        if (parent is null)
        {
            return ParentState.Missing;
        }

        if (parent.ArticleSlug != articleSlug)
        {
            return ParentState.OtherArticle;
        }

        if (parent.Depth >= MaxDepth)
        {
            return ParentState.TooDeep;
        }

        return parent.Status == CommentStatuses.Approved ? ParentState.Approved : ParentState.NotApproved;
    }

    // The web tier refuses a flood with 429 per instance; across instances one can slip through, and
    // the queue function holds it for a moderator instead (not rejected: it may be a real reader).
    public static string? FloodReasonFor(RecentSubmission? previous, DateTimeOffset submittedAt, int floodSeconds)
    {
        if (previous is null || floodSeconds <= 0 || previous.At > submittedAt)
        {
            return null;
        }

        var gap = submittedAt - previous.At;
        return gap < TimeSpan.FromSeconds(floodSeconds)
            ? $"sent {gap.TotalSeconds:0} s after {previous.CommentId} by the same reader; the flood limit is {floodSeconds} s"
            : null;
    }

    public static Decision Decide(DecisionInput input)
    {
        if (input.Errors.Count > 0)
        {
            return Rejected(input.Errors.SelectMany(e => e.Value).ToList());
        }

        if (!input.Article.Exists)
        {
            return Rejected(["the article does not exist"]);
        }

        if (!input.Article.CommentsOpen)
        {
            return Rejected(["comments are closed on this article"]);
        }

        // A ban is the moderators' own verdict on the reader: it comes before anything the text says,
        // and trust earned by earlier approvals cannot undo it.
        if (input.Banned)
        {
            return new Decision(CommentStatuses.Spam, [BanRules.BannedReason], 1);
        }

        if (input.DuplicateOf is not null)
        {
            return Rejected([$"duplicate of {input.DuplicateOf}"]);
        }

        var verdict = input.Verdict ?? new SpamVerdict(SpamLevel.Clean, 0, []);
        if (verdict.Level == SpamLevel.Spam)
        {
            return new Decision(CommentStatuses.Spam, verdict.Reasons, verdict.Score);
        }

        switch (input.Parent)
        {
            case ParentState.Missing:
                return Rejected([$"reply to {input.ParentId}, which does not exist"], verdict.Score);
            case ParentState.OtherArticle:
                return Rejected([$"reply to {input.ParentId}, which belongs to another article"], verdict.Score);
            case ParentState.TooDeep:
                return Rejected([$"replies nest at most {MaxDepth} levels"], verdict.Score);
        }

        var held = new List<string>();
        if (input.Parent == ParentState.NotApproved)
        {
            held.Add($"reply to {input.ParentId}, which is not approved");
        }

        if (input.FloodReason is not null)
        {
            held.Add(input.FloodReason);
        }

        if (verdict.Level == SpamLevel.Suspect)
        {
            held.AddRange(verdict.Reasons);
        }

        if (input.Mode == ModerationModes.Pre)
        {
            held.Add("pre-moderation: every comment waits for a moderator");
        }

        return held.Count > 0
            ? new Decision(CommentStatuses.Pending, held, verdict.Score)
            : new Decision(CommentStatuses.Approved, [], verdict.Score);
    }

    private static Decision Rejected(IReadOnlyList<string> reasons, double score = 0) => new(CommentStatuses.Rejected, reasons, score);
}
