namespace NewsFunctions.Comments;

// Which approved comments a public listing may show. A reply is public only while every comment
// above it is approved: one whose parent (or any ancestor) was rejected, marked spam or withdrawn is
// hidden with it, so it can never turn up as a top-level comment or under a parent nobody sees.
public static class PublicThreads
{
    // Replies nest at most 5 levels (moderation refuses deeper ones); the bound only stops a walk
    // over hand-edited rows that point at each other.
    private const int MaxSteps = 16;

    public sealed record Link(string Status, string? ParentId);

    public static bool IsVisible(string id, IReadOnlyDictionary<string, Link> known)
    {
        var current = id;
        for (var step = 0; step < MaxSteps; step++)
        {
            if (!known.TryGetValue(current, out var link) || link.Status != CommentStatuses.Approved)
            {
                return false;
            }

            if (link.ParentId is null)
            {
                return true;
            }

            current = link.ParentId;
        }

        return false;
    }

    // The ancestors of `ids` whose status is not known yet: what the next round of reads must fetch.
    public static IReadOnlyList<string> Unknown(IEnumerable<string> ids, IReadOnlyDictionary<string, Link> known)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var current = id;
            for (var step = 0; step < MaxSteps; step++)
            {
                if (!known.TryGetValue(current, out var link))
                {
                    missing.Add(current);
                    break;
                }

                if (link.Status != CommentStatuses.Approved || link.ParentId is null)
                {
                    break;
                }

                current = link.ParentId;
            }
        }

        return missing.ToList();
    }
}
