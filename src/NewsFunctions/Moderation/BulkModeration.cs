using NewsFunctions.Comments;

namespace NewsFunctions.Moderation;

public sealed record BulkItemInput(string? Id, string? Etag);

public sealed record BulkInput(string? Action, IReadOnlyList<BulkItemInput>? Items);

public sealed record BulkItemResult(string Id, int Status, string? Etag = null);

public sealed record BulkResults(IReadOnlyList<BulkItemResult> Results);

// Checks a bulk request without I/O. Each item needs its ETag: a bulk action decides on what the
// moderator saw, so a comment that changed since is refused item by item (412), never overwritten.
public static class BulkModeration
{
    public const int MaxItems = 100;

    // The moderators' actions and the status each one sets; the single-comment routes use the same.
    public static readonly IReadOnlyDictionary<string, string> StatusOf = new Dictionary<string, string>
    {
        ["approve"] = CommentStatuses.Approved,
        ["reject"] = CommentStatuses.Rejected,
        ["spam"] = CommentStatuses.Spam,
    };

    public static Dictionary<string, string[]> Validate(BulkInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Action is null || !StatusOf.ContainsKey(input.Action))
        {
            errors["action"] = [$"action must be one of: {string.Join(", ", StatusOf.Keys)}."];
        }

        if (input.Items is not { Count: > 0 and <= MaxItems } items)
        {
            errors["items"] = [$"items must hold 1 to {MaxItems} comments."];
            return errors;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]?.Id))
            {
                errors[$"items[{i}].id"] = ["id is required."];
            }

            if (string.IsNullOrWhiteSpace(items[i]?.Etag))
            {
                errors[$"items[{i}].etag"] = ["etag is required: send the etag of the version you decided on."];
            }
        }

        return errors;
    }

    public static int StatusCodeOf(ChangeOutcome outcome) => outcome switch
    {
        ChangeOutcome.Changed => 200,
        ChangeOutcome.NotFound => 404,
        ChangeOutcome.ParentNotApproved => 409,
        _ => 412,
    };
}
