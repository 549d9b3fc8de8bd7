using NewsFunctions.Articles;
using NewsFunctions.Spam;

namespace NewsFunctions.Moderation;

public sealed record DecisionInput(
    IReadOnlyDictionary<string, string[]> Errors,
    ArticleState Article,
    ParentState Parent,
    string? ParentId,
    string? DuplicateOf,
    SpamVerdict? Verdict,
    string Mode,
    string? FloodReason = null,
    bool Banned = false);
