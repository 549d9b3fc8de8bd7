namespace NewsFunctions.Storage;

// Every table, queue and blob container name lives here; infra/ creates the same list.
public static class TableNames
{
    public const string Articles = "articles";
    public const string ArticleIndex = "articleindex";
    public const string Comments = "comments";
    public const string CommentIndex = "commentindex";
    public const string Settings = "settings";

    public static readonly IReadOnlyList<string> All = [Articles, ArticleIndex, Comments, CommentIndex, Settings];
}

public static class QueueNames
{
    public const string Comments = "comments";

    // The Functions host (and the WebJobs listener behind the local host) appends "-poison".
    public const string CommentsPoison = Comments + "-poison";

    public static readonly IReadOnlyList<string> All = [Comments, CommentsPoison];
}

public static class ContainerNames
{
    // The retrained spam model (Moderation/SpamModelStore).
    public const string Models = "models";

    public static readonly IReadOnlyList<string> All = [Models];
}
