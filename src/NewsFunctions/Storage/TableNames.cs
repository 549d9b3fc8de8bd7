namespace NewsFunctions.Storage;

// Every table, queue and blob container name lives here; infra/ creates the same list.
public static class TableNames
{
    public const string Articles = "articles";
    public const string ArticleIndex = "articleindex";
    public const string Comments = "comments";
    public const string CommentIndex = "commentindex";
    public const string Settings = "settings";
    public const string Bans = "bans";

    public static readonly IReadOnlyList<string> All = [Articles, ArticleIndex, Comments, CommentIndex, Settings, Bans];
}
