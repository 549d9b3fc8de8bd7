namespace NewsFunctions.Comments;

public sealed record CommentAccepted(string Id, string Status);
