using NewsFunctions.Http;

namespace NewsFunctions.Bans;

public sealed record ValidBan(string CommentId, int Days, string Reason);

// Checks a ban request without I/O. Ten years at most: a ban is a moderator's decision about a
// person, and one that outlives any moderator's memory of why should be made again, not kept.
public static class BanRules
{
    public const int DefaultDays = 365;
    public const int MaxDays = 3650;
    public const int MaxReasonLength = 500;

    // The reason a banned reader's comments are marked spam (API.md).
    public const string BannedReason = "banned reader";

    public static (ValidBan? Ban, Dictionary<string, string[]> Errors) Validate(BanInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var commentId = FieldRules.Required(input.CommentId, "commentId", 100, errors);
        var reason = FieldRules.Required(input.Reason, "reason", MaxReasonLength, errors);
        var days = input.Days ?? DefaultDays;
        if (days is < 1 or > MaxDays)
        {
            errors["days"] = [$"days must be 1 to {MaxDays}."];
        }

        return errors.Count > 0 ? (null, errors) : (new ValidBan(commentId!, days, reason!), errors);
    }

    public static bool IsBanId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
