namespace NewsFunctions.Storage;

public static class QueueNames
{
    public const string Comments = "comments";

    // The Functions host (and the WebJobs listener behind the local host) appends "-poison".
    public const string CommentsPoison = Comments + "-poison";

    public static readonly IReadOnlyList<string> All = [Comments, CommentsPoison];
}
